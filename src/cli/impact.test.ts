import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-in-process.js';

/** `recourse impact` as a user runs it: the built binary, in a child process, its output piped. */

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.recourse as string;
const ROUTES = ['officerSuit', 'employerSuit', 'stateSuit', 'federalProsecution', 'patternOrPractice'];
const STATUSES = ['available', 'unavailable', 'not-applicable', 'undetermined'];

const recourse = (...args: string[]) => runCli(['impact', ...args]);

const tmp = mkdtempSync(join(tmpdir(), 'recourse-impact-cli-'));

describe('recourse impact over the cases corpus', () => {
  it('prints counts, attributions and case-by-case changes as text', async () => {
    const r = await recourse();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Impact over 28 cases (baseline: current)');
    expect(r.stdout).toMatch(/^current\s+officerSuit\s+\d+\s+\d+\s+\d+\s+\d+/m);
    expect(r.stdout).toContain(
      'Change in cases with the route available, by provision (exact Shapley values):',
    );
    expect(r.stdout).toContain(
      'gfjpa-2021 garner-2014 federalProsecution: unavailable -> available (hr-1280-chokehold-section-242 0.500, hr-1280-sec-101 0.500)',
    );
    expect(r.stdout).toContain(
      'gfjpa-2021 jamison-mcclendon-2013 officerSuit: unavailable -> available (hr-1280-sec-102)',
    );
    expect(r.stdout).toMatch(/scott-2021 employerSuit: \+\d+ \(scott-2021-employer-liability \d+\)/);
  });

  it('prints the impact as JSON', async () => {
    const r = await recourse('--json', '--regime', 'current', '--regime', 'gfjpa-2021');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const impact = JSON.parse(r.stdout);
    expect(impact.baseline).toBe('current');
    expect(impact.cases).toBe(28);
    expect(impact.errors).toEqual([]);
    expect(impact.regimes.map((x: { regime: string }) => x.regime)).toEqual(['current', 'gfjpa-2021']);
    for (const regime of impact.regimes) {
      for (const route of ROUTES) {
        const counts = regime.routes[route] as Record<string, number>;
        expect(STATUSES.reduce((s, st) => s + (counts[st] as number), 0)).toBe(28);
      }
    }
    const garner = impact.changes.find(
      (c: { incident: string; route: string }) =>
        c.incident === 'garner-2014' && c.route === 'federalProsecution',
    );
    expect(garner.provisions).toEqual([
      { provision: 'hr-1280-chokehold-section-242', share: 0.5 },
      { provision: 'hr-1280-sec-101', share: 0.5 },
    ]);
  });

  it('prints the impact as CSV', async () => {
    const r = await recourse('--csv');
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n');
    expect(header).toBe('kind,regime,route,incident,status,before,after,provision,value');
    const counts = rows.filter((row) => row.startsWith('count,'));
    expect(counts).toHaveLength(6 * ROUTES.length * STATUSES.length);
    const totals = new Map<string, number>();
    for (const row of counts) {
      const cells = row.split(',');
      const key = `${cells[1]} ${cells[2]}`;
      totals.set(key, (totals.get(key) ?? 0) + Number(cells[8]));
    }
    for (const total of totals.values()) expect(total).toBe(28);
    expect(rows).toContain(
      'change,gfjpa-2021,officerSuit,jamison-mcclendon-2013,,unavailable,available,hr-1280-sec-102,1',
    );
  });

  it('reports a bad case and goes on with the others', async () => {
    const dir = join(tmp, 'cases-with-a-bad-one');
    mkdirSync(dir);
    copyFileSync(join(ROOT, 'data', 'cases', 'garner-2014.yaml'), join(dir, 'garner-2014.yaml'));
    writeFileSync(join(dir, 'zz-bad.yaml'), 'id: bad\ndate: 2020-13-45\nplace: { state: XX }\n');
    const r = await recourse('--cases', dir, '--json');
    expect(r.code).toBe(0);
    const impact = JSON.parse(r.stdout);
    expect(impact.cases).toBe(1);
    expect(impact.errors).toHaveLength(1);
    expect(impact.errors[0].file).toContain('zz-bad.yaml');
    const text = await recourse('--cases', dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Cases that could not be used (1):');
  });
});

describe('recourse impact: a case file over 5 MB', () => {
  it('is reported as a bad case, unread, and the others are used', async () => {
    const dir = join(tmp, 'cases-with-a-huge-one');
    mkdirSync(dir);
    copyFileSync(join(ROOT, 'data', 'cases', 'garner-2014.yaml'), join(dir, 'garner-2014.yaml'));
    writeFileSync(join(dir, 'huge.yaml'), Buffer.alloc(6 * 1024 * 1024, 'a'));
    const r = await recourse('--cases', dir, '--json', '--regime', 'current');
    expect(r.code).toBe(0);
    const impact = JSON.parse(r.stdout);
    expect(impact.cases).toBe(1);
    expect(impact.errors).toEqual([
      {
        file: join(dir, 'huge.yaml'),
        error: expect.stringContaining('the input is 6.0 MB, over the 5 MB limit'),
      },
    ]);
  });
});

describe('recourse impact --synthetic', () => {
  const run = (...args: string[]) =>
    recourse('--synthetic', '25000', '--seed', '7', '--replicates', '5', ...args);

  it('gives byte-identical JSON on 1 worker and on 2 worker threads', async () => {
    const one = await run('--workers', '1', '--json');
    const two = await run('--workers', '2', '--json');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const result = JSON.parse(one.stdout);
    expect(result.label).toBe('model estimates');
    expect(result).toMatchObject({ n: 25000, seed: 7, replicates: 5 });
    for (const r of result.estimates) {
      for (const y of r.years) {
        for (const route of ROUTES) {
          const e = y.routes[route].available;
          expect(e.low).toBeLessThanOrEqual(e.mean);
          expect(e.mean).toBeLessThanOrEqual(e.high);
        }
      }
    }
  });

  it('is labelled as model estimates and lists the assumptions with their sources; no progress bar when piped', async () => {
    const r = await recourse('--synthetic', '3000', '--regime', 'current', '--regime', 'gfjpa-2021');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^MODEL ESTIMATES, not observations/);
    expect(r.stdout).toContain('Assumptions and their sources:');
    expect(r.stdout).toContain('right-violated [ASSUMPTION]');
    expect(r.stdout).toMatch(/fatal-shootings-per-year: .*\n\s+source: https:\/\//);
    expect(r.stdout).not.toMatch(/simulating \[|incidents \| eta/);

    const json = JSON.parse((await recourse('--synthetic', '3000', '--json')).stdout);
    expect(json.label).toBe('model estimates');
    const byId = new Map(
      json.assumptions.map((a: { parameter: string }) => [a.parameter, a] as const),
    ) as Map<string, { assumption: boolean; sources: string[] }>;
    expect(byId.get('fatal-shootings-per-year')?.sources.length).toBeGreaterThan(0);
    expect(byId.get('right-violated')?.assumption).toBe(true);
    for (const a of byId.values()) expect(a.assumption || a.sources.length > 0).toBe(true);
  });

  it('prints CSV with one row per regime, year, route and status', async () => {
    const r = await recourse('--synthetic', '2000', '--regime', 'current', '--csv');
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n');
    expect(header).toBe('regime,year,route,status,mean,low,high');
    expect(rows).toHaveLength(7 * ROUTES.length * STATUSES.length);
  });
});

describe('recourse impact --parameters', () => {
  it('reads the parameter files from another directory: a changed figure changes the estimate', async () => {
    const parameters = join(tmp, 'parameters');
    mkdirSync(parameters, { recursive: true });
    for (const f of readdirSync(join(ROOT, 'data', 'parameters')))
      copyFileSync(join(ROOT, 'data', 'parameters', f), join(parameters, f));
    const args = ['--synthetic', '2000', '--seed', '3', '--replicates', '3', '--json', '--regime', 'current'];
    const bundled = JSON.parse((await recourse(...args)).stdout);
    const copied = JSON.parse((await recourse(...args, '--parameters', parameters)).stdout);
    expect(copied.estimates).toEqual(bundled.estimates);
    // Say a federal right was always violated: more routes open in the estimates.
    const path = join(parameters, 'right-violated.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('{ range: [0.2, 0.6] }', '{ value: 1 }'));
    const changed = await recourse(...args, '--parameters', parameters);
    expect(changed.code, changed.stderr).toBe(0);
    expect(JSON.parse(changed.stdout).estimates).not.toEqual(bundled.estimates);
  });
});

describe('recourse impact: bad values exit 2 and name the flag', () => {
  const cases: [string[], RegExp][] = [
    [['--synthetic', '0'], /--synthetic/],
    [['--synthetic', 'many'], /--synthetic/],
    [['--synthetic', '100', '--workers', 'x'], /--workers/],
    [['--synthetic', '100', '--workers', '0'], /--workers/],
    [['--synthetic', '100', '--replicates', '-1'], /--replicates/],
    [['--synthetic', '100', '--seed', '1.5'], /--seed/],
    [['--json', '--csv'], /--json and --csv/],
    [['--synthetic', '100', '--json', '--csv'], /--json and --csv/],
    [['--cases', join(tmpdir(), 'no-such-corpus-dir')], /--cases/],
    [['--synthetic', '100', '--parameters', join(ROOT, 'data', 'cases')], /--parameters/],
    [['--regime', 'no-such-regime'], /--regime/],
  ];
  for (const [args, flag] of cases) {
    it(args.join(' '), async () => {
      const r = await recourse(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(flag);
      expect(r.stdout).toBe('');
    });
  }
});

function parseSvg(path: string) {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  expect(root?.tagName.toLowerCase()).toBe('svg');
  expect(Number(root?.getAttribute('width'))).toBeGreaterThan(0);
  expect(Number(root?.getAttribute('height'))).toBeGreaterThan(0);
  return { text, doc };
}

describe('recourse impact --svg', () => {
  it('writes the three corpus charts, creating the directory, and prints their paths', async () => {
    const dir = join(tmp, 'charts', 'corpus');
    const r = await recourse('--svg', dir);
    expect(r.code).toBe(0);
    const names = ['routes-available.svg', 'change-by-provision.svg', 'status-changes.svg'];
    for (const name of names) {
      const path = join(dir, name);
      expect(existsSync(path)).toBe(true);
      expect(r.stdout).toContain(`wrote ${path}`);
    }
    const available = parseSvg(join(dir, 'routes-available.svg'));
    expect(available.doc.querySelector('title')?.textContent).toBe(
      'Cases with each route available, by regime',
    );
    expect(available.text).toContain('gfjpa-2021');
    expect(available.text).toContain('Suit against the');
    expect(available.text).toContain('Federal prosecution');
    expect(available.doc.querySelectorAll('rect').length).toBeGreaterThan(30);

    const provision = parseSvg(join(dir, 'change-by-provision.svg'));
    expect(provision.text).toContain('Change in cases with a route available against current, by provision');
    expect(provision.text).toContain('hr-1280-sec-102');
    expect(provision.text).toContain('scott-2021-employer-liability');

    const changes = parseSvg(join(dir, 'status-changes.svg'));
    expect(changes.text).toContain('Case-routes that change status against current, by regime');
    expect(changes.text).toContain('unavailable → available');
  });

  it('keeps stdout machine-readable: with --json the paths go to stderr', async () => {
    const dir = join(tmp, 'charts', 'json');
    const r = await recourse('--svg', dir, '--json', '--regime', 'current', '--regime', 'scott-2021');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).cases).toBe(28);
    expect(r.stderr).toContain(`wrote ${join(dir, 'routes-available.svg')}`);
  });

  it('with --synthetic, also writes the chart of the estimates with their intervals', async () => {
    const dir = join(tmp, 'charts', 'synthetic');
    const r = await recourse('--synthetic', '3000', '--replicates', '5', '--svg', dir);
    expect(r.code).toBe(0);
    const path = join(dir, 'synthetic-shootings-per-year.svg');
    expect(r.stdout).toContain(`wrote ${path}`);
    for (const name of ['routes-available.svg', 'change-by-provision.svg', 'status-changes.svg'])
      expect(existsSync(join(dir, name))).toBe(true);
    const chart = parseSvg(path);
    expect(chart.doc.querySelector('title')?.textContent).toBe(
      'Model estimates: fatal police shootings a year with each route available',
    );
    expect(chart.text).toContain('MODEL ESTIMATES, not observations');
    expect(chart.text).toContain('right-violated');
    expect(chart.text).toContain('Federal prosecution (§ 242)');
  });

  it('refuses a directory it cannot create, naming --svg', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, '');
    const r = await recourse('--svg', join(file, 'charts'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--svg/);
    // A file where the directory should be.
    const onFile = await recourse('--svg', file);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toContain(`--svg: ${file} is not a directory`);
  });

  it.skipIf(!existsSync('/proc/self'))(
    "refuses a directory under /proc at once (Node 20's recursive mkdir never returns there)",
    () => {
      const r = spawnSync(process.execPath, [join(ROOT, BIN), 'impact', '--svg', '/proc/recourse-charts'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--svg: cannot create the directory /proc/recourse-charts');
    },
    90_000,
  );

  it('creates missing parent directories one by one', async () => {
    const nested = join(tmp, 'x', 'y', 'z');
    const r = await recourse('--svg', nested, '--regime', 'current');
    expect(r.code).toBe(0);
    expect(readdirSync(nested).sort()).toEqual([
      'change-by-provision.svg',
      'routes-available.svg',
      'status-changes.svg',
    ]);
  });
});
