import { and, eq, fact, hasAny, oneOf, value } from '../../engine/index.js';
import type { PlaceOverlay } from './place-overlay.js';

/**
 * New York State, the Eric Garner Anti-Chokehold Act (LAW.md §0 E12): Penal Law § 121.13-a,
 * aggravated strangulation. A police or peace officer who commits criminal obstruction of breathing
 * or uses a chokehold or similar restraint, and thereby causes serious physical injury or death,
 * commits a class C felony. Passed 8 June 2020, signed 12 June 2020, effective on signing
 * (UNCONFIRMED); everywhere in New York State.
 *
 * It is a state crime, not a grant condition: encoded as a state prohibition of the chokehold (the
 * tactics entry), breached where the harm is serious injury or death, and as a state crime
 * (`stateCrime.chokehold`, the result's `stateCriminal`). Whether a crime defined by its result
 * counts as "a law prohibiting chokeholds" for the federal funding conditions is not in the sources,
 * so it does not change the rule binding the agency (what the agency reports stays the answer).
 */
const CITE = 'N.Y. Penal Law § 121.13-a (Eric Garner Anti-Chokehold Act, 2020)';
const SOURCES = [
  'https://www.nysenate.gov/legislation/laws/PEN/121.13-A',
  'https://www.syracuse.com/crime/2020/06/eric-garner-anti-chokehold-act-to-make-the-police-tactic-a-felony-in-ny.html',
];
const EFFECTIVE_NOTE = 'Effective on signing (June 12, 2020) is UNCONFIRMED.';
/**
 * Police and peace officers: New York's state and local officers. Which roles are peace officers
 * under New York law is not in the sources: every state or local officer is treated as one.
 */
const STATE_OR_LOCAL = oneOf(fact('officer.employer'), ['state', 'local']);
const NECK = hasAny(fact('conduct.force'), ['chokehold', 'carotid-restraint']);
const SERIOUS_HARM = oneOf(fact('harm'), ['serious-injury', 'death']);
const PRIORITY = 455;
const ELEMENTS =
  'A police or peace officer who commits criminal obstruction of breathing, or uses a chokehold or similar restraint, and thereby causes serious physical injury or death, is guilty of aggravated strangulation, a class C felony.';

export const newYorkPenalLaw12113a: PlaceOverlay = {
  id: 'ny-pl121-13a-2020',
  title:
    'New York Penal Law § 121.13-a (2020): a chokehold causing serious injury or death is a class C felony',
  cite: CITE,
  inForce: { from: '2020-06-12' },
  unconfirmed: `${EFFECTIVE_NOTE} Every state or local officer is treated as a "police or peace officer".`,
  place: eq(fact('place.state'), 'NY'),
  patches: (where) => [
    {
      op: 'add',
      definition: 'tactics.chokehold.rule',
      rule: {
        id: 'ny-pl121-13a-2020.chokehold-crime',
        cite: CITE,
        text: ELEMENTS,
        when: where(STATE_OR_LOCAL),
        then: value('prohibited'),
        priority: PRIORITY,
        unconfirmed: EFFECTIVE_NOTE,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.chokehold.breached',
      rule: {
        id: 'ny-pl121-13a-2020.serious-harm',
        cite: CITE,
        text: 'The crime is the use that causes serious physical injury or death; the section states no deadly-force exception.',
        when: where(STATE_OR_LOCAL),
        then: SERIOUS_HARM,
        priority: PRIORITY,
        unconfirmed:
          'Whether a justification defence of the Penal Law applies to a given use is not in the sources and is not encoded.',
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'stateCrime.chokehold',
      rule: {
        id: 'ny-pl121-13a-2020.aggravated-strangulation',
        cite: CITE,
        text: ELEMENTS,
        when: where(and(STATE_OR_LOCAL, NECK, SERIOUS_HARM)),
        then: value('class-c-felony'),
        priority: PRIORITY,
        unconfirmed: EFFECTIVE_NOTE,
        sources: SOURCES,
      },
    },
  ],
};
