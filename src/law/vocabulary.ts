/**
 * The vocabulary of the incident format v1 (DESIGN.md §4), defined once and used by the schema,
 * the fact catalogue and the rules.
 */
/** US states, the District of Columbia and the territories, by postal code. */
export const STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
] as const;

export const EMPLOYERS = ['federal', 'state', 'local', 'tribal'] as const;
export const ROLES = ['police', 'corrections', 'other-official'] as const;
export const CHOKEHOLD_RULES = [
  'none',
  'policy-deadly-force-exception',
  'policy',
  'law-deadly-force-exception',
  'law',
] as const;
export const NO_KNOCK_RULES = ['none', 'restricted', 'banned'] as const;
/** Where the agency stands with an accreditation (credentialing) body, as EO 13929 asked. */
export const CREDENTIALING = ['credentialed', 'application-pending', 'none'] as const;
export const FORCES = [
  'chokehold',
  'carotid-restraint',
  'firearm',
  'taser',
  'impact-weapon',
  'bodily-force',
  'k9',
  'chemical-agent',
  'prone-restraint',
  'vehicle',
] as const;
export const WARRANTS = ['drug', 'violent-crime', 'other', 'none'] as const;
export const CLAIMS = [
  'excessive-force',
  'unlawful-search',
  'unlawful-seizure',
  'false-arrest',
  'speech-retaliation',
  'conditions-of-confinement',
  'medical-neglect',
  'property-taking',
  'failure-to-intervene',
] as const;
export const HARMS = ['none', 'injury', 'serious-injury', 'death'] as const;
export const MENTAL_STATES = ['purpose', 'knowing', 'reckless', 'negligent', 'none'] as const;
/** The federal department employing a federal officer: the DOJ's 2021 policy binds only its own. */
export const DEPARTMENTS = ['justice', 'homeland-security', 'other'] as const;

export const ROUTES = [
  'officerSuit',
  'employerSuit',
  'stateSuit',
  'federalProsecution',
  'patternOrPractice',
] as const;
export type RouteName = (typeof ROUTES)[number];

export const STATUSES = ['available', 'unavailable', 'not-applicable', 'undetermined'] as const;
export type RouteStatus = (typeof STATUSES)[number];

export const BLOCKERS = [
  'qualified-immunity',
  'no-policy-or-custom',
  'mental-state',
  'fair-warning',
  'no-violation',
  'no-color-of-law',
  'bivens-new-context',
  'not-in-force',
  'not-covered',
  'good-faith-immunity',
  'no-pattern-or-practice',
  'not-within-scope',
] as const;
export type Blocker = (typeof BLOCKERS)[number];

export const PENALTIES = ['1y', '10y', 'life', 'death'] as const;
export type MaxPenalty = (typeof PENALTIES)[number];

export const TACTIC_RULES = [
  'prohibited',
  'restricted',
  'funding-condition',
  'reporting-only',
  'unregulated',
] as const;
export type TacticRule = (typeof TACTIC_RULES)[number];

export const GRANTS = ['byrne-jag', 'cops', 'doj-discretionary'] as const;
export type Grant = (typeof GRANTS)[number];
