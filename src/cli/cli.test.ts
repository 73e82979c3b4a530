import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-in-process.js';

/**
 * The commands' output through main(argv, io), in-process; a reader that stops early reads the
 * built `recourse` binary in a child process (a closed pipe is the process's business).
 */

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.recourse as string;

const recourse = (...args: string[]) => runCli(args);

const dir = mkdtempSync(join(tmpdir(), 'recourse-cli-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const GARNER = file(
  'garner.yaml',
  `id: garner-2014
title: Eric Garner, Staten Island
date: 2014-07-17
place: { state: NY, locality: New York City }
officer: { employer: local, role: police, underColorOfLaw: true, withinScopeOfEmployment: true }
agency: { receivesByrneJag: true, receivesCops: true, chokeholdRule: policy, policyOrCustomCaused: false, deliberatelyIndifferentTraining: false, patternOrPractice: false }
conduct: { force: [chokehold], claims: [excessive-force] }
harm: death
findings: { rightViolated: true, mentalState: reckless }
`,
);

const FEDERAL_2023 = file(
  'federal.json',
  JSON.stringify({
    id: 'federal-agent-2023',
    date: '2023-03-01',
    // Near the border: a new Bivens context whatever the agency (Hernandez v. Mesa; LAW.md §0 E5).
    place: { state: 'TX', nearBorder: true },
    officer: { employer: 'federal', role: 'police', underColorOfLaw: true, withinScopeOfEmployment: true },
    conduct: { force: ['chokehold'], deadlyForceAuthorized: false, claims: ['excessive-force'] },
    harm: 'injury',
    findings: { rightViolated: true, clearlyEstablished: true, mentalState: 'purpose' },
  }),
);

describe('recourse evaluate', () => {
  it('prints each route with its status, blocker and citation', async () => {
    const r = await recourse('evaluate', GARNER);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('garner-2014 - Eric Garner, Staten Island (2014-07-17, New York City, NY)');
    expect(r.stdout).toMatch(/federalProsecution\s+unavailable\s+mental-state\s+max penalty death/);
    expect(r.stdout).toContain('Screws v. United States');
    expect(r.stdout).toMatch(
      /officerSuit\s+undetermined\s+needs findings.obviousViolation, findings.clearlyEstablished/,
    );
  });

  it('prints who may bring the pattern-or-practice action: state attorneys general too under H.R. 1280 § 103', async () => {
    const gray = join(ROOT, 'data', 'cases', 'gray-2015.yaml');
    const r = await recourse('evaluate', gray, '--regime', 'current', '--regime', 'gfjpa-2021');
    expect(r.code).toBe(0);
    // The details of a route go on the line after it.
    const all = r.stdout.split('\n');
    const lines = all.flatMap((l, i) => (l.includes('patternOrPractice') ? [all[i + 1] ?? ''] : []));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('brought by: united-states ');
    expect(lines[1]).toContain('brought by: united-states, state-attorney-general');
    expect(lines[1]).toContain('state-attorney-general-subpoena');
  });

  it('prints Result v1 as JSON for every regime by default', async () => {
    const r = await recourse('evaluate', GARNER, '--json');
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout);
    expect(results.map((x: { regime: string }) => x.regime)).toEqual([
      'current',
      'gfjpa-2021',
      'justice-act-2020',
      'scott-2021',
      'dem-final-offer-2021',
      'eo-14074',
    ]);
    expect(results.map((x: { hypothetical: boolean }) => x.hypothetical)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
    ]);
    const gfjpa = results[1];
    expect(gfjpa.routes.federalProsecution).toMatchObject({ status: 'available', maxPenalty: 'life' });
    expect(gfjpa.funding).toEqual(
      expect.arrayContaining([expect.objectContaining({ grant: 'byrne-jag', atRisk: true })]),
    );
  });

  it('says in text what the state laws leave open or add: an action not known to be in force yet, a state crime', async () => {
    // Its own directory: the test above evaluates every file of the shared one.
    const own = mkdtempSync(join(tmpdir(), 'recourse-cli-states-'));
    const ownFile = (name: string, text: string) => {
      writeFileSync(join(own, name), text);
      return join(own, name);
    };
    const brooklyn = ownFile(
      'brooklyn-2021.yaml',
      `id: brooklyn-chokehold-2021
date: 2021-04-10
place: { state: NY, locality: Brooklyn }
officer: { employer: local, role: police, underColorOfLaw: true }
conduct: { force: [chokehold], claims: [excessive-force] }
harm: death
findings: { rightViolated: true }
`,
    );
    const r = await recourse('evaluate', brooklyn, '--regime', 'current');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/stateSuit\s+undetermined\s+open: whether the law applied is not known/);
    expect(r.stdout).toContain(
      'state crime (chokehold): class-c-felony (N.Y. Penal Law § 121.13-a (Eric Garner Anti-Chokehold Act, 2020)) [UNCONFIRMED]',
    );
    const hartford = ownFile(
      'hartford-2022.yaml',
      `id: hartford-good-faith-2022
date: 2022-03-01
place: { state: CT, locality: Hartford }
officer: { employer: local, role: police, underColorOfLaw: true, goodFaithBelief: true }
findings: { rightViolated: true }
`,
    );
    const ct = await recourse('evaluate', hartford, '--regime', 'current');
    expect(ct.stdout).toMatch(
      /stateSuit\s+unavailable\s+good-faith-immunity\n\s+[^\n]*equitable relief survives/,
    );
    const [json] = JSON.parse((await recourse('evaluate', hartford, '--regime', 'current', '--json')).stdout);
    expect(json.routes.stateSuit.relief).toBe('equitable-only');
  });

  it('prints Result v1 as JSON, one result per incident and regime', async () => {
    const r = await recourse('evaluate', GARNER, FEDERAL_2023, '--json', '--regime', 'current');
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout);
    expect(results).toHaveLength(2);
    const [garner, federal] = results;
    expect(garner).toMatchObject({
      incident: 'garner-2014',
      regime: 'current',
      asOf: '2014-07-17',
      hypothetical: false,
    });
    expect(Object.keys(garner.routes).sort()).toEqual(
      ['employerSuit', 'federalProsecution', 'officerSuit', 'patternOrPractice', 'stateSuit'].sort(),
    );
    expect(garner.routes.federalProsecution).toMatchObject({
      status: 'unavailable',
      blockedBy: 'mental-state',
      maxPenalty: 'death',
    });
    expect(garner.regimeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(federal.routes.officerSuit).toMatchObject({
      status: 'unavailable',
      blockedBy: 'bivens-new-context',
    });
    expect(federal.routes.employerSuit).toMatchObject({
      status: 'available',
      decidedBy: 'usc-28-2680h.law-enforcement-proviso',
    });
    expect(federal.routes.federalProsecution).toMatchObject({ status: 'available', maxPenalty: '10y' });
    expect(federal.tactics).toEqual([
      expect.objectContaining({
        tactic: 'chokehold',
        rule: 'prohibited',
        breached: true,
        cite: expect.stringContaining('14074'),
      }),
    ]);
  });

  it('evaluates every file of a directory', async () => {
    const r = await recourse('evaluate', dir, '--json', '--regime', 'current');
    expect(r.code).toBe(0);
    expect(
      JSON.parse(r.stdout)
        .map((x: { incident: string }) => x.incident)
        .sort(),
    ).toEqual(['federal-agent-2023', 'garner-2014']);
  });

  it('evaluates the bundled cases (what npm start runs)', async () => {
    const r = await recourse('evaluate', 'data/cases');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^ {2}current: /gm)?.length ?? 0).toBe(28);
    expect(r.stdout.match(/^ {2}gfjpa-2021 \(hypothetical/gm)?.length ?? 0).toBe(28);
  });

  it('applies a state or local law hypothetically with --with', async () => {
    const minnesota = file(
      'minnesota.yaml',
      `id: minnesota-2015
date: 2015-05-01
place: { state: MN, locality: Minneapolis }
officer: { employer: local, role: police, underColorOfLaw: true, goodFaithBelief: false, convictedForConduct: false }
findings: { rightViolated: true }
`,
    );
    const plain = JSON.parse((await recourse('evaluate', minnesota, '--regime', 'current', '--json')).stdout);
    expect(plain[0].routes.stateSuit.status).toBe('not-applicable');
    const r = await recourse('evaluate', minnesota, '--regime', 'current', '--with', 'co-sb20-217', '--json');
    expect(r.code).toBe(0);
    const [withColorado] = JSON.parse(r.stdout);
    expect(withColorado).toMatchObject({ regime: 'current+co-sb20-217', hypothetical: true });
    expect(withColorado.routes.stateSuit).toMatchObject({
      status: 'available',
      decidedBy: 'co-sb20-217.no-qualified-immunity',
      defendant: 'officer',
      officerPays: 'lesser-of-5-percent-or-25000',
    });
    const bad = await recourse('evaluate', minnesota, '--with', 'co-2020');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--with: unknown id "co-2020"; expected one of co-sb20-217');
  });

  it('exits 2 naming every bad field by its path and what was expected', async () => {
    const bad = file(
      'bad.yaml',
      'id: Bad Id\ndate: 2021-02-30\nplace: { state: ZZ }\nofficer: { employer: city, emplyer: local }\nharm: 3\n',
    );
    const r = await recourse('evaluate', bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('id: expected a slug');
    expect(r.stderr).toContain('date: expected a real calendar date');
    expect(r.stderr).toMatch(/place\.state: expected one of AL \| AK .* got "ZZ"/);
    expect(r.stderr).toContain(
      'officer.employer: expected one of federal | state | local | tribal, got "city"',
    );
    expect(r.stderr).toContain('officer.emplyer: unknown field');
    expect(r.stderr).toMatch(/harm: expected one of none \| injury \| serious-injury \| death, got 3/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('exits 2 for a missing file, an unknown regime, or an unknown option', async () => {
    expect(await recourse('evaluate', join(dir, 'nope.yaml'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no such file'),
    });
    const regime = await recourse('evaluate', GARNER, '--regime', 'gfjpa-1999');
    expect(regime.code).toBe(2);
    expect(regime.stderr).toContain('--regime: unknown id "gfjpa-1999"; expected one of current, gfjpa-2021');
    expect((await recourse('evaluate', GARNER, '--colour')).code).toBe(2);
    const yaml = file('broken.yaml', 'id: [unclosed\n');
    expect(await recourse('evaluate', yaml)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not valid YAML or JSON'),
    });
  });
});

describe('recourse evaluate: dates and ceilings', () => {
  it('a 2 MB binary file gets a short error, not megabytes of stderr', async () => {
    const bytes = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    const path = join(dir, 'binary.yaml');
    writeFileSync(path, bytes);
    const r = await recourse('evaluate', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^recourse: /);
    expect(r.stderr.length).toBeLessThan(4000);
  });

  it('warns when the incident is dated after today, in the text output and in the JSON', async () => {
    const future = file(
      'future.yaml',
      'id: future-2999\ndate: 2999-01-01\nplace: { state: GA }\nofficer: { employer: local, role: police, underColorOfLaw: true }\n',
    );
    const text = await recourse('evaluate', future, '--regime', 'current');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /WARNING: The incident's date 2999-01-01 is after today \(\d{4}-\d{2}-\d{2}\)/,
    );
    const [result] = JSON.parse((await recourse('evaluate', future, '--regime', 'current', '--json')).stdout);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('evaluated under the law as encoded today');
    const past = JSON.parse((await recourse('evaluate', GARNER, '--regime', 'current', '--json')).stdout);
    expect(past[0].warnings).toEqual([]);
  });

  it('says what would lower a ceiling resting on the jury’s dangerous-weapon finding', async () => {
    const taser = file(
      'taser.yaml',
      'id: taser-2019\ndate: 2019-08-01\nplace: { state: GA }\nofficer: { employer: local, role: police, underColorOfLaw: true }\nconduct: { force: [taser], claims: [excessive-force] }\nharm: none\nfindings: { rightViolated: true, clearlyEstablished: true, mentalState: purpose }\n',
    );
    const r = await recourse('evaluate', taser, '--regime', 'current');
    expect(r.stdout).toContain(
      'max penalty 10y (if the jury finds that the Taser used was not a dangerous weapon: 1y)',
    );
    const [result] = JSON.parse((await recourse('evaluate', taser, '--regime', 'current', '--json')).stdout);
    expect(result.routes.federalProsecution.maxPenaltyLoweredBy).toMatchObject({
      fact: 'findings.dangerousWeapon',
      value: false,
      maxPenalty: '1y',
    });
  });
});

describe('recourse explain', () => {
  it('prints the derivation tree of one route with citations and the facts read', async () => {
    const r = await recourse('explain', GARNER, '--regime', 'current', '--route', 'federalProsecution');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('federalProsecution = "unavailable"  by federal-prosecution.section-242');
    expect(r.stdout).toContain('section242.charge = "unavailable"  by usc-18-242.willfully');
    expect(r.stdout).toContain('findings.mentalState = "reckless"');
    // The element cites the statute; the rule that decided the reckless mental state cites Screws
    // and Reese (§0 E1).
    expect(r.stdout).toContain(
      'section242.mentalStateMet = false  by screws-v-united-states.recklessness-not-willful',
    );
    expect(r.stdout).toContain(
      'cite: 18 U.S.C. 242 ("willfully"); Screws v. United States, 325 U.S. 91, 105-07 (1945) (plurality)',
    );
    expect(r.stdout).not.toContain('officerSuit =');
  });

  it('explains every route by default and shows what an undetermined route needs', async () => {
    const r = await recourse('explain', GARNER, '--regime', 'current');
    expect(r.code).toBe(0);
    for (const route of [
      'officerSuit',
      'employerSuit',
      'stateSuit',
      'federalProsecution',
      'patternOrPractice',
    ]) {
      expect(r.stdout).toContain(`${route} = `);
    }
    expect(r.stdout).toContain('needs: findings.obviousViolation, findings.clearlyEstablished');
  });

  it('requires --regime and a known route', async () => {
    expect((await recourse('explain', GARNER)).code).toBe(2);
    expect((await recourse('explain', GARNER, '--regime', 'current', '--route', 'civilSuit')).code).toBe(2);
  });
});

describe('commands on one incident', () => {
  it('explain, compare, whatif and interview refuse a directory, naming the argument, rather than take its first file', async () => {
    const cases = join(ROOT, 'data', 'cases');
    const runs: [string, string[]][] = [
      ['explain <file>', ['explain', cases, '--regime', 'current']],
      ['compare <file>', ['compare', cases]],
      ['whatif <file>', ['whatif', cases, '--regime', 'current', '--route', 'officerSuit']],
      ['--answers', ['interview', '--answers', cases, '--json']],
    ];
    for (const [what, args] of runs) {
      const r = await recourse(...args);
      expect(r.code, what).toBe(2);
      expect(r.stderr, what).toContain(
        `recourse: ${what}: ${cases} is a directory; expected one incident file`,
      );
      expect(r.stdout, what).toBe('');
    }
  });
});

describe('recourse compare', () => {
  it('prints the regimes x routes table and why each difference arises, citing both sides', async () => {
    const r = await recourse('compare', GARNER, '--regime', 'current', '--regime', 'gfjpa-2021');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/federalProsecution\s+no: mental-state\s+available/);
    expect(r.stdout).toContain(
      '- current vs gfjpa-2021: federalProsecution: unavailable under current because',
    );
    expect(r.stdout).toContain(
      'the officer acted with the mental state § 242 requires: no (18 U.S.C. 242 ("willfully"); Screws',
    );
    expect(r.stdout).toContain('available under gfjpa-2021 because');
    expect(r.stdout).toContain(
      'the officer acted with the mental state § 242 requires: yes (H.R. 1280 (117th Cong.) § 101',
    );
  });

  it('explains a qualified-immunity difference as JSON with the first divergence', async () => {
    const kisela = file(
      'kisela.yaml',
      `id: kisela-2010
date: 2010-05-21
place: { state: AZ, locality: Tucson }
officer: { employer: local, role: police, underColorOfLaw: true }
conduct: { force: [firearm], claims: [excessive-force] }
harm: injury
findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false }
`,
    );
    const r = await recourse('compare', kisela, '--regime', 'current', '--regime', 'gfjpa-2021', '--json');
    expect(r.code).toBe(0);
    const comparison = JSON.parse(r.stdout);
    expect(comparison.regimes).toEqual(['current', 'gfjpa-2021']);
    const officer = comparison.differences.find((d: { route: string }) => d.route === 'officerSuit');
    expect(officer.a).toEqual({ regime: 'current', status: 'unavailable' });
    expect(officer.b).toEqual({ regime: 'gfjpa-2021', status: 'available' });
    expect(officer.divergence).toMatchObject({
      definition: 'qualifiedImmunity.shields',
      a: { rule: 'harlow-v-fitzgerald.clearly-established', value: true },
      b: { rule: 'hr-1280.sec-102.no-qualified-immunity', value: false, provision: 'hr-1280-sec-102' },
    });
    expect(officer.sentence).toMatch(
      /^officerSuit: unavailable under current because .*Harlow.*; available under gfjpa-2021 because .*H\.R\. 1280 \(117th Cong\.\) § 102/,
    );
  });

  it('--with applies a state law to every regime compared, the proposals included', async () => {
    const r = await recourse(
      'compare',
      GARNER,
      '--regime',
      'current',
      '--regime',
      'gfjpa-2021',
      '--with',
      'co-sb20-217',
      '--json',
    );
    expect(r.code).toBe(0);
    const comparison = JSON.parse(r.stdout);
    expect(comparison.regimes).toEqual(['current+co-sb20-217', 'gfjpa-2021+co-sb20-217']);
    for (const result of comparison.results) {
      expect(result.hypothetical).toBe(true);
      expect(result.routes.stateSuit.decidedBy).toBe('co-sb20-217.no-qualified-immunity');
    }
  });

  it('says when no route differs', async () => {
    const r = await recourse('compare', GARNER, '--regime', 'current', '--regime', 'justice-act-2020');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No route differs between these regimes.');
  });
});

