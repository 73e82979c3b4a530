import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listRules, type Regime, type Rule, rulesInForce } from '../engine/index.js';
import {
  AGENCY_REGIME_SPECS,
  AGENCY_REGIMES,
  evaluateAgency,
  parseAgencyProfile,
  sideBySide,
} from './agency/index.js';
import { cityProfile, federalProfile } from './agency/testkit.js';
import type { Incident } from './incident.js';
import { parseIncident } from './parse.js';
import { PROVISIONS, REGIMES, STATE_AND_LOCAL_LAWS } from './regimes.js';
import { compileDecisions, evaluateIncident, type Result } from './results.js';
import { anywhere, inPlace } from './states/index.js';
import { arbitraryIncident, namesProjectFile, projectFileTexts } from './testkit.js';
import { ROUTES } from './vocabulary.js';

/**
 * Cross-checks over every regime (issue 9, "Done when"): for every corpus case and 10,000 seeded
 * random incidents, each route's `decidedBy` is a rule of that regime, in force on the incident's
 * date (not shadowed by a replacement in force then); and no citation, in any rule of any regime
 * or anywhere in a result, names a file of the project instead of the law; nor does any other text
 * a user sees (rule texts and notes, UNCONFIRMED texts, reasons, agency rows' notes, and the
 * bundled cases' and parameters' notes).
 */

const CASES_DIR = new URL('../../data/cases/', import.meta.url);
const corpus: Incident[] = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => parseIncident(readFileSync(new URL(f, CASES_DIR), 'utf8'), `data/cases/${f}`));

const DAY = 86_400_000;
/** Dates far before the laws (1800) and after today (2100), and the edges of the laws' starts. */
const wideDate = fc.oneof(
  fc
    .integer({ min: Date.UTC(1800, 0, 1) / DAY, max: Date.UTC(2100, 11, 31) / DAY })
    .map((d) => new Date(d * DAY).toISOString().slice(0, 10)),
  fc.constantFrom(
    '1865-12-31',
    '1866-01-01',
    '1866-07-04',
    '1867-01-01',
    '1870-12-31',
    '1871-04-20',
    '1872-01-01',
  ),
);
/** The random incidents of the law's property tests, a third of them moved to a wide date. */
const incidents: Incident[] = fc.sample(
  fc
    .tuple(arbitraryIncident, fc.option(wideDate, { freq: 2 }))
    .map(([incident, date]) => (date === null ? incident : { ...incident, date })),
  { numRuns: 10_000, seed: 9242 },
);

/** Each rule of a regime, with the rules of its definition (to tell whether it is in force). */
function rulesOf(regime: Regime): Map<string, { rule: Rule; siblings: readonly Rule[] }> {
  const out = new Map<string, { rule: Rule; siblings: readonly Rule[] }>();
  for (const def of regime.definitions.values())
    for (const rule of def.rules) out.set(rule.id, { rule, siblings: def.rules });
  return out;
}

const REGIME_RULES = new Map([...REGIMES.values()].map((r) => [r.id, rulesOf(r)]));

/** Why a route's decidedBy is wrong for the regime and date, or null when it is right. */
function decidedByProblem(
  regime: Regime,
  date: string,
  route: string,
  decidedBy: string | null,
): string | null {
  if (decidedBy === null) return null;
  const found = REGIME_RULES.get(regime.id)?.get(decidedBy);
  if (!found) return `${route}: decidedBy ${decidedBy} is not a rule of ${regime.id}`;
  if (!rulesInForce(found.siblings, date).includes(found.rule))
    return `${route}: decidedBy ${decidedBy} is not in force under ${regime.id} on ${date}`;
  return null;
}

/** Every citation a result carries: its routes', their reasons', the tactics', funding's, reporting's. */
function citesOf(result: Result): string[] {
  const cites: string[] = [];
  for (const name of ROUTES) {
    const route = result.routes[name];
    if (route.cite) cites.push(route.cite);
    for (const reason of route.reasons) cites.push(reason.cite);
  }
  for (const t of result.tactics) cites.push(t.cite);
  for (const f of result.funding) cites.push(f.cite);
  for (const r of result.reporting) cites.push(r.cite);
  cites.push(result.standards.deadlyForce.cite);
  return cites;
}

