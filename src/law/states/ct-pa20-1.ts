import { and, definition, eq, fact, isFalse, isTrue, oneOf, ref, value } from '../../engine/index.js';
import type { PlaceOverlay } from './place-overlay.js';

/**
 * Connecticut Public Act 20-1 (July Special Session), C.G.S. § 52-571k (LAW.md §5.4): a civil action
 * against a police officer who deprives a person of rights under Connecticut law; governmental
 * immunity is a defence to damages only if the officer had an objectively good-faith belief that
 * the conduct did not violate the law. Officers pay personally only for "willful, wanton, or
 * malicious" conduct. The action applies only to incidents on or after 1 July 2021. Good faith is a
 * defence to damages only: a claim for equitable relief survives it (LAW.md §0 E10).
 */
const CITE = 'C.G.S. § 52-571k (Connecticut Public Act 20-1, § 41)';
const SOURCES = [
  'https://lawserver.com/law/state/connecticut/ct-laws/connecticut_statutes_52-571k',
  'https://conncriminaldefense.com/blog/connecticut-law-limits-qualified-immunity/',
];
const POLICE = and(eq(fact('officer.role'), 'police'), oneOf(fact('officer.employer'), ['state', 'local']));

export const connecticutPa201: PlaceOverlay = {
  id: 'ct-pa20-1',
  title: 'Connecticut PA 20-1: civil action against police officers, immunity only for objective good faith',
  cite: CITE,
  inForce: { from: '2021-07-01' },
  unconfirmed: 'The Connecticut-law right is approximated by the finding that a right was violated.',
  place: eq(fact('place.state'), 'CT'),
  patches: (where) => [
    {
      op: 'define',
      definition: definition(
        'connecticut.claim',
        'An action under C.G.S. § 52-571k against the police officer',
        [
          {
            id: 'ct-pa20-1.color-of-law',
            cite: CITE,
            text: 'A police officer, acting under color of law, who deprives a person of rights ...',
            when: isFalse('officer.underColorOfLaw'),
            then: value('unavailable'),
            tags: { blockedBy: 'no-color-of-law' },
            sources: SOURCES,
          },
          {
            id: 'ct-pa20-1.objective-good-faith',
            cite: CITE,
            text: 'Governmental immunity is a defense to damages only if the officer had an objectively good faith belief that the conduct did not violate the law: it bars the damages claim; a claim for equitable relief survives.',
            when: isTrue('officer.goodFaithBelief'),
            then: value('unavailable'),
            tags: { blockedBy: 'good-faith-immunity' },
            sources: SOURCES,
          },
          {
            id: 'ct-pa20-1.deprivation',
            cite: CITE,
            text: '... the deprivation of equal protection of the laws or of privileges or immunities secured by the Connecticut constitution.',
            when: isFalse('findings.rightViolated'),
            then: value('unavailable'),
            tags: { blockedBy: 'no-violation' },
            sources: SOURCES,
          },
          {
            id: 'ct-pa20-1.liable',
            cite: CITE,
            text: 'The officer is liable for damages and equitable relief.',
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
        id: 'ct-pa20-1.civil-action',
        cite: CITE,
        text: 'A state civil action against a police officer, for incidents on or after July 1, 2021.',
        when: where(POLICE),
        then: ref('connecticut.claim'),
        priority: 300,
        sources: ['https://www.gmflaw.com/workshops/'],
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.defendant',
      rule: {
        id: 'ct-pa20-1.defendant',
        cite: CITE,
        text: 'The action lies against the police officer.',
        when: where(POLICE),
        then: value('officer'),
        priority: 300,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.relief',
      rule: {
        id: 'ct-pa20-1.equitable-relief-survives',
        cite: CITE,
        text: 'An "action for equitable relief or damages": governmental immunity (an objectively good-faith belief) is a defense to damages only, so a claim for equitable relief survives it.',
        when: where(and(POLICE, isTrue('officer.goodFaithBelief'))),
        then: value('equitable-only'),
        priority: 310,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.relief',
      rule: {
        id: 'ct-pa20-1.relief',
        cite: CITE,
        text: 'An "action for equitable relief or damages".',
        when: where(POLICE),
        then: value('damages-and-equitable'),
        priority: 300,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.officerPays',
      rule: {
        id: 'ct-pa20-1.willful-wanton-malicious',
        cite: CITE,
        text: 'Officers are personally financially responsible only for "willful, wanton, or malicious" conduct; otherwise the municipality indemnifies.',
        when: where(POLICE),
        then: value('only-if-willful-wanton-or-malicious'),
        priority: 300,
        sources: ['http://www.housedems.ct.gov/node/14117'],
      },
    },
  ],
};