describe('recourse diff', () => {
  it('lists the provisions added with their rules and the corpus cases each changes', async () => {
    const r = await recourse('diff', 'current', 'gfjpa-2021', '--json');
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout);
    expect(diff).toMatchObject({ a: 'current', b: 'gfjpa-2021', removed: [], replaced: [] });
    const ids = diff.added.map((p: { provision: string }) => p.provision);
    expect(ids).toEqual(expect.arrayContaining(['hr-1280-sec-101', 'hr-1280-sec-102', 'hr-1280-sec-103']));
    const sec102 = diff.added.find((p: { provision: string }) => p.provision === 'hr-1280-sec-102');
    // LAW.md §0 E6: the federal limb (28 U.S.C. 2680(h), BOP officers) and the state and local
    // correctional officers (UNCONFIRMED) are rules of their own.
    expect(sec102.rules).toEqual([
      expect.objectContaining({
        op: 'add',
        definition: 'qualifiedImmunity.shields',
        rule: 'hr-1280.sec-102.no-qualified-immunity',
      }),
      expect.objectContaining({ op: 'add', rule: 'hr-1280.sec-102.federal-law-enforcement-officer' }),
      expect.objectContaining({ op: 'add', rule: 'hr-1280.sec-102.state-local-corrections-not-covered' }),
    ]);
    expect(sec102.cases).toEqual(
      expect.arrayContaining([
        {
          incident: 'kisela-hughes-2010',
          route: 'officerSuit',
          before: 'unavailable',
          after: expect.any(String),
        },
      ]),
    );
    expect(diff.cases.length).toBeGreaterThan(0);
  });

  it('lists removed provisions the other way round, readably', async () => {
    const r = await recourse('diff', 'gfjpa-2021', 'current');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('gfjpa-2021 -> current');
    expect(r.stdout).toContain('Removed:');
    expect(r.stdout).toContain('hr-1280-sec-102: H.R. 1280 § 102');
    expect(r.stdout).toContain(
      'replace hr-1280.sec-101.knowingly-or-recklessly in section242.mentalStateMet (replaces screws-v-united-states.specific-intent)',
    );
  });

  it('--cases takes another corpus: the cases each provision changes are counted over it', async () => {
    const corpus = join(dir, 'one-case');
    mkdirSync(corpus, { recursive: true });
    copyFileSync(join(ROOT, 'data', 'cases', 'kisela-hughes-2010.yaml'), join(corpus, 'kisela.yaml'));
    const diff = JSON.parse(
      (await recourse('diff', 'current', 'gfjpa-2021', '--cases', corpus, '--json')).stdout,
    );
    const incidents = new Set(diff.cases.map((c: { incident: string }) => c.incident));
    expect([...incidents]).toEqual(['kisela-hughes-2010']);
  });

  it('exits 2 for an unknown regime, naming the argument that holds it', async () => {
    const r = await recourse('diff', 'current', 'gfjpa-2099');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'recourse: diff <b>: unknown id "gfjpa-2099"; expected one of current, gfjpa-2021',
    );
    expect((await recourse('diff', 'nope', 'current')).stderr).toContain('diff <a>: unknown id "nope"');
  });
});

