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
 * Then, in the same run:
 *
 *   every regime        compiled and interpreted, as above, under each regime of REGIMES (the
 *                       peers exist only for `current`)
 *   synthetic run       bench/synthetic-run.mjs in a child process (plain node on dist/, which
 *                       `npm run bench` builds first): 1,000,000 synthetic incidents x every regime
 *                       through the compiled status path into tallies, one thread; its time and
 *                       peak memory (maxRSS)
 *   synthetic peers     on the first synthetic incidents, in this process: the compiled status
 *                       path under each regime, compileSummary, the hand-written peer and
 *                       json-rules-engine (on fewer incidents), all under `current` for the ratios
 *
 * `npm run bench -- --json` prints only the ratios and throughputs as JSON.
 */
import { isDeepStrictEqual } from 'node:util';
import { do_not_optimize, bench as mbench, run } from 'mitata';
import { compileSummary, current, evaluateIncident, REGIMES, summarise } from '../src/law/index.js';
import { handWrittenSummary } from './peers/hand-written.js';
import { createEngine, jsonRulesEngineSummary } from './peers/json-rules-engine.js';
import { SAMPLE_EVALUATORS, SYNTHETIC, syntheticPhase } from './synthetic.js';
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
// The other regimes: the compiled summaries must be the interpreter's on every incident.
/** The regimes other than `current`, each compiled once (outside the timing). */
const others = [...REGIMES.values()]
  .filter((r) => r !== current)
  .map((regime) => ({ regime, compiled: compileSummary(regime) }));