describe('every route is decided by a rule of its regime, in force on the incident date', () => {
  it.each([...REGIMES.values()].map((r) => [r.id, r] as const))(
    'under %s, for every corpus case (full results) and 10,000 random incidents (compiled, same choice of rule)',
    (_, regime) => {
      const problems: string[] = [];
      for (const incident of corpus) {
        const result = evaluateIncident(regime, incident);
        for (const name of ROUTES) {
          const p = decidedByProblem(regime, incident.date, name, result.routes[name].decidedBy);
          if (p) problems.push(`${incident.id}: ${p}`);
        }
      }
      const decide = compileDecisions(regime);
      for (const incident of incidents) {
        const decisions = decide(incident);
        for (const name of ROUTES) {
          const p = decidedByProblem(regime, incident.date, name, decisions[name].decidedBy);
          if (p) problems.push(`${incident.id} on ${incident.date}: ${p}`);
        }
        if (problems.length > 20) break;
      }
      expect(problems).toEqual([]);
    },
  );

  it('the compiled choice of the deciding rule is the full result’s (corpus and 150 random incidents, every regime)', () => {
    for (const regime of REGIMES.values()) {
      const decide = compileDecisions(regime);
      for (const incident of [...corpus, ...incidents.slice(0, 150)]) {
        const result = evaluateIncident(regime, incident);
        const decisions = decide(incident);
        for (const name of ROUTES) {
          const { status, decidedBy, cite } = result.routes[name];
          expect(decisions[name], `${incident.id} on ${incident.date}, ${regime.id}, ${name}`).toEqual({
            status,
            decidedBy,
            cite,
          });
        }
      }
    }
  });

  it('the random incidents reach the dates the law does not: before 1866 and 1871, and after today', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(incidents.filter((x) => x.date < '1866-01-01').length).toBeGreaterThan(100);
    expect(incidents.filter((x) => x.date >= '1866-01-01' && x.date < '1872-01-01').length).toBeGreaterThan(
      50,
    );
    expect(incidents.filter((x) => x.date > today).length).toBeGreaterThan(100);
  });
});

/** A regime as a user may read it: its title, provisions, definitions and every rule (GET /v1/regimes/:id). */
const regimePage = (regime: Regime) => ({
  title: regime.title,
  provisions: regime.overlays.map((o) => ({
    id: o.id,
    title: o.title,
    cite: o.cite,
    unconfirmed: o.unconfirmed,
  })),
  definitions: [...regime.definitions.values()].map((d) => ({ id: d.id, description: d.description })),
  rules: Object.fromEntries(listRules(regime).map((r) => [r.id, r])),
});

const AGENCIES_DIR = new URL('../../data/agencies/', import.meta.url);
/** The bundled agency profiles and probes across the dates the agency law changes on. */
const agencyProfiles = [
  ...readdirSync(AGENCIES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parseAgencyProfile(readFileSync(new URL(f, AGENCIES_DIR), 'utf8'), `data/agencies/${f}`)),
  ...['2019-06-01', '2021-03-03', '2023-06-01', '2025-06-01'].flatMap((date) => [
    cityProfile({ date }),
    cityProfile({ date, grants: { byrneJag: 'state-subgrant', cops: false } }),
    federalProfile({ date }),
  ]),
];

describe('citations name the law, never a file of the project', () => {
  it('the check itself catches a project file, and lets the law through', () => {
    for (const bad of [
      'LAW.md §1.1',
      'see DESIGN.md',
      'src/law/federal/ftca.ts',
      '../shared/LAW.md §5',
      'NEGOTIATION.md §3',
      'An employer-liability proposal: §0 E19 gives it no obligation on agencies.',
      'not in LAW (§1.4)',
      'data/cases/garner-2014.yaml',
    ])
      expect(namesProjectFile(bad), bad).toBe(true);
    for (const good of [
      '42 U.S.C. 1983',
      'Screws v. United States, 325 U.S. 91 (1945)',
      'H.R. 1280 (117th Cong.) § 101, amending 18 U.S.C. 242',
      'Civil Rights Act of 1871, § 1, 17 Stat. 13',
      'Exec. Order No. 14074, 87 Fed. Reg. 32945 (2022)',
      'The sources Recourse encodes from date the proviso to 1974; the day (16 March 1974, Pub. L. 93-253) is not in them.',
      'Officers designated by the Attorney General; the law of the State, as designed.',
      'S. 3985 (116th Cong.) as introduced contains no accreditation provision.',
    ])
      expect(namesProjectFile(good), good).toBe(false);
  });

  it.each([...REGIMES.values()].map((r) => [r.id, r] as const))(
    'no rule of %s cites a project file',
    (_, regime) => {
      const bad = [...regime.definitions.values()]
        .flatMap((def) => def.rules)
        .filter((rule) => namesProjectFile(rule.cite))
        .map((rule) => `${rule.id}: ${rule.cite}`);
      expect(bad).toEqual([]);
    },
  );

  it('no result cites a project file (every corpus case and 300 random incidents, every regime)', () => {
    const bad = new Set<string>();
    for (const regime of REGIMES.values())
      for (const incident of [...corpus, ...incidents.slice(0, 300)])
        for (const cite of citesOf(evaluateIncident(regime, incident)))
          if (namesProjectFile(cite)) bad.add(`${regime.id}: ${cite}`);
    expect([...bad]).toEqual([]);
  });
});

