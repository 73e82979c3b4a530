import {
  and,
  type Definition,
  definition,
  eq,
  fact,
  has,
  hasAny,
  isFalse,
  isTrue,
  not,
  oneOf,
  or,
  ref,
  value,
} from '../../engine/index.js';
import { beforeEnactment } from '../enactment.js';

/**
 * 18 U.S.C. 242, deprivation of rights under color of law: anyone acting under color of law who
 * "willfully" subjects a person to the deprivation of a federal right.
 * - "Willfully" (Screws, 1945): specific intent to deprive of a right made definite; an officer who
 *   meant to do the act and knew it was unlawful acts willfully. Recklessness about a risk of harm
 *   does not; some circuits equate reckless disregard of a clearly defined right with willfulness
 *   (Reese, 9th Cir. 1993), UNCONFIRMED as a general rule. Negligence, mistake or fear do not.
 * - Fair warning (Lanier, 1997) is the same as "clearly established" in qualified immunity, and an
 *   obvious violation gives fair warning (Hope v. Pelzer, 2002). It is constitutional, so no change
 *   of the mental state removes it.
 * - The penalty tiers have dates, and the ceiling is the one in force on the date of the conduct (a
 *   later, higher ceiling would be ex post facto): 1 year before Apr. 11, 1968; then life if death
 *   results; a 10-year bodily-injury tier from Nov. 18, 1988 (UNCONFIRMED); today's text, with the
 *   dangerous-weapon tier and the death penalty, from Sept. 13, 1994.
 * - A "dangerous weapon" is a question of fact: a firearm is one; other force used as a weapon
 *   (a dog, a Taser, a baton or flashlight, a vehicle, kicks) is one only if the jury so finds.
 */

/** The mental state of the incident, as the finder of fact found it (or the user assumes it). */
const MENTAL_STATE = fact('findings.mentalState');

const SCREWS = 'Screws v. United States, 325 U.S. 91 (1945)';
const SCREWS_SOURCES = [
  'https://en.wikipedia.org/wiki/Screws_v._United_States',
  'https://en.wikisource.org./wiki/Page:DOJ_Report_on_Shooting_of_Michael_Brown.djvu/86',
];

export const section242MentalState: Definition = definition(
  'section242.mentalStateMet',
  'The officer acted with the mental state § 242 requires',
  [
    {
      id: 'screws-v-united-states.recklessness-not-willful',
      cite: '18 U.S.C. 242 ("willfully"); Screws v. United States, 325 U.S. 91, 105-07 (1945) (plurality); United States v. Reese, 2 F.3d 870, 881 (9th Cir. 1993)',
      text: 'Recklessness about a risk of harm is not willfulness: the officer must have meant to do the act and known it was wrong. Some circuits treat reckless disregard of a clearly defined right as willful.',
      when: eq(MENTAL_STATE, 'reckless'),
      then: value(false),
      unconfirmed:
        'Some circuits (United States v. Reese, 9th Cir. 1993; United States v. Dise, 3d Cir. 1985) accept reckless disregard of a clearly established right as willfulness; that is not a general rule and no Supreme Court holding says so.',
      sources: [...SCREWS_SOURCES, 'https://app.midpage.ai/document/united-states-v-juan-dale-reese-628300'],
    },
    {
      id: 'screws-v-united-states.specific-intent',
      cite: `18 U.S.C. 242 ("willfully"); ${SCREWS}; United States v. McClean (2d Cir. 1976)`,
      text: '"Willfully" requires a specific intent to deprive the victim of a right made definite by the Constitution, federal law, or decisions interpreting them: met by an officer who meant to deprive (purpose) or who meant to do the act and knew it was unlawful (knowing); not by mistake, fear, misperception or poor judgment.',
      then: oneOf(MENTAL_STATE, ['purpose', 'knowing']),
      sources: SCREWS_SOURCES,
    },
  ],
);

export const section242FairWarning: Definition = definition(
  'section242.fairWarning',
  'Pre-existing law made the unlawfulness of the conduct apparent (fair warning)',
  [
    {
      id: 'hope-v-pelzer.obvious-fair-warning',
      cite: 'Hope v. Pelzer, 536 U.S. 730, 741 (2002); United States v. Lanier, 520 U.S. 259 (1997)',
      text: 'An obviously unlawful act gives fair warning even without a factually similar precedent.',
      when: isTrue('findings.obviousViolation'),
      then: value(true),
      sources: ['https://law.onecle.com/ussc/536/536us740.html'],
    },
    {
      id: 'united-states-v-lanier.fair-warning',
      cite: 'United States v. Lanier, 520 U.S. 259 (1997)',
      text: 'Due process requires fair warning before § 242 liability: whether pre-existing law made the unlawfulness of the conduct apparent, the same standard as "clearly established" in qualified immunity.',
      then: eq(fact('findings.clearlyEstablished'), true),
      sources: ['https://law.onecle.com/ussc/520/520us270.html'],
    },
  ],
);

