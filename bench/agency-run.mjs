// @ts-check
/**
 * The 100,000-agency synthetic run of `npm run bench`: N synthetic agencies under every agency
 * regime, through the compiled agency evaluator, on the built code (dist/), in its own process so
 * that its peak memory (maxRSS) is its own.
 *
 *   node bench/agency-run.mjs '{"n":100000,"seed":1,"replicates":10}'
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = (/** @type {string} */ path) => import(pathToFileURL(join(root, 'dist', path)).href);
const { loadAgencyParameters, simulateAgencies } = await load('analysis/population/agencies.js');
const { AGENCY_REGIMES } = await load('law/agency/index.js');

/** @type {{ n: number; seed: number; replicates: number }} */
const args = JSON.parse(process.argv[2] ?? '{}');
const regimes = [...AGENCY_REGIMES.values()];
const parameters = loadAgencyParameters(join(root, 'data', 'parameters'));
const t0 = performance.now();
const impact = simulateAgencies(regimes, parameters, {
  agencies: args.n,
  seed: args.seed,
  replicates: args.replicates,
});
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(
  `${JSON.stringify({
    agencies: args.n,
    regimes: regimes.map((r) => r.id),
    replicates: args.replicates,
    seconds,
    agencyEvaluations: args.n * regimes.length,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    node: process.version,
    label: impact.label,
  })}\n`,
);
