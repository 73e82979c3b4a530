import { type Definition, definition, value } from '../../engine/index.js';
import { EO_13929_CITE, eo13929DiscretionaryGrantsAtRisk } from '../federal/eo-13929.js';
import { eo14074AccreditationGrantsAtRisk } from '../federal/eo-14074.js';

export { byrneJagAtRisk } from '../federal/byrne-jag.js';
export { copsAtRisk } from '../federal/cops.js';

const base: Definition = definition(
  'funding.dojDiscretionary.atRisk',
  'The agency puts DOJ discretionary grants at risk (EO 13929 credentialing)',
  [
    eo13929DiscretionaryGrantsAtRisk,
    {
      id: 'funding.doj-discretionary.no-condition',
      cite: EO_13929_CITE,
      text: 'Before June 16, 2020 and after Jan. 20, 2025, no credentialing condition puts DOJ discretionary grants at risk; nor does it in between for an agency credentialed or with an application pending, or for federal officers.',
      then: value(false),
    },
  ],
);

/**
 * DOJ discretionary grants, conditioned on credentialing by EO 13929 until its revocation, and on
 * the accreditation requirements EO 14074 § 19(b) maintained until that order's revocation.
 */
export const dojDiscretionaryAtRisk: Definition = {
  ...base,
  rules: [...base.rules, { ...eo14074AccreditationGrantsAtRisk, priority: 150 }],
};