describe('recourse regimes and schema', () => {
  it('lists every rule with its citation, text and dates as JSON', async () => {
    const r = await recourse('regimes', '--json');
    expect(r.code).toBe(0);
    const [current] = JSON.parse(r.stdout);
    expect(current.id).toBe('current');
    expect(current.rules.length).toBeGreaterThan(40);
    for (const rule of current.rules) {
      expect(rule.cite).not.toBe('');
      expect(rule.text).not.toBe('');
    }
    const eo = current.rules.find((x: { id: string }) => x.id === 'eo-14074.chokehold');
    // EO 14074 § 7: agency chokehold policies were due 90 days after the order.
    expect(eo.inForce).toEqual({ from: '2022-08-23', until: '2025-01-20' });
    const proviso = current.rules.find(
      (x: { id: string }) => x.id === 'usc-28-2680h.law-enforcement-proviso',
    );
    expect(proviso.unconfirmed).toBe(
      'The sources Recourse encodes from date the proviso to 1974; the day (16 March 1974, Pub. L. 93-253) is not in them.',
    );
  });

  it('lists the rules readably, marking what is UNCONFIRMED', async () => {
    const r = await recourse('regimes');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('eo-14074.chokehold [2022-08-23 to 2025-01-20]');
    expect(r.stdout).toContain('eo-13929.discretionary-grants [2020-06-16 to 2022-05-25]');
    expect(r.stdout).toContain(
      'eo-14074.sec-19b.discretionary-grants [2022-05-25 to 2025-01-20] [UNCONFIRMED]',
    );
    // Pub. L. 103-322's date is now in the legal source (§0 E2): the start is no longer UNCONFIRMED.
    expect(r.stdout).toMatch(/usc-34-12601\.before-enactment \[\.\.\. to 1994-09-13\](?! \[UNCONFIRMED\])/);
  });

  it('shows § 242’s dated penalty tiers, the dangerous-weapon question and the mental states, with their UNCONFIRMED notes', async () => {
    const r = await recourse('regimes');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usc-18-242.death-results-1968 [1968-04-11 to 1994-09-13]');
    expect(r.stdout).toContain('usc-18-242.bodily-injury-1988 [1988-11-18 to 1994-09-13] [UNCONFIRMED]');
    expect(r.stdout).toContain('usc-18-242.death-results [1994-09-13 to ...]');
    expect(r.stdout).toContain('usc-18-242.dangerous-weapon [1994-09-13 to ...] [UNCONFIRMED]');
    expect(r.stdout).toContain('screws-v-united-states.recklessness-not-willful [UNCONFIRMED]');
    expect(r.stdout).toContain('usc-42-1983.before-enactment [... to 1871-01-01]');
    expect(r.stdout).toContain(
      'usc-42-1983.before-enactment-year-unknown-day [1871-01-01 to 1872-01-01] [UNCONFIRMED]',
    );
    expect(r.stdout).toContain('hr-1280.sec-101.recklessly');
  });

  it('prints the JSON Schema of the incident format', async () => {
    const r = await recourse('schema');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'date', 'place']));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.officer.anyOf[0].properties.employer.anyOf[0].enum).toEqual([
      'federal',
      'state',
      'local',
      'tribal',
    ]);
  });

  it('prints help and exits 0', async () => {
    const r = await recourse('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('evaluate');
  });
});

describe('recourse serve', () => {
  it('refuses a port that is not one, naming --port (exit 2)', async () => {
    const r = await recourse('serve', '--port', 'eighty');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port: expected a port number');
  });
});

describe('a reader that stops early', () => {
  it('recourse evaluate piped into a reader that closes after the first chunk exits 0, without a stack trace', async () => {
    const child = spawn(process.execPath, [join(ROOT, BIN), 'evaluate', 'data/cases', '--json'], {
      cwd: ROOT,
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    // Like `| head -c 1`: read one chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
