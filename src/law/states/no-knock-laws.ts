import { and, eq, fact, type InForce, isTrue, lit, oneOf, value } from '../../engine/index.js';
import type { Applied, PlaceOverlay } from './place-overlay.js';

/** State and local no-knock warrant laws of 2020-2021 (LAW.md §5.7, §0 E11, E16, E17). */
const STATE_OR_LOCAL = oneOf(fact('officer.employer'), ['state', 'local']);

const KY_CITE = 'KRS 455.180 (Kentucky SB 4, 2021 Ky. Acts ch. 202)';
const KY_SOURCES = [
  'https://self-law.org/code/ky/455-180',
  'https://lawserver.com/law/state/kentucky/ky-statutes/kentucky_statutes_439-3401',
  'https://apps.legislature.ky.gov/record/21rs/sb4.html',
];
const KY_CLASS_A =
  'Class A drug felonies are on the list of violent offences (KRS 439.3401) for which a no-knock warrant may issue; whether this drug warrant was for one is UNCONFIRMED for the case (the incident format does not record the class of the offence): read as an ordinary drug offence.';
const KY_COPS_CONDITION =
  'Whether SB 4 satisfies H.R. 1280’s COPS condition ("a law that prohibits no-knock warrants in drug cases") is UNCONFIRMED: it bars them for ordinary drug offences but not for Class A drug felonies. Read as a restriction, which does not meet the condition.';

/**
 * Kentucky SB 4 (2021 Ky. Acts ch. 202), KRS 455.180: signed 9 April 2021, effective 29 June 2021.
 * A no-knock warrant only where a court finds by clear and convincing evidence that the crime makes
 * the person a violent offender (KRS 439.3401) or is a terrorism or weapons-of-mass-destruction
 * crime, and that notice would endanger life or destroy evidence of it. Ordinary drug offences are
 * not on the list: a no-knock entry on a drug warrant is prohibited; on a violent-crime warrant it is
 * restricted (it depends on the court's findings, which the format does not record).
 */
export const kentuckySb4: PlaceOverlay = {
  id: 'ky-sb4-2021',
  title: 'Kentucky SB 4 (2021): no-knock warrants prohibited for drug offences, restricted for violent ones',
  cite: KY_CITE,
  inForce: { from: '2021-06-29' },
  place: eq(fact('place.state'), 'KY'),
  patches: (where) => [
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'ky-sb4-2021.no-knock-drug-prohibited',
        cite: KY_CITE,
        text: 'A no-knock warrant may issue only for a crime that makes the person a violent offender (KRS 439.3401) or a terrorism or weapons-of-mass-destruction crime: ordinary drug offences are not on the list.',
        when: where(and(STATE_OR_LOCAL, eq(fact('conduct.warrantFor'), 'drug'))),
        then: value('prohibited'),
        priority: 441,
        unconfirmed: KY_CLASS_A,
        sources: KY_SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'ky-sb4-2021.no-knock-restricted',
        cite: KY_CITE,
        text: 'No warrant may authorize entry without notice unless a court finds by clear and convincing evidence that the crime makes the person a violent offender (or is a terrorism crime) and that notice would endanger life or destroy evidence of it; executed only between 6 a.m. and 10 p.m.',
        when: where(STATE_OR_LOCAL),
        then: value('restricted'),
        priority: 440,
        sources: KY_SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.bindingRule',
      rule: {
        id: 'ky-sb4-2021.no-knock-law',
        cite: KY_CITE,
        text: 'Kentucky law restricts no-knock warrants to violent offences on clear and convincing evidence; it does not ban them outright.',
        when: where(lit(true)),
        then: value('restricted'),
        priority: 420,
        unconfirmed: KY_COPS_CONDITION,
        sources: KY_SOURCES,
      },
    },
  ],
};

const VA_CITE = 'Va. HB 5099 (2020 Special Session I)';
const VA_SOURCES = [
  'https://www.richmondsunlight.com/bill/2020/hb5099/',
  'https://consciouslifenews.com/signed-as-law-virginia-prohibits-no-knock-warrants/11198686/',
];

/** Virginia HB 5099 (2020 Special Session I): signed 28 October 2020, effective 1 March 2021. */
export const virginia2020: PlaceOverlay = {
  id: 'va-2020',
  title: 'Virginia HB 5099 (2020): no-knock warrants banned',
  cite: VA_CITE,
  inForce: { from: '2021-03-01' },
  place: eq(fact('place.state'), 'VA'),
  patches: (where) => [
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'va-2020.no-knock-ban',
        cite: VA_CITE,
        text: 'No-knock search warrants are banned.',
        when: where(STATE_OR_LOCAL),
        then: value('prohibited'),
        priority: 450,
        sources: VA_SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.bindingRule',
      rule: {
        id: 'va-2020.no-knock-law',
        cite: VA_CITE,
        text: 'Virginia law bans no-knock search warrants.',
        when: where(lit(true)),
        then: value('banned'),
        priority: 430,
        sources: VA_SOURCES,
      },
    },
  ],
};

export const LOUISVILLE = ['Louisville', 'Louisville Metro', 'Jefferson County'];

