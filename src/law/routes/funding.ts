import { type Definition, definition, value } from '../../engine/index.js';
import { eo13929DiscretionaryGrantsAtRisk } from '../federal/eo-13929.js';

export { byrneJagAtRisk } from '../federal/byrne-jag.js';
export { copsAtRisk } from '../federal/cops.js';

/** DOJ discretionary grants, conditioned on credentialing by EO 13929. */
export const dojDiscretionaryAtRisk: Definition = definition(
  'funding.dojDiscretionary.atRisk',
  'The agency puts DOJ discretionary grants at risk (EO 13929 credentialing)',
  [
    eo13929DiscretionaryGrantsAtRisk,
    {
      id: 'funding.doj-discretionary.no-condition',
      cite: 'Executive Order 13929 (June 16, 2020)',
      text: 'Before EO 13929, and for agencies whose policy bans chokeholds, no credentialing condition puts discretionary grants at risk.',
      then: value(false),
    },
  ],
);
