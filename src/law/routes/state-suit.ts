import { type Definition, definition, eq, ref, value } from '../../engine/index.js';

/**
 * Route `stateSuit`: a state or local civil-rights action (DESIGN.md §3), with who is sued, who
 * pays and any cap. The statutes that create one (Colorado, New Mexico, New York City,
 * Connecticut, Massachusetts) are overlays that apply by place and date; without one the route
 * does not apply. Ordinary state tort claims (LAW.md §1.10) are not modelled.
 */
/**
 * The state and local civil-rights acts Recourse encodes. The default rules below encode an absence
 * (none of them applies, or the source is silent on a point); they cite the acts they stand beside.
 */
const CITE =
  'C.R.S. § 13-21-131; NMSA 41-4A-1 to -13; NYC Admin. Code Title 8, ch. 8; C.G.S. § 52-571k; Mass. Acts 2020, ch. 253';

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
      text: 'The sources say nothing of what the officer pays in this action: Recourse encodes nothing.',
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
      text: 'The sources give no cap on damages in this action, nor say there is none: Recourse encodes nothing.',
      then: value('unencoded'),
    },
  ],
);

/**
 * What relief the state action can give (a v1 field of the stateSuit result, `relief`):
 * `damages-and-equitable`, or `equitable-only` where a defence bars damages but not the action
 * (Connecticut's good faith). Each act says so in its overlay; where its source is silent, nothing.
 */
export const stateSuitRelief: Definition = definition(
  'stateSuit.relief',
  'The relief the state action can give: damages and equitable relief, or equitable relief only',
  [
    {
      id: 'state-suit.relief.none',
      cite: CITE,
      text: 'No state civil-rights action applies.',
      when: NO_ACTION,
      then: value('none'),
    },
    {
      id: 'state-suit.relief.unencoded',
      cite: CITE,
      text: 'The sources do not say what relief this action gives: Recourse encodes nothing.',
      then: value('unencoded'),
    },
  ],
);
