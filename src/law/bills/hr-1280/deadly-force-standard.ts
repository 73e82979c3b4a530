import { eq, fact, type Overlay, value } from '../../../engine/index.js';

/**
 * H.R. 1280's deadly-force standard for federal officers (the PEACE Act, incorporated; LAW.md
 * §2.3): deadly force only if necessary, as a last resort, to prevent imminent and serious bodily
 * injury or death; no substantial risk of injury to a third person; reasonable alternatives
 * exhausted. It replaces "reasonableness" (Graham v. Connor) for federal officers. For states and
 * localities it is a funding incentive whose grant and percentage are UNCONFIRMED, so nothing is
 * encoded for them.
 */
const CITE =
  'H.R. 1280 (117th Cong.), Title III, Subtitle B (PEACE Act: use of force by federal law enforcement officers)';

export const hr1280DeadlyForceStandard: Overlay = {
  id: 'hr-1280-deadly-force-standard',
  title: 'H.R. 1280: deadly force by federal officers only when necessary, as a last resort',
  cite: CITE,
  unconfirmed:
    'Section number UNCONFIRMED; text quoted from H.R. 7120. The state and local funding incentive is UNCONFIRMED and not encoded.',
  patches: [
    {
      op: 'add',
      definition: 'standards.deadlyForce',
      rule: {
        id: 'hr-1280.deadly-force.necessary-last-resort',
        cite: CITE,
        text: 'A federal officer may not use deadly force unless it is necessary, as a last resort, to prevent imminent and serious bodily injury or death to the officer or another; it creates no substantial risk of injury to a third person; and reasonable alternatives have been exhausted.',
        when: eq(fact('officer.employer'), 'federal'),
        then: value('necessary-last-resort'),
        priority: 200,
        sources: [
          'https://justthenews.com/government/congress/house-democrats-police-reform-bill-doesnt-ban-chokeholds-local-or-state-level',
        ],
      },
    },
  ],
};
