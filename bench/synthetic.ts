/**
 * The synthetic phase of `npm run bench` (bench/evaluate.bench.ts).
 *
 * 1. The run: bench/synthetic-run.mjs in a child process, with plain node on the built code
 *    (dist/): SYNTHETIC.incidents synthetic incidents x every regime of REGIMES, through the
 *    compiled status path (compileStatuses) into tallies, on one thread. Its time gives the
 *    regime-evaluations per second, and the child's maxRSS the peak memory.
 * 2. The peers, in this process, on the run's first SYNTHETIC.sample incidents: the compiled
 *    status path under each regime, compileSummary, the hand-written peer and json-rules-engine
 *    (on the first SYNTHETIC.jsonRulesEngineSample incidents only: it takes about a millisecond
 *    an incident), all three under `current`, the only regime the peers encode.
 *
 * Before timing, the child's tallies of a small run are checked against the same run from the
 * sources (a stale dist/ aborts the benchmark), and on the sample incidents the status path
 * against compileSummary under every regime, and both peers against compileSummary(current).
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { do_not_optimize } from 'mitata';
import {
  drawReplicate,
  generateIncident,
  loadParameters,
  type SimulationSpec,
  simulateRange,
  tallySize,
} from '../src/analysis/population/index.js';
import {
  compileStatuses,
  compileSummary,
  current,
  type Incident,
  REGIMES,
  ROUTES,
  type RouteSummary,
  STATUSES,
} from '../src/law/index.js';
import { handWrittenSummary } from './peers/hand-written.js';
import { createEngine, jsonRulesEngineSummary } from './peers/json-rules-engine.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const SYNTHETIC = {
  incidents: 1_000_000,
  seed: 1,
  /** As `recourse impact --synthetic` by default. */
  replicates: 20,
  /** Incidents of the small run whose tallies must be the same from dist/ and from the sources. */
  check: 10_000,
  /** Incidents the evaluators are compared on in this process. */
  sample: 20_000,
  jsonRulesEngineSample: 2_000,
} as const;

/** What bench/synthetic-run.mjs prints. */
interface ChildResult {
  readonly incidents: number;
  readonly regimes: readonly string[];
  readonly seed: number;
  readonly replicates: number;
  readonly seconds: number;
  readonly regimeEvaluations: number;
  readonly counted: number;
  readonly expectedCount: number;
  readonly maxRssBytes: number;
  readonly rssAtStartBytes: number;
  readonly rssSampledPeakBytes: number;
  readonly node: string;
  readonly checkCounts: readonly number[];
}

export const SAMPLE_EVALUATORS = [
  'compiled',
  'compiled summary',
  'hand-written',
  'json-rules-engine',
] as const;
export type SampleEvaluator = (typeof SAMPLE_EVALUATORS)[number];

export interface SyntheticResult {
  readonly run: ChildResult;
  readonly regimeEvaluationsPerSecond: number;
  readonly peakMemoryMB: number;
  readonly sample: {
    /** Mean nanoseconds per evaluation under `current`: `compiled` is the status path. */
    readonly ns: Record<SampleEvaluator, number>;
    /** The status path under each regime: mean nanoseconds per evaluation. */
    readonly nsByRegime: Record<string, number>;
  };
  /** What `--json` prints under `synthetic`. */
  readonly json: Record<string, unknown>;
}

const fail = (message: string): never => {
  process.stderr.write(`bench: aborted: ${message}\n`);
  process.exit(1);
};

const MB = 1024 * 1024;

/**
 * Times `pass` (one pass over `count` incidents) after one pass of warm-up: passes are repeated
 * until at least `minPasses` and 0.5 s; the median pass gives the nanoseconds per incident.
 */
async function time(count: number, minPasses: number, pass: () => unknown): Promise<number> {
  await pass();
  const passes: number[] = [];
  const start = performance.now();
  while (passes.length < minPasses || performance.now() - start < 500) {
    const t0 = performance.now();
    await pass();
    passes.push(performance.now() - t0);
  }
  passes.sort((a, b) => a - b);
  return ((passes[passes.length >> 1] as number) * 1e6) / count;
}

