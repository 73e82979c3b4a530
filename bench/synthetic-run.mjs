// @ts-check
/**
 * The synthetic run of `npm run bench`: N synthetic incidents (the real generator, seeded) under
 * every regime of REGIMES, evaluated by the compiled status path and streamed into tallies, on one
 * thread (`runSimulation` with one worker, as `recourse impact --synthetic N` runs).
 *
 * bench/evaluate.bench.ts runs this file in a child process with plain node, on the built code
 * (dist/, which `npm run bench` builds first): the figures are those of the code users run, and
 * the child's peak memory (maxRSS) is the run's own, not the benchmark's.
 *
 *   node bench/synthetic-run.mjs '{"n":1000000,"seed":1,"replicates":20,"check":10000}'
 *
 * Prints one JSON object: the time, the regime-evaluations per second, the peak memory, and the
 * tallies of a small second run of `check` incidents, which the benchmark compares with the same
 * run from the sources, so that a stale dist/ cannot pass unnoticed.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = (/** @type {string} */ path) => import(pathToFileURL(join(root, 'dist', path)).href);
const { loadParameters, runSimulation } = await load('analysis/population/index.js');
const { REGIMES, ROUTES } = await load('law/index.js');

/** @type {{ n: number; seed: number; replicates: number; check: number }} */
const args = JSON.parse(process.argv[2] ?? '{}');
const parameters = loadParameters(join(root, 'data', 'parameters'));
const regimes = [...REGIMES.keys()];
const spec = { n: args.n, seed: args.seed, replicates: args.replicates, regimes, parameters };

const rssAtStart = process.memoryUsage.rss();
let rssSampled = rssAtStart;
const sample = () => {
  const rss = process.memoryUsage.rss();
  if (rss > rssSampled) rssSampled = rss;
};

const t0 = performance.now();
/** @type {Float64Array} */
const counts = await runSimulation(spec, { workers: 1, onProgress: sample });
const seconds = (performance.now() - t0) / 1000;
const maxRss = process.resourceUsage().maxRSS * 1024;

let counted = 0;
for (let i = 0; i < counts.length; i++) counted += /** @type {number} */ (counts[i]);

/** @type {Float64Array} */
const check = await runSimulation({ ...spec, n: args.check }, { workers: 1 });

process.stdout.write(
  `${JSON.stringify({
    incidents: spec.n,
    regimes,
    seed: spec.seed,
    replicates: spec.replicates,
    seconds,
    regimeEvaluations: spec.n * regimes.length,
    counted,
    expectedCount: spec.n * regimes.length * ROUTES.length,
    maxRssBytes: maxRss,
    rssAtStartBytes: rssAtStart,
    rssSampledPeakBytes: rssSampled,
    node: process.version,
    checkCounts: [...check],
  })}\n`,
);
