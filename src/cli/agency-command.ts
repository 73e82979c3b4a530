import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import { answersFrom, runAgencyInterview } from '../analysis/agency-interview.js';
import { listRules, type Regime, renderTrace } from '../engine/index.js';
import {
  type AgencyProfile,
  AgencyProfileError,
  type AgencyResult,
  agencyProfileJsonSchema,
  evaluateAgency,
  parseAgencyProfile,
  ROWS,
  type Row,
  sideBySide,
  traceAgency,
} from '../law/agency/index.js';
import { resolveAgencyRegimes } from './agency-input.js';
import { BUNDLED_PARAMETERS } from './bundled.js';
import { type CliCommand, collect, printTo } from './command.js';
import { UsageError } from './errors.js';
import { expandIncidentPaths } from './incident-files.js';
import type { Io } from './io.js';

/**
 * `recourse agency FILE... [--regime ID]... [--json]`: what each regime asks of a police agency,
 * whether it meets it, the grants at risk and the crimes that newly reach its officers.
 * `--explain` prints each obligation's derivation, `--compare` the rows x regimes matrix,
 * `--side-by-side` the provisions of both bills row by row, `--schema` the profile format.
 */

export function loadAgencyProfiles(args: readonly string[]): { file: string; profile: AgencyProfile }[] {
  const out: { file: string; profile: AgencyProfile }[] = [];
  const problems: string[] = [];
  for (const file of expandIncidentPaths(args)) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      problems.push(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      continue;
    }
    try {
      out.push({ file, profile: parseAgencyProfile(text, file) });
    } catch (e) {
      if (!(e instanceof AgencyProfileError)) throw e;
      problems.push(...e.errors.map((err) => `${file}: ${err.path || '(document)'}: ${err.message}`));
    }
  }
  if (problems.length > 0) throw new UsageError('bad agency profile', problems);
  return out;
}

/** The agency regimes named (all by default), with the laws of `--with` (refused by name where they have no agency rules). */
const regimesOf = (ids: readonly string[], withLaws: readonly string[]): Regime[] =>
  resolveAgencyRegimes(ids, withLaws);

/**
 * The agency interview answered from a complete profile (`oracle`), from `start`: the questions
 * asked, whether every obligation is settled, and the results under each regime, as text or JSON.
 */
export function agencyInterviewReport(
  regimes: readonly Regime[],
  start: AgencyProfile,
  oracle: AgencyProfile,
  json: boolean,
): string {
  const run = runAgencyInterview(regimes, start, answersFrom(oracle));
  const results = regimes.map((r) => evaluateAgency(r, run.facts));
  if (json) return JSON.stringify({ ...run, results }, null, 2);
  return [
    `Asked ${run.asked.length} question(s): ${run.asked.join(', ')}`,
    `Every obligation settled: ${run.determined ? 'yes' : 'no'}`,
    ...results.map(renderAgencyResult),
  ].join('\n');
}

const usd = (n: number | null) => (n === null ? 'amount unknown' : `$${n.toLocaleString('en-US')}/yr`);

export function renderAgencyResult(r: AgencyResult): string {
  const lines = [`  ${r.regime}${r.hypothetical ? ' (hypothetical)' : ''}`];
  for (const o of r.obligations) {
    const needs = o.needs.length > 0 ? ` (needs ${o.needs.join(', ')})` : '';
    lines.push(
      `    ${o.title}: ${o.mechanism ?? 'undetermined'}, ${o.status}${needs}${o.unconfirmed ? ' [UNCONFIRMED]' : ''}`,
    );
    if (o.cite) lines.push(`        ${o.cite}`);
  }
  if (r.obligations.length === 0) lines.push('    no obligation');
  for (const g of r.grantsAtRisk) {
    const pct =
      g.percent === undefined ? '' : ` ${g.percent}%${g.laterPercent ? ` (then ${g.laterPercent}%)` : ''}`;
    lines.push(
      `    at risk: ${g.grant}, ${g.loss}${pct}, ${usd(g.usdPerYear)}${g.determined ? '' : ', if not met'} (${g.row})${g.note ? `: ${g.note}` : ''}`,
    );
  }
  for (const c of r.crimes)
    lines.push(`    reaches its officers: ${c.title}: ${c.cite}${c.unconfirmed ? ' [UNCONFIRMED]' : ''}`);
  for (const n of r.notAddressed) lines.push(`    not addressed: ${n.row}`);
  return lines.join('\n');
}

