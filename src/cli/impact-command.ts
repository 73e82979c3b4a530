import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  assumptionsOf,
  averageYearEstimates,
  type CorpusImpact,
  corpusImpact,
  estimates,
  type LoadedCase,
  loadParameters,
  type RegimeEstimate,
  runSimulation,
} from '../analysis/index.js';
import type { Regime } from '../engine/index.js';
import { IncidentError, PROVISIONS, ROUTES, type RouteName, STATUSES } from '../law/index.js';
import { writeFileAtomically } from './atomic-write.js';
import { BUNDLED_CASES, BUNDLED_PARAMETERS } from './bundled.js';
import { UsageError } from './errors.js';
import { expandIncidentPaths, parseIncidentText, readText } from './incident-files.js';
import type { Io, Output } from './io.js';

/** `recourse impact`: every regime over the cases corpus, or over a synthetic national population. */

export interface ImpactOptions {
  /** The cases corpus (default: the bundled cases). */
  readonly cases?: string;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly synthetic?: string;
  readonly seed: string;
  readonly workers: string;
  readonly replicates: string;
  /** The parameter files (default: the bundled parameters). */
  readonly parameters?: string;
  /** A directory to write SVG charts to. */
  readonly svg?: string;
}

/** Reads every case; a bad one is reported in the results, not fatal. */
export function loadCases(dir: string): LoadedCase[] {
  return expandIncidentPaths([dir]).map((file): LoadedCase => {
    try {
      return { file, incident: parseIncidentText(readText(file, undefined), file) };
    } catch (e) {
      if (e instanceof UsageError) return { file, error: e.message };
      if (e instanceof IncidentError) {
        return { file, error: e.errors.map((x) => `${x.path || '(document)'}: ${x.message}`).join('; ') };
      }
      return { file, error: e instanceof Error ? e.message : String(e) };
    }
  });
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvRow = (cells: unknown[]) => cells.map(csvCell).join(',');

function corpusCsv(impact: CorpusImpact): string {
  const rows = [
    csvRow(['kind', 'regime', 'route', 'incident', 'status', 'before', 'after', 'provision', 'value']),
  ];
  for (const r of impact.regimes) {
    for (const route of ROUTES) {
      for (const status of STATUSES)
        rows.push(csvRow(['count', r.regime, route, '', status, '', '', '', r.routes[route][status]]));
      for (const p of r.attribution?.[route].provisions ?? []) {
        rows.push(csvRow(['attribution', r.regime, route, '', 'available', '', '', p.provision, p.share]));
      }
    }
  }
  for (const c of impact.changes) {
    for (const p of c.provisions)
      rows.push(
        csvRow(['change', c.regime, c.route, c.incident, '', c.before, c.after, p.provision, p.share]),
      );
  }
  for (const e of impact.errors) rows.push(csvRow(['error', '', '', e.file, '', '', '', '', e.error]));
  return rows.join('\n');
}

const share = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(3));

function corpusText(impact: CorpusImpact): string {
  const lines = [`Impact over ${impact.cases} cases (baseline: ${impact.baseline})`, ''];
  const header = `${'regime'.padEnd(22)}${'route'.padEnd(20)}${STATUSES.map((s) => s.padEnd(16)).join('')}`;
  lines.push(header);
  for (const r of impact.regimes) {
    for (const route of ROUTES) {
      lines.push(
        `${r.regime.padEnd(22)}${route.padEnd(20)}${STATUSES.map((s) => String(r.routes[route][s]).padEnd(16)).join('')}`,
      );
    }
  }
  lines.push('', 'Change in cases with the route available, by provision (exact Shapley values):');
  for (const r of impact.regimes) {
    if (!r.attribution) continue;
    for (const route of ROUTES) {
      const a = r.attribution[route];
      if (a.availableChange === 0 && a.provisions.every((p) => p.share === 0)) continue;
      const parts = a.provisions.filter((p) => p.share !== 0).map((p) => `${p.provision} ${share(p.share)}`);
      lines.push(
        `  ${r.regime} ${route}: ${a.availableChange >= 0 ? '+' : ''}${a.availableChange} (${parts.join(', ') || 'no provision'})`,
      );
    }
  }
  lines.push('', 'Case by case, against the baseline:');
  if (impact.changes.length === 0) lines.push('  no route changes');
  for (const c of impact.changes) {
    const by = c.provisions
      .map((p) => `${p.provision}${p.share === 1 ? '' : ` ${share(p.share)}`}`)
      .join(', ');
    lines.push(`  ${c.regime} ${c.incident} ${c.route}: ${c.before} -> ${c.after} (${by})`);
  }
  if (impact.errors.length > 0) {
    lines.push('', `Cases that could not be used (${impact.errors.length}):`);
    for (const e of impact.errors) lines.push(`  ${e.file}: ${e.error}`);
  }
  return lines.join('\n');
}