export const section242Deprivation: Definition = definition(
  'section242.deprivation',
  'The officer subjected the person to the deprivation of a federal right',
  [
    {
      id: 'usc-18-242.deprivation-of-right',
      cite: '18 U.S.C. 242',
      text: '... subjects any person ... to the deprivation of any rights, privileges, or immunities secured or protected by the Constitution or laws of the United States.',
      then: eq(fact('findings.rightViolated'), true),
    },
  ],
);

export const section242Charge: Definition = definition(
  'section242.charge',
  'A federal criminal charge under 18 U.S.C. 242 lies against the officer',
  [
    ...beforeEnactment({
      id: 'usc-18-242.before-enactment',
      cite: 'Civil Rights Act of 1866, § 2',
      text: '18 U.S.C. 242 derives from § 2 of the Civil Rights Act of 1866; before that act there was no such federal crime.',
      enacted: { year: 1866 },
      sources: ['https://www.everycrsreport.com/reports/LSB10495.html'],
    }),
    {
      id: 'usc-18-242.color-of-law',
      cite: '18 U.S.C. 242',
      text: 'Whoever, under color of any law, statute, ordinance, regulation, or custom ... (covers acts within and beyond lawful authority while purporting to act officially).',
      when: isFalse('officer.underColorOfLaw'),
      then: value('unavailable'),
      tags: { blockedBy: 'no-color-of-law' },
      sources: ['https://www.everycrsreport.com/reports/LSB10495.html'],
    },
    {
      id: 'usc-18-242.deprivation',
      cite: '18 U.S.C. 242',
      text: '... subjects any person ... to the deprivation of any rights, privileges, or immunities secured or protected by the Constitution or laws of the United States.',
      when: not(ref('section242.deprivation')),
      then: value('unavailable'),
      tags: { blockedBy: 'no-violation' },
    },
    {
      id: 'usc-18-242.willfully',
      // The element only: which mental state meets it is section242.mentalStateMet's to say (Screws
      // today, H.R. 1280 § 101 under that bill), and the route cites the rule that said it.
      cite: '18 U.S.C. 242 (the mental state)',
      text: 'Whoever ... willfully subjects any person ... to the deprivation of any rights: no charge without the mental state the statute requires.',
      when: not(ref('section242.mentalStateMet')),
      then: value('unavailable'),
      tags: { blockedBy: 'mental-state' },
    },
    {
      id: 'usc-18-242.fair-warning',
      cite: 'United States v. Lanier, 520 U.S. 259 (1997)',
      text: 'No § 242 liability without fair warning that the conduct was unlawful.',
      when: not(ref('section242.fairWarning')),
      then: value('unavailable'),
      tags: { blockedBy: 'fair-warning' },
    },
    {
      id: 'usc-18-242.offense',
      cite: '18 U.S.C. 242',
      text: 'Whoever, under color of any law ... willfully subjects any person ... to the deprivation of any rights ... shall be fined under this title or imprisoned.',
      then: value('available'),
    },
  ],
);

/** The dates of § 242's penalty tiers: the acts that set them (Ex Post Facto: the ceiling on the conduct's date). */
export const PUB_L_90_284 = '1968-04-11';
export const PUB_L_100_690 = '1988-11-18';
export const PUB_L_103_322 = '1994-09-13';

const PENALTY_SOURCES = [
  'https://uscode.house.gov/view.xhtml?edition=1994&num=0&req=granuleid%3AUSC-1994-title18-section242',
  'https://levende-gemeenschap.eu/2022/03/19/18-us-code-%C2%A7-242-ontneming-van-rechten-op-grond-van-de-wet/',
  'https://volokh.com/posts/1221157151.shtml',
];

/**
 * Force that may be used as a dangerous weapon, a question of fact for the jury (a police dog was
 * held one at a sentencing; DOJ has charged a metal flashlight and a kick to the head as such). A
 * firearm is one as a matter of course, so it is not on this list.
 */
