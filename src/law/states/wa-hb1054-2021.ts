import { eq, fact, lit, oneOf, value } from '../../engine/index.js';
import { chokeholdBreachPatch } from '../routes/tactics.js';
import type { PlaceOverlay } from './place-overlay.js';

/**
 * Washington ESHB 1054 (ch. 320, Laws of 2021), RCW 10.116 (LAW.md §5.8, §0 E11): a peace officer
 * may not use a chokehold or neck restraint at all (no deadly-force exception in the text), and
 * officers may not seek, and courts may not issue, no-knock warrants. Signed 18 May 2021, effective
 * 25 July 2021.
 */
const CITE = 'RCW 10.116.020 and related sections (Washington ESHB 1054, ch. 320, Laws of 2021)';
const ACT = 'Washington ESHB 1054 (ch. 320, Laws of 2021), codified in RCW 10.116';
const STATE_OR_LOCAL = oneOf(fact('officer.employer'), ['state', 'local']);

export const washingtonHb1054: PlaceOverlay = {
  id: 'wa-hb1054-2021',
  title: 'Washington ESHB 1054 (2021): chokeholds, neck restraints and no-knock warrants banned',
  cite: CITE,
  inForce: { from: '2021-07-25' },
  place: eq(fact('place.state'), 'WA'),
  patches: (where) => [
    {
      op: 'add',
      definition: 'tactics.chokehold.rule',
      rule: {
        id: 'wa-hb1054-2021.chokehold-ban',
        cite: 'RCW 10.116.020',
        text: 'A peace officer may not use a chokehold or neck restraint on another person in the course of his or her duties as a peace officer.',
        when: where(STATE_OR_LOCAL),
        then: value('prohibited'),
        priority: 460,
        sources: ['https://app.leg.wa.gov/RCW/default.aspx?cite=10.116.020'],
      },
    },
    chokeholdBreachPatch({
      id: 'wa-hb1054-2021.no-exception',
      cite: 'RCW 10.116.020',
      text: 'The prohibition has no deadly-force exception.',
      when: where(STATE_OR_LOCAL),
      priority: 460,
      exception: 'none',
      sources: ['https://app.leg.wa.gov/RCW/default.aspx?cite=10.116.020'],
    }),
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'wa-hb1054-2021.no-knock-ban',
        cite: ACT,
        text: 'Officers may not seek, and courts may not issue, a search or arrest warrant granting an express exception to the knock-and-announce rule.',
        unconfirmed:
          'The sources Recourse encodes from give the chapter (RCW 10.116) but not the section of the no-knock ban.',
        when: where(STATE_OR_LOCAL),
        then: value('prohibited'),
        priority: 460,
        sources: [
          'https://www.seattletimes.com/seattle-news/politics/washington-legislature-bans-police-chokeholds-neck-restraints-and-sets-limits-on-tear-gas-and-use-of-force/',
        ],
      },
    },
    {
      op: 'add',
      definition: 'tactics.chokehold.bindingRule',
      rule: {
        id: 'wa-hb1054-2021.chokehold-law',
        cite: 'RCW 10.116.020',
        text: 'Washington law bars peace officers from chokeholds and neck restraints, with no deadly-force exception in its text.',
        when: where(lit(true)),
        then: value('law'),
        priority: 430,
        sources: ['https://app.leg.wa.gov/RCW/default.aspx?cite=10.116.020'],
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.bindingRule',
      rule: {
        id: 'wa-hb1054-2021.no-knock-law',
        cite: ACT,
        text: 'Washington law bars warrants with an express exception to knock-and-announce: a state law banning no-knock warrants.',
        when: where(lit(true)),
        then: value('banned'),
        priority: 400,
        unconfirmed:
          'The sources Recourse encodes from give the chapter (RCW 10.116) but not the section of the no-knock ban.',
        sources: [
          'https://www.seattletimes.com/seattle-news/politics/washington-legislature-bans-police-chokeholds-neck-restraints-and-sets-limits-on-tear-gas-and-use-of-force/',
        ],
      },
    },
  ],
};
