import {
  and,
  definition,
  eq,
  fact,
  isFalse,
  isTrue,
  lit,
  not,
  oneOf,
  ref,
  value,
} from '../../engine/index.js';
import { chokeholdBreachPatch } from '../routes/tactics.js';
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
/**
 * C.R.S. 18-1-707(2.5)(a), added by SB 20-217: a flat ban. "Chokehold" includes carotid (blood-flow)
 * restraints, so both force kinds are covered.
 */
const CHOKEHOLD_CITE = 'C.R.S. 18-1-707(2.5)(a) (added by Colorado SB 20-217, 2020)';
const CHOKEHOLD_TEXT =
  '"A peace officer is prohibited from using a chokehold upon another person." A chokehold includes a carotid (blood-flow) restraint.';
const CHOKEHOLD_SOURCES = ['https://law.justia.com/codes/colorado/2020/title-18/article-1/section-18-1-707/'];
const CHOKEHOLD_PRIORITY = 445;
/** State and local officers, whatever their role, as the ban applied before this review. */
const PEACE_OFFICER_ANY_ROLE = oneOf(fact('officer.employer'), ['state', 'local']);
/**
 * The employer was a causal factor in the violation through its action or inaction (§ 13-21-131(4)).
 * Asked as a fact of its own: a policy that was the moving force (Monell) or a deliberately
 * indifferent failure to train (City of Canton) is such a factor, but the statute asks less.
 */
const EMPLOYER_CAUSAL_FACTOR = isTrue('agency.employerCausalFactor');
/** What is UNCONFIRMED about the civil action (not the chokehold ban). */
const CIVIL_NOTE =
  'The claims-arising cutoff date is UNCONFIRMED (effective on signature per a practitioner timeline). "Peace officer" in the 2020 text covers local POST-certified officers, State Patrol officers and deputy sheriffs, not most other state-agency officers: Recourse treats every state police officer as covered. The Colorado Bill of Rights right is approximated by the finding that a right was violated.';
const PEACE_OFFICER = and(
  eq(fact('officer.role'), 'police'),
  oneOf(fact('officer.employer'), ['local', 'state']),
);

export const coloradoSb20217: PlaceOverlay = {
  id: 'co-sb20-217',
  title:
    'Colorado SB 20-217: civil action for deprivation of rights, no qualified immunity; chokeholds banned',
  cite: CITE,
  inForce: { from: '2020-06-19' },
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
            unconfirmed: CIVIL_NOTE,
            text: 'A peace officer who, under color of law, subjects or causes to be subjected any person to the deprivation of individual rights ...',
            when: isFalse('officer.underColorOfLaw'),
            then: value('unavailable'),
            tags: { blockedBy: 'no-color-of-law' },
            sources: SOURCES,
          },
          {
            id: 'co-sb20-217.deprivation',
            cite: CITE,
            unconfirmed: CIVIL_NOTE,
            text: '... the deprivation of individual rights secured by the bill of rights, article II of the state constitution (including by failing to intervene).',
            when: isFalse('findings.rightViolated'),
            then: value('unavailable'),
            tags: { blockedBy: 'no-violation' },
            sources: SOURCES,
          },
          {
            id: 'co-sb20-217.no-qualified-immunity',
            cite: CITE,
            unconfirmed: CIVIL_NOTE,
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
        unconfirmed: CIVIL_NOTE,
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
        unconfirmed: CIVIL_NOTE,
        text: 'The action lies against the peace officer; the employer indemnifies.',
        when: where(PEACE_OFFICER),
        then: value('officer'),
        priority: 600,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.relief',
      rule: {
        id: 'co-sb20-217.relief',
        cite: CITE,
        unconfirmed: CIVIL_NOTE,
        text: 'The peace officer is liable to the injured party for legal, equitable or other relief.',
        when: where(PEACE_OFFICER),
        then: value('damages-and-equitable'),
        priority: 600,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.officerPays',
      rule: {
        id: 'co-sb20-217.conviction-carve-out',
        cite: CITE,
        unconfirmed: CIVIL_NOTE,
        text: 'The duty to indemnify does not apply if the officer was criminally convicted for the conduct, unless the employer itself was a causal factor in the violation through its action or inaction.',
        when: where(and(PEACE_OFFICER, isTrue('officer.convictedForConduct'), not(EMPLOYER_CAUSAL_FACTOR))),
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
        unconfirmed: CIVIL_NOTE,
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
        unconfirmed: CIVIL_NOTE,
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
        unconfirmed: CIVIL_NOTE,
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
        cite: CHOKEHOLD_CITE,
        text: CHOKEHOLD_TEXT,
        when: where(PEACE_OFFICER_ANY_ROLE),
        then: value('prohibited'),
        priority: CHOKEHOLD_PRIORITY,
        sources: CHOKEHOLD_SOURCES,
      },
    },
    chokeholdBreachPatch({
      id: 'co-sb20-217.chokehold-no-exception',
      cite: CHOKEHOLD_CITE,
      text: 'The prohibition has no deadly-force exception: it replaced the 2016 rule (HB 16-1264) that allowed a chokehold where deadly force was justified.',
      when: where(PEACE_OFFICER_ANY_ROLE),
      priority: CHOKEHOLD_PRIORITY,
      exception: 'none',
      sources: CHOKEHOLD_SOURCES,
    }),
    {
      op: 'add',
      definition: 'tactics.chokehold.bindingRule',
      rule: {
        id: 'co-sb20-217.chokehold-law',
        cite: CHOKEHOLD_CITE,
        text: 'Colorado law prohibits peace officers from using a chokehold, with no deadly-force exception: a state law binds every agency in the state.',
        when: where(lit(true)),
        then: value('law'),
        priority: 400,
        sources: CHOKEHOLD_SOURCES,
      },
    },
  ],
};