export function renderMatrix(results: readonly AgencyResult[]): string {
  const lines = [`row | ${results.map((r) => r.regime).join(' | ')}`];
  for (const row of ROWS) {
    const cells = results.map((r) => {
      const o = [...r.obligations, ...r.crimes].find((x) => x.row === row);
      if (o) return `${o.mechanism ?? '?'}: ${o.status}`;
      return r.notAddressed.some((n) => n.row === row) ? 'not addressed' : '-';
    });
    if (cells.every((c) => c === '-')) continue;
    lines.push(`${row} | ${cells.join(' | ')}`);
  }
  const money = results.map((r) => {
    const total = Object.values(r.usdAtRisk).reduce((a, b) => a + (b ?? 0), 0);
    return `${r.regime}: $${total.toLocaleString('en-US')}/yr known at risk`;
  });
  return [...lines, ...money].join('\n');
}

function renderSideBySide(): string {
  const rows = sideBySide();
  return rows
    .map((r) => {
      const cells = Object.entries(r.cells).map(([regime, c]) =>
        'notAddressed' in c
          ? `  ${regime}: not addressed (${c.notAddressed})`
          : `  ${regime}: ${c.provisions.join(', ')}`,
      );
      return [`${r.row}: ${r.title}`, ...cells].join('\n');
    })
    .join('\n');
}

export const agencyCommand: CliCommand = {
  name: 'agency',
  register(program, io) {
    const print = printTo(io);
    program
      .command('agency')
      .description(
        'What each regime asks of a police agency, whether it meets it, and the federal money at risk',
      )
      .argument('[files...]', 'agency profile files or directories (YAML or JSON)')
      .option(
        '--regime <id>',
        'a regime: current, gfjpa-2021, justice-act-2020 (repeatable; default: all)',
        collect,
      )
      .option(
        '--with <law>',
        'apply a state or local law hypothetically; one without agency rules is refused, by name',
        collect,
      )
      .option('--json', 'print agency results v1 as a JSON array')
      .option('--explain', 'print the derivation of each obligation, rule by rule')
      .addOption(new Option('--row <row>', 'with --explain: one row only').choices([...ROWS]))
      .option('--compare', 'print the rows x regimes matrix for each profile')
      .option('--side-by-side', 'print, row by row, the provisions of both bills or "not addressed"')
      .option('--schema', 'print the JSON Schema of the agency profile format v1')
      .option('--rules', 'list every agency rule of each regime: citation, dates, UNCONFIRMED notes')
      .option(
        '--answers <profile>',
        'interview: from FILE, ask only what settles obligations, answered from this complete profile',
      )
      .action(
        (
          files: string[],
          opts: {
            regime?: string[];
            with?: string[];
            json?: boolean;
            explain?: boolean;
            row?: Row;
            compare?: boolean;
            sideBySide?: boolean;
            schema?: boolean;
            answers?: string;
            rules?: boolean;
          },
        ) => {
          if (opts.rules) {
            const regimes = regimesOf(opts.regime ?? [], []);
            if (opts.json)
              return print(
                JSON.stringify(
                  regimes.map((r) => ({ id: r.id, title: r.title, hash: r.hash, rules: listRules(r) })),
                  null,
                  2,
                ),
              );
            return print(
              regimes
                .flatMap((r) => [
                  `${r.id}: ${r.title}`,
                  ...listRules(r).map(
                    (rule) =>
                      `  ${rule.id}${rule.inForce.from || rule.inForce.until ? ` [${rule.inForce.from ?? '...'} to ${rule.inForce.until ?? '...'}]` : ''}${rule.unconfirmed ? ' [UNCONFIRMED]' : ''}\n      ${rule.cite}`,
                  ),
                ])
                .join('\n'),
            );
          }
          if (opts.schema) return print(JSON.stringify(agencyProfileJsonSchema(), null, 2));
          if (opts.sideBySide)
            return print(opts.json ? JSON.stringify(sideBySide(), null, 2) : renderSideBySide());
          if (files.length === 0) throw new UsageError('agency: give at least one agency profile file');
          const regimes = regimesOf(opts.regime ?? [], opts.with ?? []);
          const profiles = loadAgencyProfiles(files);
          if (opts.answers) {
            const [oracle] = loadAgencyProfiles([opts.answers]);
            const start = profiles[0] as { profile: AgencyProfile };
            return print(
              agencyInterviewReport(
                regimes,
                start.profile,
                (oracle as { profile: AgencyProfile }).profile,
                opts.json ?? false,
              ),
            );
          }
          if (opts.explain) {
            const blocks = profiles.flatMap(({ profile }) =>
              regimes.map((r) =>
                [
                  `${profile.id} under ${r.id}`,
                  ...traceAgency(r, profile, opts.row ? [opts.row] : ROWS).map((t) => renderTrace(t)),
                ].join('\n\n'),
              ),
            );
            return print(blocks.join('\n\n'));
          }
          const results = profiles.map(({ profile }) => ({
            profile,
            results: regimes.map((r) => evaluateAgency(r, profile)),
          }));
          if (opts.json)
            return print(
              JSON.stringify(
                results.flatMap((p) => p.results),
                null,
                2,
              ),
            );
          const blocks = results.map(({ profile, results: rs }) =>
            [
              `${profile.id}: ${profile.title ?? ''} (${profile.date})`,
              ...(opts.compare ? [renderMatrix(rs)] : rs.map(renderAgencyResult)),
            ].join('\n'),
          );
          return print(blocks.join('\n\n'));
        },
      );
  },
};

