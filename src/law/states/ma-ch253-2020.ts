import { and, definition, eq, fact, isFalse, isTrue, lit, oneOf, ref, value } from '../../engine/index.js';
import { chokeholdBreachPatch } from '../routes/tactics.js';
import type { PlaceOverlay } from './place-overlay.js';

/**
 * Massachusetts, Chapter 253 of the Acts of 2020 (LAW.md §5.5), signed 31 December 2020:
 * - qualified immunity is barred for claims against officers based on conduct for which they were
 *   decertified by the POST Commission. The state action (Mass. Civil Rights Act) also requires
 *   threats, intimidation or coercion, which the incident format does not record, so the route
 *   stays undetermined once immunity is out of the way.
 * - chokeholds are banned, with no deadly-force exception (M.G.L. c. 6E § 14; 555 CMR 6.05(2)).
 * - no-knock warrants are restricted: judge-issued, only when announcing would endanger lives, and
 *   not where children or adults over 65 are believed to be in the home.
 */
const CITE = 'Mass. Acts 2020, ch. 253';
const SOURCES = [
  'https://commonwealthmagazine.org/criminal-justice/compromise-police-reform-bill-reported-out/',
  'https://lawgist.ai/legal/massachusetts-police-reform-post-commission',
];
const STATE_OR_LOCAL = oneOf(fact('officer.employer'), ['state', 'local']);
const CHOKEHOLD_CITE = 'M.G.L. c. 6E § 14 (Mass. Acts 2020, ch. 253); 555 CMR 6.05(2)';
const CHOKEHOLD_SOURCES = [
  'https://lawgist.ai/legal/massachusetts-police-reform-post-commission',
  'https://casetext.com/regulation/code-of-massachusetts-regulations/department-555-cmr-peace-officer-standards-and-training-commission/title-555-cmr-600-use-of-force-by-law-enforcement-officers/section-605-use-of-deadly-force',
];
const CHOKEHOLD_PRIORITY = 470;

export const massachusettsCh253: PlaceOverlay = {
  id: 'ma-ch253-2020',
  title:
    'Massachusetts ch. 253 (2020): no qualified immunity for decertified conduct; chokeholds banned; no-knock warrants restricted',
  cite: CITE,
  inForce: { from: '2020-12-31' },
  unconfirmed: 'Effective dates of the individual sections are UNCONFIRMED (applied from signature).',
  place: eq(fact('place.state'), 'MA'),
  patches: (where) => [
    {
      op: 'define',
      definition: definition(
        'massachusetts.claim',
        'A state civil-rights action for conduct the officer was decertified for',
        [
          {
            id: 'ma-ch253-2020.deprivation',
            cite: CITE,
            text: 'The claim is for a deprivation of rights.',
            when: isFalse('findings.rightViolated'),
            then: value('unavailable'),
            tags: { blockedBy: 'no-violation' },
            sources: SOURCES,
          },
          {
            id: 'ma-ch253-2020.threats-element-not-encoded',
            cite: `${CITE}; Special Commission on Qualified Immunity report (Jan. 2022)`,
            text: 'Qualified immunity is no defence for decertified conduct; the Massachusetts Civil Rights Act also requires "threats, intimidation or coercion", a fact the incident format does not record.',
            then: value('unencoded'),
            sources: [
              'https://www.senatoreldridge.com/press-releases/special-commission-to-study-qualified-immunity-recommends-changes-to-massachusetts-civil-rights-act-to-better-assess-police-reform-impacts',
            ],
          },
        ],
      ),
    },
    {
      op: 'add',
      definition: 'stateSuit',
      rule: {
        id: 'ma-ch253-2020.decertified-conduct',
        cite: CITE,
        text: 'Bars qualified immunity for claims against officers based on conduct for which they were decertified by the POST Commission.',
        when: where(and(STATE_OR_LOCAL, isTrue('officer.decertifiedForConduct'))),
        then: ref('massachusetts.claim'),
        priority: 200,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.defendant',
      rule: {
        id: 'ma-ch253-2020.defendant',
        cite: CITE,
        text: 'The immunity is barred for claims against officers based on conduct for which they were decertified: the claim is against the officer.',
        when: where(and(STATE_OR_LOCAL, isTrue('officer.decertifiedForConduct'))),
        then: value('officer'),
        priority: 200,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'ma-ch253-2020.no-knock-restricted',
        cite: CITE,
        text: 'No-knock warrants must be issued by a judge, only when the affidavit shows that announcing would endanger lives, and the officer attests there is no reason to believe children or adults over 65 are in the home.',
        when: where(STATE_OR_LOCAL),
        then: value('restricted'),
        priority: 470,
        sources: ['https://thisweekinworcester.com/governor-baker-signs-police-reform-law/'],
      },
    },
    {
      op: 'add',
      definition: 'tactics.chokehold.rule',
      rule: {
        id: 'ma-ch253-2020.chokehold-ban',
        cite: CHOKEHOLD_CITE,
        text: '"A law enforcement officer shall not use a chokehold"; no training in neck restraints. A chokehold: a neck restraint that limits breathing or blood flow "with the intent of or with the result of causing bodily injury, unconsciousness or death" (c. 6E § 1).',
        when: where(STATE_OR_LOCAL),
        then: value('prohibited'),
        priority: CHOKEHOLD_PRIORITY,
        unconfirmed:
          'Whether a given neck restraint meets the definition (intent or result of bodily injury, unconsciousness or death) is a question of fact the incident format does not record: every chokehold or carotid restraint is treated as one.',
        sources: CHOKEHOLD_SOURCES,
      },
    },
    chokeholdBreachPatch({
      id: 'ma-ch253-2020.chokehold-no-exception',
      cite: CHOKEHOLD_CITE,
      text: 'The ban has no deadly-force exception: the POST rule puts it inside the deadly-force section itself (555 CMR 6.05(2)).',
      when: where(STATE_OR_LOCAL),
      priority: CHOKEHOLD_PRIORITY,
      exception: 'none',
      sources: CHOKEHOLD_SOURCES,
    }),
    {
      op: 'add',
      definition: 'tactics.chokehold.bindingRule',
      rule: {
        id: 'ma-ch253-2020.chokehold-law',
        cite: CHOKEHOLD_CITE,
        text: 'Massachusetts law bans chokeholds, with no deadly-force exception: a state law binds every agency in the Commonwealth.',
        when: where(lit(true)),
        then: value('law'),
        priority: 410,
        sources: CHOKEHOLD_SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.bindingRule',
      rule: {
        id: 'ma-ch253-2020.no-knock-law',
        cite: CITE,
        text: 'Massachusetts law restricts no-knock warrants (a judge, a showing of danger, no children or elders in the home); it does not ban them.',
        when: where(lit(true)),
        then: value('restricted'),
        priority: 410,
        sources: ['https://thisweekinworcester.com/governor-baker-signs-police-reform-law/'],
      },
    },
  ],
};
