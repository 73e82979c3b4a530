import { and, definition, eq, fact, isFalse, isTrue, lit, oneOf, ref, value } from '../../engine/index.js';
import type { PlaceOverlay } from './place-overlay.js';

/**
 * Colorado SB 20-217, C.R.S. § 13-21-131 (LAW.md §5.1): a peace officer who, under color of law,
 * subjects a person (including by failing to intervene) to the deprivation of rights under the
 * Colorado Bill of Rights is liable; "qualified immunity is not a defense". The employer must
 * indemnify, except that an officer who did not act upon a good-faith and reasonable belief that
 * the action was lawful pays 5% of the judgment or settlement or $25,000, whichever is less; the
 * duty to indemnify does not apply to an officer criminally convicted for the conduct (unless the
 * employer was a causal factor). Good faith decides who pays, not liability. Signed and effective
 * 19 June 2020.
 */
const CITE = 'C.R.S. § 13-21-131 (Colorado SB 20-217, 2020)';
const SOURCES = [
  'https://casetext.com/statute/colorado-revised-statutes/title-13-courts-and-court-procedure/damages-and-limitations-on-actions/article-21-damages/part-1-general-provisions/section-13-21-131-civil-action-for-deprivation-of-rights-definition',
  'https://endqi.org/state/co',
];
const PEACE_OFFICER = and(
  eq(fact('officer.role'), 'police'),
  oneOf(fact('officer.employer'), ['local', 'state']),
);

export const coloradoSb20217: PlaceOverlay = {
  id: 'co-sb20-217',
  title: 'Colorado SB 20-217: civil action for deprivation of rights, no qualified immunity',
  cite: CITE,
  inForce: { from: '2020-06-19' },
  unconfirmed:
    'The claims-arising cutoff date is UNCONFIRMED (effective on signature per a practitioner timeline). "Peace officer" in the 2020 text covers local POST-certified officers, State Patrol officers and deputy sheriffs, not most other state-agency officers: Recourse treats every state police officer as covered. The Colorado Bill of Rights right is approximated by the finding that a right was violated.',
  place: eq(fact('place.state'), 'CO'),
  patches: (where) => [
    {
      op: 'define',
      definition: definition(
        'colorado.claim',
        'An action under C.R.S. § 13-21-131 against the peace officer',
        [
          {
            id: 'co-sb20-217.color-of-law',
            cite: CITE,
            text: 'A peace officer who, under color of law, subjects or causes to be subjected any person to the deprivation of individual rights ...',
            when: isFalse('officer.underColorOfLaw'),
            then: value('unavailable'),
            tags: { blockedBy: 'no-color-of-law' },
            sources: SOURCES,
          },
          {
            id: 'co-sb20-217.deprivation',
            cite: CITE,
            text: '... the deprivation of individual rights secured by the bill of rights, article II of the state constitution (including by failing to intervene).',
            when: isFalse('findings.rightViolated'),
            then: value('unavailable'),
            tags: { blockedBy: 'no-violation' },
            sources: SOURCES,
          },
          {
            id: 'co-sb20-217.no-qualified-immunity',
            cite: CITE,
            text: '"Qualified immunity is not a defense"; statutory immunities and the Colorado Governmental Immunity Act do not apply.',
            then: value('available'),
            sources: SOURCES,
          },
        ],
      ),
    },
    {
      op: 'add',
      definition: 'stateSuit',
      rule: {
        id: 'co-sb20-217.civil-action',
        cite: CITE,
        text: 'A civil action against a peace officer for the deprivation of rights under the Colorado Bill of Rights.',
        when: where(PEACE_OFFICER),
        then: ref('colorado.claim'),
        priority: 600,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.defendant',
      rule: {
        id: 'co-sb20-217.defendant',
        cite: CITE,
        text: 'The action lies against the peace officer; the employer indemnifies.',
        when: where(PEACE_OFFICER),
        then: value('officer'),
        priority: 600,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.officerPays',
      rule: {
        id: 'co-sb20-217.conviction-carve-out',
        cite: CITE,
        text: 'The duty to indemnify does not apply if the officer was criminally convicted for the conduct, unless the employer was a causal factor in the violation.',
        when: where(and(PEACE_OFFICER, isTrue('officer.convictedForConduct'))),
        then: value('not-indemnified'),
        priority: 620,
        sources: ['https://state-sc.mjc.prod.3whst.com/states/colorado'],
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.officerPays',
      rule: {
        id: 'co-sb20-217.personal-share',
        cite: CITE,
        text: 'If the employer determines the officer did not act upon a good faith and reasonable belief that the action was lawful, the officer is personally liable for 5% of the judgment or settlement or $25,000, whichever is less.',
        when: where(and(PEACE_OFFICER, isFalse('officer.goodFaithBelief'))),
        then: value('lesser-of-5-percent-or-25000'),
        priority: 610,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.officerPays',
      rule: {
        id: 'co-sb20-217.indemnified',
        cite: CITE,
        text: 'The employer must indemnify the officer (good faith decides who pays, not whether the officer is liable).',
        when: where(PEACE_OFFICER),
        then: value('none'),
        priority: 600,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.damagesCapUsd',
      rule: {
        id: 'co-sb20-217.no-damages-cap',
        cite: CITE,
        text: 'Statutory immunities, statutory damage and fee caps, and the Colorado Governmental Immunity Act do not apply.',
        when: where(PEACE_OFFICER),
        then: value('none'),
        priority: 600,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.chokehold.rule',
      rule: {
        id: 'co-sb20-217.chokehold-ban',
        cite: 'Colorado SB 20-217 (2020)',
        text: 'Peace officers may not use chokeholds.',
        when: where(oneOf(fact('officer.employer'), ['state', 'local'])),
        then: value('prohibited'),
        priority: 445,
        unconfirmed:
          'LAW.md records the ban without its text: its scope and any deadly-force exception are UNCONFIRMED (the generic deadly-force exception of the breach rule applies).',
        sources: [
          'https://endqi.org/state/co',
          'https://lawgist.ai/legal/colorado-enhance-law-enforcement-integrity-act',
        ],
      },
    },
    {
      op: 'add',
      definition: 'tactics.chokehold.bindingRule',
      rule: {
        id: 'co-sb20-217.chokehold-law',
        cite: 'Colorado SB 20-217 (2020)',
        text: 'Colorado law bans chokeholds for peace officers: a state law binds every agency in the state.',
        when: where(lit(true)),
        then: value('law'),
        priority: 400,
        unconfirmed:
          "Whether Colorado's ban has a deadly-force exception is UNCONFIRMED (LAW.md records the ban without its text); Recourse reads it as a law without one.",
        sources: ['https://endqi.org/state/co'],
      },
    },
  ],
};