const LOUISVILLE_CITE = 'Louisville Metro Ordinance ("Breonna\'s Law"), June 12, 2020';
const LOUISVILLE_SOURCES = [
  'https://www.wdrb.com/news/mayor-fischer-signs-breonnas-law-banning-no-knock-warrants-in-louisville/article_0c3b5110-acd7-11ea-9346-c7fa0eb55532.html',
  'https://www.scribd.com/document/465399197/Louisville-Ban-on-No-Knock-Search-Warrants',
];
/** The Kentucky Supreme Court's Lexington ruling. */
const LEXINGTON_RULING = '2025-09-18';
const SIGNED = '2020-06-12';
/**
 * The ordinance's dates until the ruling. A rule's own dates stand in for the law's, so they repeat
 * its start; applied hypothetically (`--with`) the law has no start.
 */
const untilRuling = (applied: Applied): InForce =>
  applied === 'in-place' ? { from: SIGNED, until: LEXINGTON_RULING } : { until: LEXINGTON_RULING };
/**
 * A Metro officer: employed by the local government of the place (`officer.employedByLocality`),
 * which for Louisville or Jefferson County is Louisville Metro (LMPD, Louisville Metro Corrections,
 * other Metro law-enforcement officials). The separate city police forces inside Jefferson County
 * are local too, so the place and `officer.employer` cannot tell them apart: it is asked.
 */
const METRO_OFFICER = and(eq(fact('officer.employer'), 'local'), isTrue('officer.employedByLocality'));
const LOUISVILLE_BAN_TEXT =
  "No-knock search warrants are banned for Louisville Metro's officers (LMPD, Metro Corrections, other Metro law-enforcement officials), not the separate city police forces in Jefferson County; every warrant: knock and announce, wait at least 15 seconds absent exigency, body cameras on from 5 minutes before to 5 minutes after.";

/**
 * Louisville Metro "Breonna's Law": passed by the Metro Council 11 June 2020, signed and effective
 * 12 June 2020. It binds Metro officers only. On 18 September 2025 the Kentucky Supreme Court held
 * Lexington's no-knock ban void as conflicting with SB 4; Louisville says its ordinance stands, so
 * from that date the ban is UNCONFIRMED.
 */
export const louisville2020: PlaceOverlay = {
  id: 'louisville-2020',
  title: 'Louisville Metro "Breonna\'s Law" (2020): no-knock warrants banned for Metro officers',
  cite: LOUISVILLE_CITE,
  inForce: { from: SIGNED },
  place: and(eq(fact('place.state'), 'KY'), oneOf(fact('place.locality'), LOUISVILLE)),
  patches: (where, applied) => [
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'louisville-2020.no-knock-ban',
        cite: LOUISVILLE_CITE,
        text: LOUISVILLE_BAN_TEXT,
        when: where(METRO_OFFICER),
        then: value('prohibited'),
        priority: 480,
        inForce: untilRuling(applied),
        sources: LOUISVILLE_SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.rule',
      rule: {
        id: 'louisville-2020.no-knock-ban-after-lexington-ruling',
        cite: LOUISVILLE_CITE,
        text: LOUISVILLE_BAN_TEXT,
        when: where(METRO_OFFICER),
        then: value('prohibited'),
        priority: 481,
        inForce: { from: LEXINGTON_RULING },
        unconfirmed:
          "UNCONFIRMED since 18 September 2025, when the Kentucky Supreme Court held Lexington's no-knock ban void as conflicting with SB 4; Louisville says its ordinance stands.",
        sources: [
          ...LOUISVILLE_SOURCES,
          'https://www.officer.com/command-hq/news/55317972/kentucky-supreme-court-reveses-lexingtons-ban-on-no-knock-warrants',
        ],
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.bindingRule',
      rule: {
        id: 'louisville-2020.no-knock-law',
        cite: LOUISVILLE_CITE,
        text: "Louisville Metro's ordinance (Breonna's Law) bans no-knock search warrants for Metro's own officers: a local law, ahead of Kentucky's restriction.",
        when: where(METRO_OFFICER),
        then: value('banned'),
        priority: 440,
        inForce: untilRuling(applied),
        sources: LOUISVILLE_SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.noKnock.bindingRule',
      rule: {
        id: 'louisville-2020.no-knock-law-after-lexington-ruling',
        cite: LOUISVILLE_CITE,
        text: "Louisville Metro's ordinance (Breonna's Law) bans no-knock search warrants for Metro's own officers: a local law, ahead of Kentucky's restriction.",
        when: where(METRO_OFFICER),
        then: value('banned'),
        priority: 441,
        inForce: { from: LEXINGTON_RULING },
        unconfirmed:
          "UNCONFIRMED since 18 September 2025, when the Kentucky Supreme Court held Lexington's no-knock ban void as conflicting with SB 4; Louisville says its ordinance stands.",
        sources: [
          'https://www.officer.com/command-hq/news/55317972/kentucky-supreme-court-reveses-lexingtons-ban-on-no-knock-warrants',
        ],
      },
    },
  ],
};
