import {
  type Definition,
  definition,
  eq,
  fact,
  has,
  isFalse,
  isTrue,
  not,
  oneOf,
  or,
  ref,
  value,
} from '../../engine/index.js';

/**
 * 18 U.S.C. 242, deprivation of rights under color of law (LAW.md §1.5): anyone acting under
 * color of law who "willfully" subjects a person to the deprivation of a federal right.
 * - "Willfully" requires specific intent to deprive of a federal right (Screws, 1945): of the
 *   incident's mental states only `purpose` meets it.
 * - Fair warning (Lanier, 1997) is the same as "clearly established" in qualified immunity, and an
 *   obvious violation gives fair warning (Hope v. Pelzer, 2002). It is constitutional, so no change
 *   of the mental state removes it.
 * - Three penalty tiers: 1 year; 10 years if bodily injury results or a dangerous weapon is used;
 *   any term of years or life, or death, if death results.
 */
export const section242MentalState: Definition = definition(
  'section242.mentalStateMet',
  'The officer acted with the mental state § 242 requires',
  [
    {
      id: 'screws-v-united-states.specific-intent',
      cite: '18 U.S.C. 242 ("willfully"); Screws v. United States, 325 U.S. 91 (1945)',
      text: '"Willfully" requires a specific intent to deprive the victim of a right made definite by the Constitution, federal law, or decisions interpreting them.',
      then: eq(fact('findings.mentalState'), 'purpose'),
      sources: ['https://en.wikipedia.org/wiki/Screws_v._United_States'],
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
      cite: '18 U.S.C. 242 ("willfully"); Screws v. United States, 325 U.S. 91 (1945)',
      text: 'Whoever ... willfully subjects any person ... to the deprivation of any rights.',
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

export const section242MaxPenalty: Definition = definition(
  'section242.maxPenalty',
  'The highest sentence § 242 allows for the conduct',
  [
    {
      id: 'usc-18-242.death-results',
      cite: '18 U.S.C. 242',
      text: '... if death results from the acts committed in violation of this section ... shall be fined under this title, or imprisoned for any term of years or for life, or both, or may be sentenced to death.',
      when: eq(fact('harm'), 'death'),
      then: value('death'),
    },
    {
      id: 'usc-18-242.bodily-injury-or-weapon',
      cite: '18 U.S.C. 242',
      text: '... if bodily injury results from the acts committed in violation of this section or if such acts include the use, attempted use, or threatened use of a dangerous weapon, explosives, or fire, shall be fined under this title or imprisoned not more than ten years, or both.',
      when: or(oneOf(fact('harm'), ['injury', 'serious-injury']), has(fact('conduct.force'), 'firearm')),
      then: value('10y'),
      unconfirmed:
        'LAW.md does not say which kinds of force are a "dangerous weapon": only a firearm counts here, and other force (a taser, a baton, a dog, a vehicle) is not counted.',
    },
    {
      id: 'usc-18-242.base-penalty',
      cite: '18 U.S.C. 242',
      text: '... shall be fined under this title or imprisoned not more than one year, or both.',
      then: value('1y'),
    },
  ],
);
