import { and, eq, fact, hasAny, not, type Overlay, oneOf, ref, value } from '../../../engine/index.js';

/**
 * H.R. 1280's chokehold provisions (LAW.md §2.3 "Chokeholds and carotid holds", §2.4, §3.4).
 * Section numbers inside Title III Subtitle B are UNCONFIRMED (believed §§ 362-365).
 * - Federal officers: chokeholds and carotid holds banned outright (no exception stated).
 * - States and localities: no Byrne or COPS funds for a fiscal year unless, on the day before it
 *   begins, a state or local *law* prohibiting chokeholds and carotid holds is in effect. An
 *   agency policy does not meet it; whether a law with a deadly-force exception meets it is
 *   UNCONFIRMED (the quoted text states no exception), and Recourse reads it as not met.
 * - 18 U.S.C. 242 (the Eric Garner Excessive Use of Force Prevention Act, "included in" the 2021
 *   bill): a chokehold is a deprivation of a right; as a statute declaring specific conduct a
 *   deprivation it supplies fair warning (Lanier) for conduct after it takes effect. Binds state
 *   and local officers directly, since § 242 reaches everyone under color of law.
 */
const NECK = hasAny(fact('conduct.force'), ['chokehold', 'carotid-restraint']);
const STATE_OR_LOCAL = oneOf(fact('officer.employer'), ['state', 'local']);
const FEDERAL = eq(fact('officer.employer'), 'federal');
const HAS_LAW = eq(ref('tactics.chokehold.bindingRule'), 'law');
const SECTION_NOTE = 'The section number in H.R. 1280 is UNCONFIRMED (believed within §§ 362-365).';
const CONDITION_NOTE = `${SECTION_NOTE} Whether a state law with a deadly-force exception meets the condition is UNCONFIRMED; Recourse reads the quoted text (no exception) as requiring a law without one. The condition's effective date in H.R. 1280 is UNCONFIRMED.`;
const SOURCES = [
  'https://justthenews.com/government/congress/house-democrats-police-reform-bill-doesnt-ban-chokeholds-local-or-state-level',
  'https://www.kxlf.com/news/national/what-is-the-george-floyd-justice-in-policing-act-and-what-would-it-do',
];
const BAN_CITE = 'H.R. 1280 (117th Cong.), Title III, Subtitle B (chokeholds and carotid holds)';

export const hr1280ChokeholdFederalBan: Overlay = {
  id: 'hr-1280-chokehold-federal-ban',
  title: 'H.R. 1280: chokeholds and carotid holds banned for federal officers',
  cite: BAN_CITE,
  unconfirmed: SECTION_NOTE,
  patches: [
    {
      op: 'add',
      definition: 'tactics.chokehold.rule',
      rule: {
        id: 'hr-1280.chokehold.federal-ban',
        cite: BAN_CITE,
        text: 'Federal law enforcement officers may not use a chokehold or carotid hold: "the application of any pressure to the throat or windpipe, the use of maneuvers that restrict blood or oxygen flow to the brain, or carotid artery restraints".',
        when: FEDERAL,
        then: value('prohibited'),
        priority: 500,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.chokehold.breached',
      rule: {
        id: 'hr-1280.chokehold.federal-ban-no-exception',
        cite: BAN_CITE,
        text: 'The federal ban states no deadly-force exception.',
        when: FEDERAL,
        then: value(true),
        // The priority of the ban itself: the prohibition in force gives the exception.
        priority: 500,
        sources: SOURCES,
      },
    },
  ],
};

export const hr1280ChokeholdFundingCondition: Overlay = {
  id: 'hr-1280-chokehold-funding-condition',
  title: 'H.R. 1280: Byrne JAG and COPS funds only for states and localities with a law banning chokeholds',
  cite: BAN_CITE,
  unconfirmed: CONDITION_NOTE,
  patches: [
    {
      op: 'add',
      definition: 'tactics.chokehold.rule',
      rule: {
        id: 'hr-1280.chokehold.funding-condition',
        cite: BAN_CITE,
        text: 'A state or unit of local government may not receive Byrne or COPS funds for a fiscal year if, on the day before it begins, it does not have in effect a law prohibiting its officers from using a chokehold or carotid hold.',
        when: STATE_OR_LOCAL,
        then: value('funding-condition'),
        priority: 260,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'tactics.chokehold.met',
      rule: {
        id: 'hr-1280.chokehold.condition-met',
        cite: BAN_CITE,
        text: 'The condition is met by a state or local law in effect prohibiting chokeholds and carotid holds; an agency policy does not meet it.',
        when: STATE_OR_LOCAL,
        then: HAS_LAW,
        priority: 260,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'funding.byrneJag.atRisk',
      rule: {
        id: 'hr-1280.chokehold.byrne-jag-ineligible',
        cite: BAN_CITE,
        text: 'No Byrne grant funds for a fiscal year without a law in effect prohibiting chokeholds and carotid holds.',
        when: and(STATE_OR_LOCAL, not(HAS_LAW)),
        then: value(true),
        priority: 260,
        sources: SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'funding.cops.atRisk',
      rule: {
        id: 'hr-1280.chokehold.cops-ineligible',
        cite: BAN_CITE,
        text: 'No COPS grant funds for a fiscal year without a law in effect prohibiting chokeholds and carotid holds.',
        when: and(STATE_OR_LOCAL, not(HAS_LAW)),
        then: value(true),
        priority: 260,
        sources: SOURCES,
      },
    },
  ],
};

const GARNER_ACT_CITE =
  'H.R. 1280 (117th Cong.), incorporating the Eric Garner Excessive Use of Force Prevention Act (amending 18 U.S.C. 242)';
const GARNER_ACT_SOURCES = [
  'https://nationalactionnetwork.net/newnews/rep-jeffries-nan-gwen-carr-announce-reintroduction-of-bill-to-criminalize-the-chokehold/',
  'https://www.govinfo.gov/content/pkg/BILLS-116s3895is/xml/BILLS-116s3895is.xml',
];

export const hr1280ChokeholdSection242: Overlay = {
  id: 'hr-1280-chokehold-section-242',
  title: 'H.R. 1280: a chokehold is a deprivation of rights under 18 U.S.C. 242',
  cite: GARNER_ACT_CITE,
  unconfirmed:
    'The Eric Garner Act is reported as "included in" the 2021 bill (NAN/Jeffries, Mar. 1, 2021); its text in H.R. 1280 is UNCONFIRMED. The standalone Senate version adds blood-flow maneuvers and carotid restraints and says "a deprivation of a right".',
  patches: [
    {
      op: 'add',
      definition: 'section242.deprivation',
      rule: {
        id: 'hr-1280.chokehold.deprivation',
        cite: GARNER_ACT_CITE,
        text: 'The application of pressure to the throat or windpipe, or a maneuver restricting blood or oxygen flow to the brain, is a punishment, pain, or penalty and a deprivation of a right under § 242.',
        when: NECK,
        then: value(true),
        priority: 200,
        sources: GARNER_ACT_SOURCES,
      },
    },
    {
      op: 'add',
      definition: 'section242.fairWarning',
      rule: {
        id: 'hr-1280.chokehold.statutory-warning',
        cite: `${GARNER_ACT_CITE}; United States v. Lanier, 520 U.S. 259 (1997)`,
        text: 'A statute that itself declares specific conduct a deprivation supplies the fair warning Lanier requires, for conduct after it takes effect.',
        when: NECK,
        then: value(true),
        priority: 300,
        sources: GARNER_ACT_SOURCES,
      },
    },
  ],
};
