import type { Blocker, MaxPenalty, RouteName, RouteStatus, TacticRule } from '../../src/law/index.js';

/** The law's identifiers in plain words, for people with no legal training. */

export const ROUTE_ORDER: readonly RouteName[] = [
  'officerSuit',
  'employerSuit',
  'stateSuit',
  'federalProsecution',
  'patternOrPractice',
];

export const ROUTE_WORDS: Readonly<Record<RouteName, { readonly name: string; readonly about: string }>> = {
  officerSuit: { name: 'Sue the officer', about: 'damages from the officer (42 U.S.C. 1983, Bivens)' },
  employerSuit: { name: 'Sue the employer', about: 'damages from the city, county or government (Monell)' },
  stateSuit: { name: 'State civil-rights suit', about: 'a state or local civil-rights action' },
  federalProsecution: { name: 'Federal prosecution', about: 'a criminal charge under 18 U.S.C. 242' },
  patternOrPractice: { name: 'DOJ pattern-or-practice', about: 'a DOJ civil action against the department' },
};

export const STATUS_WORDS: Readonly<Record<RouteStatus, string>> = {
  available: 'Open',
  unavailable: 'Closed',
  'not-applicable': 'Not applicable',
  undetermined: 'Depends on facts',
};

export const STATUS_MARK: Readonly<Record<RouteStatus, string>> = {
  available: '✓',
  unavailable: '✕',
  'not-applicable': '–',
  undetermined: '?',
};

export const BLOCKER_WORDS: Readonly<Record<Blocker, string>> = {
  'qualified-immunity': 'qualified immunity',
  'no-policy-or-custom': 'no policy or custom',
  'mental-state': 'mental state not proved',
  'fair-warning': 'no fair warning',
  'no-violation': 'no violation',
  'no-color-of-law': 'not under color of law',
  'bivens-new-context': 'Bivens: new context',
  'not-in-force': 'not in force then',
  'not-covered': 'the law does not reach this',
  'good-faith-immunity': 'good-faith immunity',
  'no-pattern-or-practice': 'no pattern or practice',
  'not-within-scope': 'outside the scope of employment',
};

export const PENALTY_WORDS: Readonly<Record<MaxPenalty, string>> = {
  '1y': '1 year',
  '10y': '10 years',
  life: 'life',
  death: 'death',
};

export const TACTIC_WORDS: Readonly<Record<TacticRule, string>> = {
  prohibited: 'prohibited',
  restricted: 'restricted',
  'funding-condition': 'a condition of federal money',
  'reporting-only': 'reported only',
  unregulated: 'unregulated',
};

export const GRANT_WORDS: Readonly<Record<string, string>> = {
  'byrne-jag': 'Byrne JAG grant',
  cops: 'COPS grant',
  'doj-discretionary': 'DOJ discretionary grants',
};

/** Plain words for the groups of the incident format. */
export const GROUP_WORDS: Readonly<Record<string, { readonly title: string; readonly about: string }>> = {
  place: { title: 'Where it happened', about: 'State and local laws apply by place and date.' },
  officer: { title: 'The officer', about: 'Who the officer worked for and how they acted.' },
  agency: { title: 'The department', about: 'Its federal grants, its rules and its record.' },
  conduct: { title: 'What was done', about: 'The force used, the entry, and the claims.' },
  harm: { title: 'The harm', about: 'What happened to the person.' },
  findings: {
    title: 'What was found',
    about: 'What a court, a jury or a prosecutor found, or what you assume.',
  },
};

/** `officer.withinScopeOfEmployment` as "officer › within scope of employment". */
export function factWords(path: string): string {
  return path
    .split('.')
    .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' › ');
}

export function valueWords(v: unknown): string {
  if (v === null || v === undefined) return 'unknown';
  if (v === true) return 'yes';
  if (v === false) return 'no';
  if (Array.isArray(v)) return v.length === 0 ? 'none' : v.join(', ');
  return String(v);
}