export async function syntheticPhase(): Promise<SyntheticResult> {
  // 1. The run, in a child process on dist/.
  const child = join(ROOT, 'bench', 'synthetic-run.mjs');
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [
        child,
        JSON.stringify({
          n: SYNTHETIC.incidents,
          seed: SYNTHETIC.seed,
          replicates: SYNTHETIC.replicates,
          check: SYNTHETIC.check,
        }),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * MB },
    );
  } catch (e) {
    return fail(
      `the synthetic run failed (${e instanceof Error ? e.message : String(e)}); dist/ is built by \`npm run bench\` (or \`npm run build\`)`,
    );
  }
  const run = JSON.parse(out) as ChildResult;
  if (run.counted !== run.expectedCount)
    fail(`the synthetic run counted ${run.counted} statuses, not ${run.expectedCount}`);

  const regimes = [...REGIMES.values()];
  const parameters = loadParameters(join(ROOT, 'data', 'parameters'));
  const checkSpec: SimulationSpec = {
    n: SYNTHETIC.check,
    seed: SYNTHETIC.seed,
    replicates: SYNTHETIC.replicates,
    regimes: regimes.map((r) => r.id),
    parameters,
  };
  if (!isDeepStrictEqual(run.regimes, checkSpec.regimes))
    fail(`the synthetic run (dist/) has the regimes ${run.regimes.join(', ')}; the sources have others`);
  const fromSources = new Float64Array(tallySize(checkSpec));
  simulateRange(checkSpec, 0, checkSpec.n, fromSources);
  if (!isDeepStrictEqual(run.checkCounts, [...fromSources]))
    fail(
      'the tallies of the synthetic run from dist/ differ from those from the sources: run `npm run build`',
    );

  // 2. The evaluators on the run's first incidents, in this process.
  const thetas = Array.from({ length: SYNTHETIC.replicates }, (_, r) =>
    drawReplicate(parameters, SYNTHETIC.seed, r),
  );
  const sample: Incident[] = [];
  for (let i = 0; i < SYNTHETIC.sample; i++)
    sample.push(
      generateIncident(SYNTHETIC.seed, i, thetas[i % SYNTHETIC.replicates] as (typeof thetas)[number])
        .incident,
    );
  const jreSample = sample.slice(0, SYNTHETIC.jsonRulesEngineSample);

  const statuses = regimes.map((r) => compileStatuses(r));
  const summaries = regimes.map((r) => compileSummary(r));
  const summary = compileSummary(current);
  const engine = createEngine();

  // The status path gives compileSummary's statuses, and the peers compileSummary's summaries.
  const scratch = new Uint8Array(ROUTES.length);
  const statusNames = (s: RouteSummary) => ROUTES.map((route) => s.routes[route].status);
  let disagreements = 0;
  const disagree = (what: string, x: Incident, want: unknown, got: unknown) => {
    if (disagreements++ < 10)
      process.stderr.write(
        `bench: ${what} disagrees with compileSummary on ${x.id}:\n  want: ${JSON.stringify(want)}\n  got: ${JSON.stringify(got)}\n`,
      );
  };
  for (const x of sample) {
    regimes.forEach((regime, g) => {
      (statuses[g] as (typeof statuses)[number])(x, scratch, 0);
      const got = [...scratch].map((k) => STATUSES[k]);
      const want = statusNames((summaries[g] as (typeof summaries)[number])(x));
      if (!isDeepStrictEqual(got, want)) disagree(`the status path under ${regime.id}`, x, want, got);
    });
    const want = summary(x);
    const got = handWrittenSummary(x);
    if (!isDeepStrictEqual(got, want)) disagree('hand-written', x, want, got);
  }
  for (const x of jreSample) {
    const want = summary(x);
    const got = await jsonRulesEngineSummary(engine, x);
    if (!isDeepStrictEqual(got, want)) disagree('json-rules-engine', x, want, got);
  }
  if (disagreements > 0)
    fail(
      `${disagreements} disagreement(s) on synthetic incidents: the figures would not compare like with like`,
    );

  const nsByRegime: Record<string, number> = {};
  for (const [g, regime] of regimes.entries()) {
    const statusesOf = statuses[g] as (typeof statuses)[number];
    nsByRegime[regime.id] = await time(sample.length, 10, () => {
      for (let i = 0; i < sample.length; i++) statusesOf(sample[i] as Incident, scratch, 0);
    });
  }
  const ns: Record<SampleEvaluator, number> = {
    compiled: nsByRegime[current.id] as number,
    'compiled summary': await time(sample.length, 10, () => {
      for (let i = 0; i < sample.length; i++) do_not_optimize(summary(sample[i] as Incident));
    }),
    'hand-written': await time(sample.length, 10, () => {
      for (let i = 0; i < sample.length; i++) do_not_optimize(handWrittenSummary(sample[i] as Incident));
    }),
    'json-rules-engine': await time(jreSample.length, 1, async () => {
      for (let i = 0; i < jreSample.length; i++)
        do_not_optimize(await jsonRulesEngineSummary(engine, jreSample[i] as Incident));
    }),
  };

  const regimeEvaluationsPerSecond = Math.round(run.regimeEvaluations / run.seconds);
  const peakMemoryMB = Number((run.maxRssBytes / MB).toFixed(1));
  return {
    run,
    regimeEvaluationsPerSecond,
    peakMemoryMB,
    sample: { ns, nsByRegime },
    json: {
      incidents: run.incidents,
      regimes: run.regimes.length,
      regimeEvaluations: run.regimeEvaluations,
      seed: run.seed,
      replicates: run.replicates,
      seconds: Number(run.seconds.toFixed(3)),
      regimeEvaluationsPerSecond,
      peakMemoryMB,
      sampleIncidents: sample.length,
      jsonRulesEngineSampleIncidents: jreSample.length,
      evaluationsPerSecond: Object.fromEntries(SAMPLE_EVALUATORS.map((e) => [e, Math.round(1e9 / ns[e])])),
      evaluationsPerSecondByRegime: Object.fromEntries(
        Object.entries(nsByRegime).map(([id, v]) => [id, Math.round(1e9 / v)]),
      ),
    },
  };
}
