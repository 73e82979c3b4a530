import { type Definition, definition, value } from '../../engine/index.js';

/**
 * Route `stateSuit`: a state or local civil-rights action (DESIGN.md §3). The statutes that
 * create one (Colorado, New Mexico, New York City, Connecticut, Massachusetts) are overlays that
 * apply by place and date; without one the route does not apply. Ordinary state tort claims
 * (LAW.md §1.10) are not modelled.
 */
export const stateSuit: Definition = definition('stateSuit', 'A state or local civil-rights action', [
  {
    id: 'state-suit.no-state-civil-rights-act',
    cite: 'LAW.md §1.10, §5',
    text: 'No state or local civil-rights statute without qualified immunity is encoded for this place and date; state tort claims remain, subject to state governmental-immunity and notice statutes.',
    then: value('not-applicable'),
  },
]);