for (const { regime, compiled: c } of others) {
  for (const x of incidents) {
    const want = c(x);
    const got = summarise(evaluateIncident(regime, x));
    if (!isDeepStrictEqual(got, want)) {
      disagreements++;
      process.stderr.write(
        `bench: interpreted disagrees with compiled on ${x.id} under ${regime.id}:\n  compiled: ${JSON.stringify(want)}\n  interpreted: ${JSON.stringify(got)}\n`,
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

// Every other regime, compiled and interpreted (`current` is measured above).
for (const { regime, compiled: c } of others) {
  mbench(`compiled ${regime.id}`, () => {
    for (let i = 0; i < n; i++) do_not_optimize(c(incidents[i] as (typeof incidents)[number]));
  });
  mbench(`interpreted ${regime.id}`, () => {
    for (let i = 0; i < n; i++)
      do_not_optimize(evaluateIncident(regime, incidents[i] as (typeof incidents)[number]));
  });
}

const { benchmarks } = await run({ format: 'quiet', print: () => {}, throw: true });

/** Mean nanoseconds per evaluation (one incident, all routes), by benchmark name. */
const nsByAlias = new Map<string, number>();
const p99ByAlias = new Map<string, number>();
for (const trial of benchmarks) {
  const r = trial.runs[0];
  if (!r?.stats) throw new Error(`bench: ${trial.alias} failed: ${String(r?.error)}`);
  nsByAlias.set(trial.alias, r.stats.avg / n);
  p99ByAlias.set(trial.alias, r.stats.p99 / n);
}
/** Mean nanoseconds per evaluation (one incident, all routes). */
const nsPerEval = {} as Record<Name, number>;
const p99PerEval = {} as Record<Name, number>;
for (const name of NAMES) {
  nsPerEval[name] = nsByAlias.get(name) as number;
  p99PerEval[name] = p99ByAlias.get(name) as number;
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

/** Every regime on the corpus: mean nanoseconds per evaluation, compiled and interpreted. */
const byRegime = [...REGIMES.values()].map((regime) => {
  const isCurrent = regime === current;
  return {
    regime: regime.id,
    compiled: isCurrent ? nsPerEval.compiled : (nsByAlias.get(`compiled ${regime.id}`) as number),
    interpreted: isCurrent ? nsPerEval.interpreted : (nsByAlias.get(`interpreted ${regime.id}`) as number),
  };
});
const evaluationsPerSecondByRegime = Object.fromEntries(
  byRegime.map((r) => [
    r.regime,
    { compiled: Math.round(1e9 / r.compiled), interpreted: Math.round(1e9 / r.interpreted) },
  ]),
);

const synthetic = await syntheticPhase();
const syntheticRatios = {
  'synthetic compiled vs json-rules-engine': round(
    synthetic.sample.ns['json-rules-engine'] / synthetic.sample.ns.compiled,
    2,
  ),
  'synthetic compiled vs hand-written': round(
    synthetic.sample.ns['hand-written'] / synthetic.sample.ns.compiled,
    2,
  ),
  'synthetic compiled summary vs json-rules-engine': round(
    synthetic.sample.ns['json-rules-engine'] / synthetic.sample.ns['compiled summary'],
    2,
  ),
  'synthetic compiled summary vs hand-written': round(
    synthetic.sample.ns['hand-written'] / synthetic.sample.ns['compiled summary'],
    2,
  ),
};

if (json) {
  process.stdout.write(
    `${JSON.stringify({
      ratios: { ...ratios, ...syntheticRatios },
      evaluationsPerSecond,
      evaluationsPerSecondByRegime,
      synthetic: synthetic.json,
    })}\n`,
  );
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

  /** A table whose first `left` columns are aligned left, the others right. */
  const table = (head: string[], body: string[][], left: number) => {
    const w = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] as string).length)));
    const row = (cells: string[]) =>
      cells.map((c, i) => (i < left ? c.padEnd(w[i] as number) : c.padStart(w[i] as number))).join('  ');
    log(row(head));
    log(w.map((x) => '-'.repeat(x)).join('  '));
    for (const r of body) log(row(r));
  };
  const count = (x: number) => x.toLocaleString('en-US');

  log('');
  log(`Every regime, same workload (${n} incidents), compiled and interpreted as above`);
  log('(the peers encode only `current`, so the ratios above are for `current` only)');
  log('');
  table(
    ['regime', 'compiled / eval', 'evaluations / s', 'interpreted / eval', 'evaluations / s'],
    byRegime.map((r) => [
      r.regime === current.id ? `${r.regime} (as above)` : r.regime,
      fmtNs(r.compiled),
      count(Math.round(1e9 / r.compiled)),
      fmtNs(r.interpreted),
      count(Math.round(1e9 / r.interpreted)),
    ]),
    1,
  );

  const sr = synthetic.run;
  log('');
  log(
    `Synthetic run: ${count(sr.incidents)} incidents x ${sr.regimes.length} regimes = ${count(sr.regimeEvaluations)} regime-evaluations (seed ${sr.seed}, ${sr.replicates} replicates)`,
  );
  log(
    `plain node ${sr.node} on dist/ in a child process, one thread: runSimulation (1 worker), compiled status path, tallies`,
  );
  log('');
  log(`  time                     ${sr.seconds.toFixed(2)} s`);
  log(`  regime-evaluations / s   ${count(synthetic.regimeEvaluationsPerSecond)}`);
  log(
    `  peak memory              ${synthetic.peakMemoryMB} MB (maxRSS of the child; ${(sr.rssAtStartBytes / 1024 / 1024).toFixed(1)} MB before the run)`,
  );
  log(
    `  check                    the tallies of ${count(SYNTHETIC.check)} incidents are the same from dist/ and from the sources`,
  );
  log('');
  log(
    `Synthetic incidents (the run's first ${count(SYNTHETIC.sample)}; json-rules-engine on the first ${count(SYNTHETIC.jsonRulesEngineSample)}), in this process`,
  );
  log('(median pass; compiled = the status path; all agree on every incident)');
  log('');
  const ns = synthetic.sample.ns;
  table(
    ['evaluator', 'regime', 'mean / eval', 'evaluations / s', 'time vs compiled'],
    [
      ...Object.entries(synthetic.sample.nsByRegime).map(([id, v]) => [
        'compiled',
        id,
        fmtNs(v),
        count(Math.round(1e9 / v)),
        `${(v / ns.compiled).toFixed(2)}x`,
      ]),
      ...SAMPLE_EVALUATORS.filter((e) => e !== 'compiled').map((e) => [
        e,
        current.id,
        fmtNs(ns[e]),
        count(Math.round(1e9 / ns[e])),
        `${(ns[e] / ns.compiled).toFixed(2)}x`,
      ]),
    ],
    2,
  );
  log('');
  log('ratio = peer time / our time per regime-evaluation, under `current`. The peers compute the whole');
  log('route summary (blockers, penalty ceiling), as compileSummary does; the status path only the statuses');
  for (const [k, v] of Object.entries(syntheticRatios)) log(`  ${k.padEnd(48)} ${v}`);
  log('');
  log('targets (synthetic run)');
  log(
    `  >= 1,000,000 regime-evaluations/s on one core  ${check(synthetic.regimeEvaluationsPerSecond >= 1_000_000)} (${count(synthetic.regimeEvaluationsPerSecond)}/s)`,
  );
  log(
    `  under 500 MB of memory                        ${check(synthetic.peakMemoryMB < 500)} (${synthetic.peakMemoryMB} MB peak RSS)`,
  );
}
