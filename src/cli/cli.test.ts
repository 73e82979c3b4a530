import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The command line tested as a user runs it: the built `recourse` binary, in a child process. */

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.recourse as string;

function recourse(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, BIN), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

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
    place: { state: 'TX' },
    officer: { employer: 'federal', role: 'police', underColorOfLaw: true, withinScopeOfEmployment: true },
    conduct: { force: ['chokehold'], deadlyForceAuthorized: false, claims: ['excessive-force'] },
    harm: 'injury',
    findings: { rightViolated: true, clearlyEstablished: true, mentalState: 'purpose' },
  }),
);

describe('recourse evaluate', () => {
  it('prints each route with its status, blocker and citation', () => {
    const r = recourse('evaluate', GARNER);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('garner-2014 - Eric Garner, Staten Island (2014-07-17, New York City, NY)');
    expect(r.stdout).toMatch(/federalProsecution\s+unavailable\s+mental-state\s+max penalty death/);
    expect(r.stdout).toContain('Screws v. United States');
    expect(r.stdout).toMatch(
      /officerSuit\s+undetermined\s+needs findings.obviousViolation, findings.clearlyEstablished/,
    );
  });

  it('prints Result v1 as JSON, one result per incident and regime', () => {
    const r = recourse('evaluate', GARNER, FEDERAL_2023, '--json');
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

  it('evaluates every file of a directory', () => {
    const r = recourse('evaluate', dir, '--json');
    expect(r.code).toBe(0);
    expect(
      JSON.parse(r.stdout)
        .map((x: { incident: string }) => x.incident)
        .sort(),
    ).toEqual(['federal-agent-2023', 'garner-2014']);
  });

  it('evaluates the bundled cases (what npm start runs)', () => {
    const r = recourse('evaluate', 'data/cases');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^ {2}current: /gm)?.length ?? 0).toBeGreaterThanOrEqual(10);
  });

  it('exits 2 naming every bad field by its path and what was expected', () => {
    const bad = file(
      'bad.yaml',
      'id: Bad Id\ndate: 2021-02-30\nplace: { state: ZZ }\nofficer: { employer: city, emplyer: local }\nharm: 3\n',
    );
    const r = recourse('evaluate', bad);
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

  it('exits 2 for a missing file, an unknown regime, or an unknown option', () => {
    expect(recourse('evaluate', join(dir, 'nope.yaml'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no such file'),
    });
    const regime = recourse('evaluate', GARNER, '--regime', 'gfjpa-1999');
    expect(regime.code).toBe(2);
    expect(regime.stderr).toContain('--regime: unknown regime "gfjpa-1999"');
    expect(recourse('evaluate', GARNER, '--colour').code).toBe(2);
    const yaml = file('broken.yaml', 'id: [unclosed\n');
    expect(recourse('evaluate', yaml)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not valid YAML or JSON'),
    });
  });
});

describe('recourse explain', () => {
  it('prints the derivation tree of one route with citations and the facts read', () => {
    const r = recourse('explain', GARNER, '--regime', 'current', '--route', 'federalProsecution');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('federalProsecution = "unavailable"  by federal-prosecution.section-242');
    expect(r.stdout).toContain('section242.charge = "unavailable"  by usc-18-242.willfully');
    expect(r.stdout).toContain('findings.mentalState = "reckless"');
    expect(r.stdout).toContain(
      'cite: 18 U.S.C. 242 ("willfully"); Screws v. United States, 325 U.S. 91 (1945)',
    );
    expect(r.stdout).not.toContain('officerSuit =');
  });

  it('explains every route by default and shows what an undetermined route needs', () => {
    const r = recourse('explain', GARNER, '--regime', 'current');
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

  it('requires --regime and a known route', () => {
    expect(recourse('explain', GARNER).code).toBe(2);
    expect(recourse('explain', GARNER, '--regime', 'current', '--route', 'civilSuit').code).toBe(2);
  });
});

describe('recourse regimes and schema', () => {
  it('lists every rule with its citation, text and dates as JSON', () => {
    const r = recourse('regimes', '--json');
    expect(r.code).toBe(0);
    const [current] = JSON.parse(r.stdout);
    expect(current.id).toBe('current');
    expect(current.rules.length).toBeGreaterThan(40);
    for (const rule of current.rules) {
      expect(rule.cite).not.toBe('');
      expect(rule.text).not.toBe('');
    }
    const eo = current.rules.find((x: { id: string }) => x.id === 'eo-14074.chokehold');
    expect(eo.inForce).toEqual({ from: '2022-05-25', until: '2025-01-20' });
    const proviso = current.rules.find(
      (x: { id: string }) => x.id === 'usc-28-2680h.law-enforcement-proviso',
    );
    expect(proviso.unconfirmed).toContain('not in LAW.md');
  });

  it('lists the rules readably, marking what is UNCONFIRMED', () => {
    const r = recourse('regimes');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('eo-14074.chokehold [2022-05-25 to 2025-01-20]');
    expect(r.stdout).toContain('usc-34-12601.before-enactment [... to 1994-09-13] [UNCONFIRMED]');
  });

  it('prints the JSON Schema of the incident format', () => {
    const r = recourse('schema');
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

  it('prints help and exits 0', () => {
    const r = recourse('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('evaluate');
  });
});
