import { eq, fact, lit, oneOf, value } from '../../engine/index.js';
import { chokeholdBreachPatch } from '../routes/tactics.js';
import type { PlaceOverlay } from './place-overlay.js';

/**
 * Minnesota Police Accountability Act (2020 1st Special Session) (LAW.md §5.6): Minn. Stat.
 * § 609.06 as amended, effective 24 July 2020: officers may not use a chokehold, hog-tie, or
 * transport a person face-down unless deadly force is authorized under § 609.066. "Choke hold" is
 * defined broadly as pressure that makes breathing difficult or impossible.
 */
const STATE_OR_LOCAL = oneOf(fact('officer.employer'), ['state', 'local']);
const CITE = 'Minn. Stat. § 609.06 (as amended 2020, 1st Spec. Sess.)';

export const minnesota2020: PlaceOverlay = {
  id: 'mn-2020',
  title: 'Minnesota (2020): chokeholds banned unless deadly force is authorized',
  cite: CITE,
  inForce: { from: '2020-07-24' },
  place: eq(fact('place.state'), 'MN'),
  patches: (where) => [
    {
      op: 'add',
      definition: 'tactics.chokehold.rule',
      rule: {
        id: 'mn-2020.chokehold-ban',
        cite: CITE,
        text: 'A peace officer may not use a choke hold, tie all of a person’s limbs together behind the back, or transport a person face-down in a vehicle, unless deadly force is authorized under § 609.066.',
        when: where(STATE_OR_LOCAL),
        then: value('prohibited'),
        priority: 450,
        sources: ['http://laserfiche.newbrightonmn.gov/WebLink/0/doc/243535/Page44.aspx'],
      },
    },
    {
      op: 'add',
      definition: 'tactics.chokehold.bindingRule',
      rule: {
        id: 'mn-2020.chokehold-law',
        cite: CITE,
        text: 'Minnesota law bans chokeholds unless deadly force is authorized under § 609.066: a state law, with a deadly-force exception.',
        when: where(lit(true)),
        then: value('law-deadly-force-exception'),
        priority: 420,
        sources: ['http://laserfiche.newbrightonmn.gov/WebLink/0/doc/243535/Page44.aspx'],
      },
    },
    chokeholdBreachPatch({
      id: 'mn-2020.deadly-force-exception',
      cite: 'Minn. Stat. §§ 609.06, 609.066 (as amended 2020, 1st Spec. Sess.)',
      text: 'The ban does not apply where deadly force is authorized under § 609.066.',
      when: where(STATE_OR_LOCAL),
      priority: 450,
      exception: 'deadly-force-authorized',
      sources: ['http://laserfiche.newbrightonmn.gov/WebLink/0/doc/243535/Page44.aspx'],
    }),
  ],
};
