import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-in-process.js';

/**
 * `recourse agency`, in-process through `main(argv, io)` (run-in-process.ts): the same arguments,
 * output and exit codes as the built binary, without a Node start per case.
 */

const recourse = (...args: string[]) => runCli(args);
const CITY = 'data/agencies/large-city-minneapolis-shaped-2021.yaml';

describe('recourse agency', () => {
  it('prints agency results v1 as JSON, one per profile and regime', async () => {
    const r = await recourse('agency', CITY, '--regime', 'gfjpa-2021', '--json');
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.stdout);
    expect(result).toMatchObject({
      profile: 'large-city-minneapolis-shaped-2021',
      regime: 'gfjpa-2021',
      hypothetical: true,
    });
    expect(result.usdAtRisk).toEqual({ 'byrne-jag': 400000, cops: 2500000 });
    expect(result.obligations.find((o: { row: string }) => o.row === 'chokehold')).toMatchObject({
      mechanism: 'grant-condition',
      status: 'not-met',
      loss: 'ineligible-for-year',
    });
  });

  it('renders obligations, grants at risk, crimes and rows not addressed for every regime', async () => {
    const r = await recourse('agency', 'data/agencies');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'at risk: byrne-jag, reduced-by-percentage 20% (then 25%), $1,800/yr (use-of-force-data)',
    );
    expect(r.stdout).toContain('not addressed: false-report-crime');
    expect(r.stdout).toContain('reaches its officers: falsified police reports');
  });

  it('--compare prints the rows x regimes matrix; --explain the derivation with citations', async () => {
    const c = await recourse('agency', CITY, '--compare');
    expect(c.stdout).toContain('chokehold | - | grant-condition: not-met | grant-condition: met');
    const e = await recourse(
      'agency',
      CITY,
      '--regime',
      'justice-act-2020',
      '--explain',
      '--row',
      'chokehold',
    );
    expect(e.code).toBe(0);
    expect(e.stdout).toContain('S. 3985 (116th Cong.) § 105');
  });

  it('--side-by-side lists every row with the provisions of both bills or "not addressed"', async () => {
    const r = await recourse('agency', '--side-by-side', '--json');
    const rows = JSON.parse(r.stdout);
    expect(rows).toHaveLength(16);
    expect(
      rows.find((x: { row: string }) => x.row === 'false-report-crime').cells['gfjpa-2021'],
    ).toHaveProperty('notAddressed');
  });

  it('bad input: exit 2 naming every bad field; an unknown regime; --with is refused with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recourse-agency-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'id: x\ndate: 2021-01-01\nagency: { kind: army }\ngrants: { cops: maybe }\n');
    const r = await recourse('agency', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('agency.kind: expected one of');
    expect(r.stderr).toContain('grants.cops: expected boolean');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect((await recourse('agency', CITY, '--regime', 'nope')).stderr).toContain(
      '--regime: unknown id "nope"',
    );
    expect((await recourse('agency', CITY, '--with', 'co-sb20-217')).code).toBe(2);
  });

  it('--schema prints the profile format’s JSON Schema', async () => {
    const schema = JSON.parse((await recourse('agency', '--schema')).stdout);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'date', 'agency']));
  });

  it('impact --agencies N: model estimates per regime with intervals, and the assumptions named', async () => {
    const r = await recourse(
      'impact',
      '--agencies',
      '300',
      '--replicates',
      '3',
      '--regime',
      'gfjpa-2021',
      '--json',
    );
    expect(r.code).toBe(0);
    const impact = JSON.parse(r.stdout);
    expect(impact).toMatchObject({ label: 'model estimates', agencies: 300, replicates: 3 });
    expect(impact.regimes.map((x: { regime: string }) => x.regime)).toEqual(['gfjpa-2021']);
    expect(impact.assumptions.some((a: { assumption: boolean }) => a.assumption)).toBe(true);
    const text = await recourse('impact', '--agencies', '300', '--replicates', '2');
    expect(text.stdout).toContain('MODEL ESTIMATES');
    expect(text.stdout).toContain('[assumption]');
    expect((await recourse('impact', '--agencies', 'many')).stderr).toContain(
      '--agencies: expected a positive whole number',
    );
  });

  it('--answers: the interview asks only what settles an obligation, from a partial profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recourse-agency-'));
    const start = join(dir, 'start.yaml');
    writeFileSync(
      start,
      'id: rural-sheriff-state-jag-2021\ndate: 2021-03-03\nagency: { kind: sheriff, state: GA }\n',
    );
    const r = await recourse(
      'agency',
      start,
      '--answers',
      'data/agencies/rural-sheriff-state-jag-2021.yaml',
      '--json',
    );
    expect(r.code).toBe(0);
    const run = JSON.parse(r.stdout);
    expect(run.asked.slice(0, 3)).toContain('grants.byrneJag'); // the grants decide most rows first
    expect(run.asked).not.toContain('policy.accreditation'); // no DOJ discretionary grants: the credential cannot matter
    expect(run.results.find((x: { regime: string }) => x.regime === 'gfjpa-2021').usdAtRisk).toEqual({});
  });

  it('--rules lists every agency rule with its citation, dates and UNCONFIRMED notes', async () => {
    const r = await recourse('agency', '--rules', '--regime', 'current');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('eo-13929.agency.credentialing-condition [2020-06-16 to 2022-05-25]');
    const all = JSON.parse((await recourse('agency', '--rules', '--json')).stdout);
    expect(all.map((x: { id: string }) => x.id)).toContain('justice-act-2020');
  });
});