const wholeNumber = (flag: string, text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag}: expected a positive whole number, got "${text}"`);
  return n;
};

const money = (x: { mean: number; low: number; high: number }) =>
  `$${Math.round(x.mean).toLocaleString('en-US')} [$${Math.round(x.low).toLocaleString('en-US')}-$${Math.round(x.high).toLocaleString('en-US')}]`;
const count = (x: { mean: number; low: number; high: number }) =>
  `${Math.round(x.mean).toLocaleString('en-US')} [${Math.round(x.low).toLocaleString('en-US')}-${Math.round(x.high).toLocaleString('en-US')}]`;

/**
 * `recourse impact --agencies N`: N synthetic agencies under each regime (ids from --regime, or
 * all), agencies out of compliance per obligation and dollars a year at risk, scaled to the
 * national count, with 90% intervals over the replicates. Model estimates.
 */
export async function agencyImpactCommand(
  ids: readonly string[],
  opts: { agencies: string; seed: string; replicates: string; parameters?: string; json?: boolean },
  io: Io,
): Promise<string> {
  const { loadAgencyParameters, simulateAgencies } = await import('../analysis/population/agencies.js');
  const regimes = regimesOf(ids, []);
  const agencies = wholeNumber('--agencies', opts.agencies);
  const replicates = wholeNumber('--replicates', opts.replicates);
  let parameters: ReturnType<typeof loadAgencyParameters>;
  try {
    parameters = loadAgencyParameters(opts.parameters ?? BUNDLED_PARAMETERS);
  } catch (e) {
    throw new UsageError(`--parameters: ${e instanceof Error ? e.message : String(e)}`);
  }
  let bar: { update(n: number): void; stop(): void } = { update() {}, stop() {} };
  if (io.stderr.isTTY) {
    const { SingleBar } = await import('cli-progress');
    const b = new SingleBar({
      format: 'simulating agencies [{bar}] {value}/{total} replicates',
      stream: process.stderr,
    });
    b.start(replicates, 0);
    bar = { update: (n) => b.update(n), stop: () => b.stop() };
  }
  const impact = simulateAgencies(regimes, parameters, {
    agencies,
    seed: Number(opts.seed),
    replicates,
    onProgress: (n) => bar.update(n),
  });
  bar.stop();
  if (opts.json) return JSON.stringify(impact, null, 2);
  const lines = [
    `Agency impact: MODEL ESTIMATES, ${impact.agencies.toLocaleString('en-US')} synthetic agencies scaled to ${impact.scaledTo.toLocaleString('en-US')}, ${impact.replicates} replicates, 90% intervals, as of ${impact.date}`,
  ];
  for (const r of impact.regimes) {
    lines.push(`${r.regime}`);
    for (const row of r.rows)
      lines.push(`  ${row.row}: not met ${count(row.notMet)}; undetermined ${count(row.undetermined)}`);
    for (const [grant, x] of Object.entries(r.usdAtRisk))
      if (x) lines.push(`  at risk a year: ${grant} ${money(x)}`);
    for (const [grant, x] of Object.entries(r.usdAtRiskUpTo))
      if (x && x.mean !== r.usdAtRisk[grant as keyof typeof r.usdAtRisk]?.mean)
        lines.push(`  at risk a year if every undetermined obligation is not met: ${grant} ${money(x)}`);
  }
  lines.push('Parameters (assumption = no source gives the figure):');
  for (const a of impact.assumptions)
    lines.push(
      `  ${a.parameter}${a.assumption ? ' [assumption]' : ''}${a.note ? `: ${a.note}` : ''}${a.sources.length ? ` (${a.sources.join(' ; ')})` : ''}`,
    );
  return lines.join('\n');
}
