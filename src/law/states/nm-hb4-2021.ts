import { definition, eq, fact, isFalse, oneOf, ref, value } from '../../engine/index.js';
import type { PlaceOverlay } from './place-overlay.js';

/**
 * New Mexico Civil Rights Act, HB 4 (Laws 2021, ch. 119; NMSA 41-4A-1 to -13) (LAW.md §5.2): a
 * public body, or a person acting on its behalf or under color of its authority, may not deprive
 * a person of rights under the bill of rights of the New Mexico Constitution. Claims run against
 * the public body (of every kind, not just police), with no qualified-immunity defence (§ 4),
 * sovereign immunity waived (§ 9), damages capped at $2 million, a 3-year limitations period and a
 * one-year notice for acts of certified law enforcement officers. Effective 1 July 2021; claims
 * arising solely from acts before then cannot be brought.
 */
const CITE = 'NMSA 1978, §§ 41-4A-1 to -13 (New Mexico Civil Rights Act, HB 4, Laws 2021, ch. 119)';
const SOURCES = [
  'https://law.uslawyerdatabase.com/us-law/2021-new-mexico-statutes/chapter-41-torts/article-4a-new-mexico-civil-rights',
  'https://nmpoliticalreport.com/2021/04/07/guv-signs-new-mexico-civil-rights-act-into-law-ends-qualified-immunity/',
];
const PUBLIC_BODY = oneOf(fact('officer.employer'), ['state', 'local']);

export const newMexicoHb4: PlaceOverlay = {
  id: 'nm-hb4-2021',
  title:
    'New Mexico Civil Rights Act (HB 4): claims against public bodies, no qualified immunity, $2 million cap',
  cite: CITE,
  inForce: { from: '2021-07-01' },
  unconfirmed:
    'That individual employees cannot be sued is partially UNCONFIRMED (one outlet said "any public body or its employees"). The state bill-of-rights right is approximated by the finding that a right was violated.',
  place: eq(fact('place.state'), 'NM'),
  patches: (where) => [
    {
      op: 'define',
      definition: definition(
        'newMexico.claim',
        'An action under the New Mexico Civil Rights Act against the public body',
        [
          {
            id: 'nm-hb4-2021.color-of-authority',
            cite: CITE,
            text: 'A public body or person acting on behalf of, under color of or within the course and scope of the authority of a public body ...',
            when: isFalse('officer.underColorOfLaw'),
            then: value('unavailable'),
            tags: { blockedBy: 'no-color-of-law' },
            sources: SOURCES,
          },
          {
            id: 'nm-hb4-2021.deprivation',
            cite: CITE,
            text: '... shall not subject or cause to be subjected any resident or person within the state to deprivation of any rights, privileges or immunities secured pursuant to the bill of rights of the constitution of New Mexico.',
            when: isFalse('findings.rightViolated'),
            then: value('unavailable'),
            tags: { blockedBy: 'no-violation' },
            sources: SOURCES,
          },
          {
            id: 'nm-hb4-2021.no-qualified-immunity',
            cite: CITE,
            text: 'In any claim under the Act, the public body may not assert qualified immunity; sovereign immunity is waived.',
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
        id: 'nm-hb4-2021.civil-action',
        cite: CITE,
        text: 'A person deprived of rights under the New Mexico bill of rights may sue the public body for actual damages and equitable relief.',
        when: where(PUBLIC_BODY),
        then: ref('newMexico.claim'),
        priority: 500,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.defendant',
      rule: {
        id: 'nm-hb4-2021.defendant',
        cite: CITE,
        text: 'Claims run against the public body, not individual employees.',
        when: where(PUBLIC_BODY),
        then: value('public-body'),
        priority: 500,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.relief',
      rule: {
        id: 'nm-hb4-2021.relief',
        cite: CITE,
        text: 'The plaintiff may sue to establish liability and recover actual damages and equitable relief.',
        when: where(PUBLIC_BODY),
        then: value('damages-and-equitable'),
        priority: 500,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.officerPays',
      rule: {
        id: 'nm-hb4-2021.officer-pays',
        cite: CITE,
        text: 'Claims run against the public body, not individual employees: the officer pays nothing personally.',
        when: where(PUBLIC_BODY),
        then: value('none'),
        priority: 500,
        sources: [
          'https://www.santafenewmexican.com/news/legislature/new-mexico-governor-signs-civil-rights-act/article_dea3cff6-97aa-11eb-a8d6-43d49a712c8c.html',
        ],
      },
    },
    {
      op: 'add',
      definition: 'stateSuit.damagesCapUsd',
      rule: {
        id: 'nm-hb4-2021.damages-cap',
        cite: CITE,
        text: 'Damages are capped at $2 million per claim.',
        when: where(PUBLIC_BODY),
        then: value(2_000_000),
        priority: 500,
        sources: SOURCES,
      },
    },
  ],
};
