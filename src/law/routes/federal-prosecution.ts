import { type Definition, definition, ref } from '../../engine/index.js';

/** Route `federalProsecution`: a federal criminal charge under 18 U.S.C. 242 (DESIGN.md §3). */
export const federalProsecution: Definition = definition(
  'federalProsecution',
  'A federal criminal charge under 18 U.S.C. 242',
  [
    {
      id: 'federal-prosecution.section-242',
      cite: '18 U.S.C. 242',
      text: 'Deprivation of rights under color of law; § 242 reaches anyone acting under color of law, not only police.',
      then: ref('section242.charge'),
    },
  ],
);