const fmt = (e: { mean: number; low: number; high: number }) =>
  `${Math.round(e.mean)} (${Math.round(e.low)}-${Math.round(e.high)})`;

function syntheticText(
  n: number,
  seed: number,
  replicates: number,
  result: RegimeEstimate[],
  assumptions: ReturnType<typeof assumptionsOf>,
): string {
  const lines = [
    `MODEL ESTIMATES, not observations: ${n.toLocaleString('en-US')} synthetic fatal police shootings (seed ${seed}, ${replicates} replicates).`,
    'Each figure: the estimated number of fatal shootings a year for which the route is available, mean (5th-95th percentile across parameter draws).',
    '',
  ];
  const years = result[0]?.years.map((y) => y.year) ?? [];
  lines.push(`${'regime'.padEnd(22)}${'route'.padEnd(20)}${years.map((y) => String(y).padEnd(15)).join('')}`);
  for (const r of result) {
    for (const route of ROUTES) {
      lines.push(
        `${r.regime.padEnd(22)}${route.padEnd(20)}${r.years.map((y) => fmt(y.routes[route]?.available ?? { mean: 0, low: 0, high: 0 }).padEnd(15)).join('')}`,
      );
    }
  }
  lines.push('', 'Assumptions and their sources:');
  for (const a of assumptions) {
    lines.push(`  ${a.parameter}${a.assumption ? ' [ASSUMPTION]' : ''}: ${a.description}: ${a.values}`);
    if (a.note) lines.push(`      ${a.note}`);
    for (const s of a.sources) lines.push(`      source: ${s}`);
  }
  return lines.join('\n');
}