describe('no text a user sees names a file of the project', () => {
  it.each([...REGIMES.values()].map((r) => [r.id, r] as const))(
    'the regime %s: its title, provisions, definitions and every rule (text, UNCONFIRMED, citation)',
    (_, regime) => {
      expect(projectFileTexts(regimePage(regime), regime.id)).toEqual([]);
    },
  );

  it('every provision and every state or local law, with the rules each adds (GET /v1/provisions, `with`)', () => {
    const overlays = [
      ...PROVISIONS.values(),
      ...STATE_AND_LOCAL_LAWS.flatMap((law) => [inPlace(law), anywhere(law)]),
    ];
    const bad = overlays.flatMap((o) => projectFileTexts(o, o.id));
    expect(bad).toEqual([]);
  });

  it('every result: routes, reasons, tactics, funding, reporting, warnings (corpus and 300 random incidents, every regime)', () => {
    const bad = new Set<string>();
    for (const regime of REGIMES.values())
      for (const incident of [...corpus, ...incidents.slice(0, 300)])
        for (const text of projectFileTexts(
          evaluateIncident(regime, incident),
          `${regime.id}/${incident.id}`,
        ))
          bad.add(text);
    expect([...bad]).toEqual([]);
  });

  it('every agency regime: its rules, the rows each bill leaves alone and the side-by-side (GET /v1/agency/regimes)', () => {
    const bad = [
      ...AGENCY_REGIME_SPECS.flatMap((spec) =>
        projectFileTexts({ title: spec.title, notAddressed: spec.notAddressed ?? [] }, spec.id),
      ),
      ...[...AGENCY_REGIMES.values()].flatMap((r) => projectFileTexts(regimePage(r), `agency ${r.id}`)),
      ...projectFileTexts(sideBySide(), 'side-by-side'),
    ];
    expect(bad).toEqual([]);
  });

  it(`every agency result: obligations, grants at risk and their notes, crimes, rows not addressed (${agencyProfiles.length} profiles, every agency regime)`, () => {
    const bad = new Set<string>();
    for (const regime of AGENCY_REGIMES.values())
      for (const profile of agencyProfiles)
        for (const text of projectFileTexts(evaluateAgency(regime, profile), `${regime.id}/${profile.id}`))
          bad.add(text);
    expect([...bad]).toEqual([]);
  });
});

/** The notes a user reads with a bundled case (GET /v1/cases/:id): its notes and its sources' notes. */
const caseNotes = (incident: Incident) => ({
  notes: incident.notes ?? null,
  sourceNotes: (incident.sources ?? []).map((s) => s.note ?? null),
});

describe('no note of the bundled data names a file of the project', () => {
  it('the check reaches the notes: a planted project file in a case note is found', () => {
    const incident = corpus[0] as Incident;
    const planted = { ...incident, sources: [{ url: 'https://example.org', note: 'Cited by LAW.md §0 E8' }] };
    expect(projectFileTexts(caseNotes(planted), planted.id)).toEqual([
      `${planted.id}.sourceNotes.0: Cited by LAW.md §0 E8`,
    ]);
  });

  it(`every bundled case's notes and its sources' notes (${corpus.length} cases)`, () => {
    expect(corpus.flatMap((incident) => projectFileTexts(caseNotes(incident), incident.id))).toEqual([]);
  });
});

describe('a date the law does not reach', () => {
  const at = (date: string) =>
    parseIncident(`
      id: constable-beating
      date: ${date}
      place: { state: GA }
      officer: { employer: local, role: police, underColorOfLaw: true, withinScopeOfEmployment: true }
      agency: { patternOrPractice: true, policyOrCustomCaused: true }
      conduct: { force: [impact-weapon], claims: [excessive-force] }
      harm: death
      findings: { rightViolated: true, clearlyEstablished: true, mentalState: purpose }
    `);

  it.each([...REGIMES.values()].map((r) => [r.id, r] as const))(
    'in 1850, under %s, § 1983, Monell, § 242 and § 12601 are not in force',
    (_, regime) => {
      const routes = evaluateIncident(regime, at('1850-06-01')).routes;
      for (const name of ['officerSuit', 'federalProsecution', 'patternOrPractice'] as const)
        expect(routes[name], name).toMatchObject({ status: 'unavailable', blockedBy: 'not-in-force' });
      // Under scott-2021 the employer's liability is the proposal's own action, evaluated as if in
      // force; under every other regime it is § 1983's, which did not exist.
      if (regime.id !== 'scott-2021')
        expect(routes.employerSuit).toMatchObject({ status: 'unavailable', blockedBy: 'not-in-force' });
    },
  );

  it('a date after today is evaluated under the law as encoded, with a warning; a past date has none', () => {
    const current = REGIMES.get('current') as Regime;
    const future = evaluateIncident(current, at('2031-05-05'), { today: '2026-12-02' });
    expect(future.routes.federalProsecution.status).toBe('available');
    expect(future.warnings).toEqual([
      "The incident's date 2031-05-05 is after today (2026-12-02): it is evaluated under the law as encoded today, which may change before then.",
    ]);
    expect(evaluateIncident(current, at('2026-12-02'), { today: '2026-12-02' }).warnings).toEqual([]);
  });
});
