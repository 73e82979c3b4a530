import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankQuestions } from '../engine/index.js';
import { AGENCY_FACTS } from '../law/agency/facts.js';
import {
  agencyRegime,
  bindsId,
  DEFAULT_AGENCY_REGIMES,
  metId,
  parseAgencyProfile,
  ROWS,
} from '../law/agency/index.js';
import { HR_1280_AGENCY } from '../law/bills/hr-1280/agency.js';
import { S_3985_AGENCY } from '../law/bills/s-3985/agency.js';
import { runCli } from './run-in-process.js';

/**
 * `explain`, `compare`, `diff` and `interview` take an agency profile as they take an incident
 * (issue 13), with `--with` laws where those have agency rules; run through `main(argv, io)`.
 */

const CITY = 'data/agencies/large-city-minneapolis-shaped-2021.yaml';
const SHERIFF = 'data/agencies/rural-sheriff-state-jag-2021.yaml';
const json = (text: string) => JSON.parse(text);

describe('recourse diff --agencies', () => {
  it('between the two bills lists every agency provision of both, and the rows each bill leaves alone', async () => {
    const r = await runCli(['diff', 'gfjpa-2021', 'justice-act-2020', '--agencies', '--json']);
    expect(r.code).toBe(0);
    const diff = json(r.stdout);
    const ids = (list: { provision: string }[]) => list.map((p) => p.provision).sort();
    expect(ids(diff.removed)).toEqual(HR_1280_AGENCY.map((o) => o.id).sort());
    expect(ids(diff.added)).toEqual(S_3985_AGENCY.map((o) => o.id).sort());
    expect(diff.replaced).toEqual([]);
    expect(diff.notAddressed.a).toEqual(['false-report-crime']);
    expect(diff.notAddressed.b).toContain('stop-and-frisk-data');
    // S. 3985's chokehold rule cannot join H.R. 1280's alone (both decide the row): it is said,
    // and the city's chokehold row changes with the two provisions swapped together.
    const chokehold = diff.added.find(
      (p: { provision: string }) => p.provision === 's-3985-agency-chokehold',
    );
    expect(chokehold.aloneConflicts.join(' ')).toContain('hr-1280.agency.chokehold.byrne-cops-condition');
    expect(chokehold.casesTogether).toContainEqual({
      profile: 'large-city-minneapolis-shaped-2021',
      row: 'chokehold',
      before: 'grant-condition: not-met',
      after: 'grant-condition: met',
      with: ['hr-1280-agency-tactics'],
    });
  });

  it('from current law, names the agencies and rows each provision changes', async () => {
    const r = await runCli(['diff', 'current', 'gfjpa-2021', '--agencies', SHERIFF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('hr-1280-agency-tactics: H.R. 1280: chokeholds and no-knock warrants');
    expect(r.stdout).toContain('rural-sheriff-state-jag-2021 chokehold none -> grant-condition: not-met');
    expect(r.stdout).toContain('Agencies whose obligations differ (');
    expect(r.stdout).toContain('Not addressed by gfjpa-2021: false-report-crime');
  });

  it('refuses --with a law without agency rules by name, and --with without --agencies', async () => {
    const r = await runCli(['diff', 'current', 'gfjpa-2021', '--agencies', '--with', 'co-sb20-217']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^recourse: --with: co-sb20-217 has no agency rules/);
    const plain = await runCli(['diff', 'current', 'gfjpa-2021', '--with', 'co-sb20-217']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('--with: only with --agencies');
    const unknown = await runCli(['diff', 'current', 'nope', '--agencies']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'diff <b>: unknown id "nope" for an agency profile; expected one of current,',
    );
  });
});

describe('recourse explain and compare on an agency profile', () => {
  it('explain traces one row rule by rule, as text and as JSON', async () => {
    const r = await runCli(['explain', SHERIFF, '--regime', 'gfjpa-2021', '--row', 'chokehold']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rural-sheriff-state-jag-2021 (agency profile, 2021-03-03) under gfjpa-2021');
    expect(r.stdout).toContain('agency.chokehold.met = false  by hr-1280.agency.chokehold.condition-met');
    expect(r.stdout).not.toContain('agency.no-knock');
    const trees = json(
      (await runCli(['explain', SHERIFF, '--regime', 'current', '--regime', 'gfjpa-2021', '--json'])).stdout,
    );
    expect(trees.every((t: { profile: string }) => t.profile === 'rural-sheriff-state-jag-2021')).toBe(true);
    expect(trees).toContainEqual(
      expect.objectContaining({ regime: 'gfjpa-2021', row: 'chokehold', definition: bindsId('chokehold') }),
    );
    const wrong = await runCli(['explain', SHERIFF, '--regime', 'current', '--route', 'officerSuit']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--route: an agency profile has rows, not routes; use --row');
  });

  it('explain takes --with for an incident too, as compare does', async () => {
    const r = await runCli([
      'explain',
      'data/cases/garner-2014.yaml',
      '--regime',
      'current',
      '--with',
      'co-sb20-217',
      '--route',
      'stateSuit',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('under current+co-sb20-217');
    const wrong = await runCli([
      'explain',
      'data/cases/garner-2014.yaml',
      '--regime',
      'current',
      '--row',
      'chokehold',
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--row: only for an agency profile');
  });

  it('compare gives the rows x regimes matrix and why each difference arises, with its rule', async () => {
    const r = await runCli(['compare', CITY, '--regime', 'current', '--regime', 'gfjpa-2021', '--json']);
    expect(r.code).toBe(0);
    const comparison = json(r.stdout);
    expect(comparison.regimes).toEqual(['current', 'gfjpa-2021']);
    expect(comparison.differences).toContainEqual(
      expect.objectContaining({
        row: 'chokehold',
        a: 'current',
        b: 'gfjpa-2021',
        after: expect.objectContaining({
          mechanism: 'grant-condition',
          status: 'not-met',
          rule: 'hr-1280.agency.chokehold.byrne-cops-condition',
        }),
      }),
    );
    const text = await runCli(['compare', CITY, '--regime', 'current', '--regime', 'justice-act-2020']);
    expect(text.stdout).toContain('row | current | justice-act-2020');
    expect(text.stdout).toContain('Why they differ:');
    const withLaw = await runCli(['compare', CITY, '--with', 'mn-2020']);
    expect(withLaw.code).toBe(2);
    expect(withLaw.stderr).toContain('--with: mn-2020 has no agency rules');
  });

  it('a bad agency profile is refused with the field and what was expected', async () => {
    const r = await runCli(['compare', '-'], {
      stdin: 'id: x\ndate: 2021-01-01\nagency: { kind: precinct }\n',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('recourse: bad agency profile');
    expect(r.stderr).toContain('(standard input): agency.kind:');
  });
});

describe('recourse interview on an agency profile', () => {
  it('asks, from a partial profile, the best question first (the engine’s bestQuestion), then settles what it can', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recourse-agency-interview-'));
    const start = join(dir, 'start.yaml');
    const text = 'id: rural-sheriff-state-jag-2021\ndate: 2021-03-03\nagency: { kind: sheriff, state: GA }\n';
    writeFileSync(start, text);
    const r = await runCli(['interview', start, '--answers', SHERIFF, '--json']);
    expect(r.code).toBe(0);
    const run = json(r.stdout);
    const targets = DEFAULT_AGENCY_REGIMES.map(agencyRegime).flatMap((regime) =>
      ROWS.flatMap((row) => [
        { regime, definition: bindsId(row) },
        { regime, definition: metId(row) },
      ]),
    );
    const first = rankQuestions(targets, parseAgencyProfile(text), '2021-03-03', AGENCY_FACTS)[0];
    expect(run.asked[0]).toBe(first?.fact.path);
    expect(run.asked).not.toContain('policy.accreditation');
    expect(run.results.find((x: { regime: string }) => x.regime === 'gfjpa-2021').usdAtRisk).toEqual({});
    const words = await runCli(['interview', '--answers', SHERIFF, '--regime', 'gfjpa-2021']);
    expect(words.code).toBe(0);
    expect(words.stdout).toMatch(/^Asked \d+ question\(s\): /);
    expect(words.stdout).toContain('gfjpa-2021 (hypothetical)');
  });

  it('refuses an incident as the answers of an agency interview, and an agency interview without answers', async () => {
    const mixed = await runCli(['interview', SHERIFF, '--answers', 'data/cases/garner-2014.yaml']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain(
      '--answers: the interview of an agency profile is answered from an agency profile',
    );
    const alone = await runCli(['interview', SHERIFF]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('pass --answers PROFILE');
  });
});