async function progressBar(
  total: number,
  stderr: Output,
): Promise<{ update(done: number): void; stop(): void }> {
  // A bar on a terminal, nothing when piped (cli-progress prints nothing useful to a pipe); the
  // library is loaded only when a bar is drawn.
  if (!stderr.isTTY) return { update() {}, stop() {} };
  const { SingleBar } = await import('cli-progress');
  const bar = new SingleBar({
    format: 'simulating [{bar}] {percentage}% | {value}/{total} incidents | eta {eta}s',
    stream: process.stderr,
  });
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

const positiveInteger = (flag: string, text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag}: expected a positive whole number, got "${text}"`);
  return n;
};

/**
 * Creates the chart directory and any missing parents, one level at a time; a usage error naming
 * --svg if it cannot be. (Node 20's recursive mkdir never returns for some paths, /proc/x for one.)
 */
function ensureDirectory(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  try {
    for (const d of missing) mkdirSync(d);
  } catch (e) {
    throw new UsageError(
      `--svg: cannot create the directory ${dir} (${(e as NodeJS.ErrnoException).code ?? e})`,
    );
  }
  if (!statSync(dir).isDirectory()) throw new UsageError(`--svg: ${dir} is not a directory`);
}

/** Writes the charts into the directory; returns the paths written. */
function writeCharts(dir: string, charts: readonly { name: string; svg: string }[]): string[] {
  ensureDirectory(dir);
  return charts.map((c) => {
    const path = join(dir, c.name);
    writeFileAtomically(path, `${c.svg}\n`);
    return path;
  });
}

/**
 * Appends the paths written to the report; with --json or --csv they go to stderr instead, so
 * that stdout stays machine-readable.
 */
function withPaths(report: string, paths: readonly string[], machine: boolean, stderr: Output): string {
  if (paths.length === 0) return report;
  const lines = paths.map((p) => `wrote ${p}`);
  if (machine) {
    stderr.write(`${lines.join('\n')}\n`);
    return report;
  }
  return [report, '', 'Charts:', ...lines.map((l) => `  ${l}`)].join('\n');
}

const chartOptions = () => ({
  provisionTitles: new Map([...PROVISIONS].map(([id, o]) => [id, o.title] as const)),
});

/** The cases corpus; a missing directory names the flag. */
function loadCorpus(dir: string): LoadedCase[] {
  try {
    return loadCases(dir);
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(`--cases: ${e.message}`, e.details);
    throw e;
  }
}

export async function impactCommand(
  regimes: readonly Regime[],
  options: ImpactOptions,
  io: Pick<Io, 'stderr'>,
): Promise<string> {
  const casesDir = options.cases ?? BUNDLED_CASES;
  if (options.json && options.csv) throw new UsageError('--json and --csv: choose one output format');
  if (options.svg !== undefined && options.svg.trim() === '')
    throw new UsageError('--svg: expected a directory, got ""');
  const machine = Boolean(options.json || options.csv);
  if (options.synthetic !== undefined) {
    const n = positiveInteger('--synthetic', options.synthetic);
    const seed = Number(options.seed);
    if (!Number.isInteger(seed))
      throw new UsageError(`--seed: expected a whole number, got "${options.seed}"`);
    const workers = positiveInteger('--workers', options.workers);
    const replicates = positiveInteger('--replicates', options.replicates);
    let parameters: ReturnType<typeof loadParameters>;
    try {
      parameters = loadParameters(options.parameters ?? BUNDLED_PARAMETERS);
    } catch (e) {
      throw new UsageError(`--parameters: ${e instanceof Error ? e.message : String(e)}`);
    }
    const spec = { n, seed, replicates, regimes: regimes.map((r) => r.id), parameters };
    // Before the long run: the corpus of the other charts, and a directory that can be written.
    const corpus = options.svg !== undefined ? loadCorpus(casesDir) : [];
    if (options.svg !== undefined) ensureDirectory(options.svg);
    const bar = await progressBar(n, io.stderr);
    const counts = await runSimulation(spec, { workers, onProgress: (done) => bar.update(done) });
    bar.stop();
    const result = estimates(spec, counts);
    const assumptions = assumptionsOf(parameters);
    let paths: string[] = [];
    if (options.svg !== undefined) {
      const charts = await import('../analysis/charts.js');
      const impact = corpusImpact(regimes, corpus);
      const average = averageYearEstimates(spec, counts);
      const synthetic = charts.syntheticChart({
        n,
        seed,
        replicates,
        years: average[0]?.years ?? [0, 0],
        rows: average.flatMap((a) =>
          ROUTES.map((route: RouteName) => {
            const e = a.routes[route]?.available ?? { mean: 0, low: 0, high: 0 };
            return { regime: a.regime, route, mean: e.mean, low: e.low, high: e.high };
          }),
        ),
        assumptions,
      });
      paths = writeCharts(options.svg, [...charts.corpusCharts(impact, chartOptions()), synthetic]);
    }
    if (options.json) {
      return withPaths(
        JSON.stringify(
          {
            label: 'model estimates',
            population: 'fatal shootings by on-duty officers',
            n,
            seed,
            replicates,
            estimates: result,
            assumptions,
          },
          null,
          2,
        ),
        paths,
        machine,
        io.stderr,
      );
    }
    if (options.csv) {
      const rows = [csvRow(['regime', 'year', 'route', 'status', 'mean', 'low', 'high'])];
      for (const r of result) {
        for (const y of r.years) {
          for (const route of ROUTES) {
            for (const status of STATUSES) {
              const e = y.routes[route]?.[status];
              if (e) rows.push(csvRow([r.regime, y.year, route, status, e.mean, e.low, e.high]));
            }
          }
        }
      }
      return withPaths(rows.join('\n'), paths, machine, io.stderr);
    }
    return withPaths(syntheticText(n, seed, replicates, result, assumptions), paths, machine, io.stderr);
  }
  const impact = corpusImpact(regimes, loadCorpus(casesDir));
  let paths: string[] = [];
  if (options.svg !== undefined) {
    const charts = await import('../analysis/charts.js');
    paths = writeCharts(options.svg, charts.corpusCharts(impact, chartOptions()));
  }
  if (options.json) return withPaths(JSON.stringify(impact, null, 2), paths, machine, io.stderr);
  if (options.csv) return withPaths(corpusCsv(impact), paths, machine, io.stderr);
  return withPaths(corpusText(impact), paths, machine, io.stderr);
}
