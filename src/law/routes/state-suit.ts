import { type Definition, definition, eq, ref, value } from '../../engine/index.js';

/**
 * Route `stateSuit`: a state or local civil-rights action (DESIGN.md §3), with who is sued, who
 * pays and any cap. The statutes that create one (Colorado, New Mexico, New York City,
 * Connecticut, Massachusetts) are overlays that apply by place and date; without one the route
 * does not apply. Ordinary state tort claims (LAW.md §1.10) are not modelled.
 */
const CITE = 'LAW.md §1.10, §5';

/** No state or local civil-rights action applies to the incident. */
const NO_ACTION = eq(ref('stateSuit'), 'not-applicable');

export const stateSuit: Definition = definition('stateSuit', 'A state or local civil-rights action', [
  {
    id: 'state-suit.no-state-civil-rights-act',
    cite: CITE,
    text: 'No state or local civil-rights statute without qualified immunity is encoded for this place and date; state tort claims remain, subject to state governmental-immunity and notice statutes.',
    then: value('not-applicable'),
  },
]);

export const stateSuitDefendant: Definition = definition(
  'stateSuit.defendant',
  'Who the state action is brought against',
  [
    {
      id: 'state-suit.defendant.none',
      cite: CITE,
      text: 'No state civil-rights action applies.',
      then: value('none'),
    },
  ],
);

export const stateSuitOfficerPays: Definition = definition(
  'stateSuit.officerPays',
  'What the officer pays personally of a judgment or settlement in the state action',
  [
    {
      id: 'state-suit.officer-pays.none',
      cite: CITE,
      text: 'No state civil-rights action applies.',
      when: NO_ACTION,
      then: value('none'),
    },
    {
      id: 'state-suit.officer-pays.unencoded',
      cite: CITE,
      text: 'LAW.md says nothing of what the officer pays in this action: Recourse encodes nothing.',
      then: value('unencoded'),
    },
  ],
);

export const stateSuitDamagesCap: Definition = definition(
  'stateSuit.damagesCapUsd',
  'The cap on damages in the state action, in dollars ("none" when there is none)',
  [
    {
      id: 'state-suit.damages-cap.none',
      cite: CITE,
      text: 'No state civil-rights action applies.',
      when: NO_ACTION,
      then: value('none'),
    },
    {
      id: 'state-suit.damages-cap.unencoded',
      cite: CITE,
      text: 'LAW.md gives no cap on damages in this action, nor says there is none: Recourse encodes nothing.',
      then: value('unencoded'),
    },
  ],
);
