/**
 * `npm run bench`: Recourse's evaluation against two peers, measured in the same run.
 *
 *   compiled            compileSummary(current) (compiled once, outside the timing) on each incident
 *   interpreted         evaluateIncident(current, x): the interpreter with full trace and reasons,
 *                       all routes, tactics, funding, reporting and standards
 *   hand-written        bench/peers/hand-written.ts: the same route rules as plain TypeScript
 *   json-rules-engine   bench/peers/json-rules-engine.ts: the same route rules in json-rules-engine 7,
 *                       each incident awaited in turn (one Engine cannot run concurrently)
 *
 * One benchmark iteration evaluates the whole workload (the bundled cases, see bench/workload.ts);
 * an "evaluation" is one incident under one regime (all routes). Before timing, the four are
 * checked to give the same route summaries on every incident; the run aborts if they do not.
 *
 * `npm run bench -- --json` prints only the ratios and throughputs as JSON.
 */
import { isDeepStrictEqual } from 'node:util';
import { do_not_optimize, bench as mbench, run } from 'mitata';
import { compileSummary, current, evaluateIncident, summarise } from '../src/law/index.js';
import { handWrittenSummary } from './peers/hand-written.js';
import { createEngine, jsonRulesEngineSummary } from './peers/json-rules-engine.js';
import { benchWorkload } from './workload.js';

const json = process.argv.includes('--json');
const log = (s: string) => {
  if (!json) process.stdout.write(`${s}\n`);
};

const workload = benchWorkload();
const incidents = workload.incidents;
const n = incidents.length;
for (const s of workload.skipped) process.stderr.write(`bench: skipped a case that does not parse: ${s}\n`);
if (n === 0) {
  process.stderr.write('bench: empty workload\n');
  process.exit(1);
}

const compiled = compileSummary(current);
const engine = createEngine();

// Keep the bench honest: the four must agree on every incident before anything is timed.
let disagreements = 0;
for (const x of incidents) {
  const want = compiled(x);
  const others: [string, unknown][] = [
    ['interpreted', summarise(evaluateIncident(current, x))],
    ['hand-written', handWrittenSummary(x)],
    ['json-rules-engine', await jsonRulesEngineSummary(engine, x)],
  ];
  for (const [name, got] of others) {
    if (!isDeepStrictEqual(got, want)) {
      disagreements++;
      process.stderr.write(
        `bench: ${name} disagrees with compiled on ${x.id}:\n  compiled: ${JSON.stringify(want)}\n  ${name}: ${JSON.stringify(got)}\n`,
      );
    }
  }
}
if (disagreements > 0) {
  process.stderr.write(
    `bench: aborted, ${disagreements} disagreement(s): the figures would not compare like with like\n`,
  );
  process.exit(1);
}

const NAMES = ['compiled', 'interpreted', 'hand-written', 'json-rules-engine'] as const;
type Name = (typeof NAMES)[number];

mbench('compiled', () => {
  for (let i = 0; i < n; i++) do_not_optimize(compiled(incidents[i] as (typeof incidents)[number]));
});
mbench('interpreted', () => {
  for (let i = 0; i < n; i++)
    do_not_optimize(evaluateIncident(current, incidents[i] as (typeof incidents)[number]));
});
mbench('hand-written', () => {
  for (let i = 0; i < n; i++) do_not_optimize(handWrittenSummary(incidents[i] as (typeof incidents)[number]));
});
mbench('json-rules-engine', async () => {
  for (let i = 0; i < n; i++)
    do_not_optimize(await jsonRulesEngineSummary(engine, incidents[i] as (typeof incidents)[number]));
});

const { benchmarks } = await run({ format: 'quiet', print: () => {}, throw: true });

/** Mean nanoseconds per evaluation (one incident, all routes). */
const nsPerEval = {} as Record<Name, number>;
const p99PerEval = {} as Record<Name, number>;
for (const trial of benchmarks) {
  const r = trial.runs[0];
  if (!r?.stats) throw new Error(`bench: ${trial.alias} failed: ${String(r?.error)}`);
  nsPerEval[trial.alias as Name] = r.stats.avg / n;
  p99PerEval[trial.alias as Name] = r.stats.p99 / n;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));
const perSecond = (name: Name) => Math.round(1e9 / nsPerEval[name]);
const ratio = (peer: Name, ours: Name) => round(nsPerEval[peer] / nsPerEval[ours], 2);

const ratios = {
  'compiled vs json-rules-engine': ratio('json-rules-engine', 'compiled'),
  'compiled vs hand-written': ratio('hand-written', 'compiled'),
  'interpreted vs json-rules-engine': ratio('json-rules-engine', 'interpreted'),
};
const evaluationsPerSecond = {
  compiled: perSecond('compiled'),
  interpreted: perSecond('interpreted'),
  'hand-written': perSecond('hand-written'),
  'json-rules-engine': perSecond('json-rules-engine'),
};

if (json) {
  process.stdout.write(`${JSON.stringify({ ratios, evaluationsPerSecond })}\n`);
} else {
  const source =
    workload.random > 0
      ? `${workload.cases} bundled case(s) + ${workload.random} seeded random incidents`
      : `${workload.cases} bundled cases (data/cases)`;
  log(`Recourse evaluation benchmark: regime current, workload ${n} incidents (${source})`);
  log(`node ${process.version}, ${process.platform}-${process.arch}; all four agree on every incident`);
  log('');
  const fmtNs = (ns: number) => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
  const rows = NAMES.map((name) => [
    name,
    fmtNs(nsPerEval[name]),
    fmtNs(p99PerEval[name]),
    perSecond(name).toLocaleString('en-US'),
    `${(nsPerEval[name] / nsPerEval.compiled).toFixed(2)}x`,
  ]);
  const header = ['evaluator', 'mean / eval', 'p99 / eval', 'evaluations / s', 'time vs compiled'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join('  ');
  log(line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) log(line(r));
  log('');
  log('ratio = peer time / our time (how many times faster Recourse is; < 1 means slower)');
  for (const [k, v] of Object.entries(ratios)) log(`  ${k.padEnd(34)} ${v}`);
  log('');
  const check = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  log('targets');
  log(
    `  compiled >= 20x faster than json-rules-engine     ${check(ratios['compiled vs json-rules-engine'] >= 20)} (${ratios['compiled vs json-rules-engine']}x)`,
  );
  log(
    `  compiled within 2x of hand-written (ratio >= 0.5) ${check(ratios['compiled vs hand-written'] >= 0.5)} (${ratios['compiled vs hand-written']})`,
  );
  log(
    `  interpreted, full trace >= 100,000 evaluations/s  ${check(evaluationsPerSecond.interpreted >= 100_000)} (${evaluationsPerSecond.interpreted.toLocaleString('en-US')}/s)`,
  );
}