export const FORCE_THAT_MAY_BE_A_DANGEROUS_WEAPON = [
  'k9',
  'taser',
  'impact-weapon',
  'vehicle',
  'bodily-force',
];

/** The jury's finding that the force used was a dangerous weapon: the fact that settles the 10-year tier. */
export const DANGEROUS_WEAPON = 'findings.dangerousWeapon';

const BODILY_INJURY = oneOf(fact('harm'), ['injury', 'serious-injury']);

export const section242MaxPenalty: Definition = definition(
  'section242.maxPenalty',
  'The highest sentence § 242 allows for the conduct, under the text in force on the date of the conduct',
  [
    {
      id: 'usc-18-242.death-results',
      cite: '18 U.S.C. 242, as amended by Pub. L. 103-322 (Sept. 13, 1994)',
      text: '... if death results from the acts committed in violation of this section ... shall be fined under this title, or imprisoned for any term of years or for life, or both, or may be sentenced to death.',
      when: eq(fact('harm'), 'death'),
      then: value('death'),
      inForce: { from: PUB_L_103_322 },
      sources: PENALTY_SOURCES,
    },
    {
      id: 'usc-18-242.death-results-1968',
      cite: '18 U.S.C. 242, as amended by Pub. L. 90-284, § 103(b) (Apr. 11, 1968)',
      text: '... if death results shall be subject to imprisonment for any term of years or for life (no death penalty before Sept. 13, 1994).',
      when: eq(fact('harm'), 'death'),
      then: value('life'),
      inForce: { from: PUB_L_90_284, until: PUB_L_103_322 },
      sources: PENALTY_SOURCES,
    },
    {
      id: 'usc-18-242.bodily-injury-or-weapon',
      cite: '18 U.S.C. 242, as amended by Pub. L. 103-322 (Sept. 13, 1994)',
      text: '... if bodily injury results from the acts committed in violation of this section or if such acts include the use, attempted use, or threatened use of a dangerous weapon, explosives, or fire, shall be fined under this title or imprisoned not more than ten years, or both. A firearm is a dangerous weapon.',
      when: or(BODILY_INJURY, has(fact('conduct.force'), 'firearm')),
      then: value('10y'),
      inForce: { from: PUB_L_103_322 },
      sources: PENALTY_SOURCES,
    },
    {
      id: 'usc-18-242.bodily-injury-1988',
      cite: '18 U.S.C. 242, as amended by Pub. L. 100-690, § 7019 (Nov. 18, 1988)',
      text: '... if bodily injury results shall be fined under this title or imprisoned not more than ten years, or both.',
      when: BODILY_INJURY,
      then: value('10y'),
      inForce: { from: PUB_L_100_690, until: PUB_L_103_322 },
      unconfirmed:
        'A 10-year tier for bodily injury existed by 1994; that Pub. L. 100-690 (Nov. 18, 1988) added it is not confirmed.',
      sources: PENALTY_SOURCES,
    },
    {
      id: 'usc-18-242.dangerous-weapon',
      cite: '18 U.S.C. 242, as amended by Pub. L. 103-322 (Sept. 13, 1994); United States v. Mohr, 318 F.3d 613 (4th Cir. 2003)',
      text: '"Dangerous weapon" is not defined by § 242; whether force used as a weapon (a police dog, a Taser, a baton or flashlight, a vehicle, a kick) was one is a question of fact: an instrument capable of inflicting death or serious bodily injury.',
      when: and(
        hasAny(fact('conduct.force'), FORCE_THAT_MAY_BE_A_DANGEROUS_WEAPON),
        isTrue(DANGEROUS_WEAPON),
      ),
      then: value('10y'),
      inForce: { from: PUB_L_103_322 },
      unconfirmed:
        'No holding was found that a Taser or a baton is a dangerous weapon under § 242; a trial court treated a police dog as one (Mohr, D. Md. 2001; affirmed on other grounds).',
      sources: [
        'https://www.washingtontimes.com/news/2001/dec/11/20011211-033934-2821r/',
        'https://caselaw.findlaw.com/court/us-8th-circuit/115241148.html',
      ],
    },
    {
      id: 'usc-18-242.base-penalty',
      cite: '18 U.S.C. 242',
      text: '... shall be fined under this title or imprisoned not more than one year, or both. (Before Apr. 11, 1968 this was the only penalty, whatever the harm.)',
      then: value('1y'),
      sources: PENALTY_SOURCES,
    },
  ],
);
