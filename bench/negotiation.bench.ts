/**
 * `npm run bench` (last part), or alone: `node --import tsx bench/negotiation.bench.ts`.
 *
 * The full deal space of the bundled negotiation (data/negotiation/us-2020-2022.yaml): every
 * package, red lines or not, measured on the cases corpus and on 2,000 synthetic incidents
 * against current law, and its agency provisions (the FUNDING and MILEQUIP options) on 2,000
 * synthetic agencies with the agency impact library; then the deal space (feasibility, Pareto frontier, blocking sets) on every
 * date a position changed, June 2020 to December 2021. Packages share a compiled regime when they
 * differ only by provisions no route reads. Prints the package count, the distinct regimes
 * compiled and the regime evaluations per second; the budget is 2 seconds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAgencyParameters, loadParameters } from '../src/analysis/index.js';
import { type Incident, parseIncident } from '../src/law/index.js';
import {
  allPackages,
  changeDates,
  dealSpace,
  EffectCache,
  parseNegotiation,
  syntheticSample,
  TIMELINE_FROM,
  TIMELINE_TO,
} from '../src/negotiation/index.js';

const ROOT = join(import.meta.dirname, '..');
const SYNTHETIC = 2000;
const AGENCIES = 2000;
const BUDGET_MS = 2000;

const file = join(ROOT, 'data', 'negotiation', 'us-2020-2022.yaml');
const negotiation = parseNegotiation(readFileSync(file, 'utf8'), file);
const cases: Incident[] = readdirSync(join(ROOT, 'data', 'cases'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseIncident(readFileSync(join(ROOT, 'data', 'cases', f), 'utf8'), f));
const parameters = loadParameters(join(ROOT, 'data', 'parameters'));
const agencyParameters = loadAgencyParameters(join(ROOT, 'data', 'parameters'));

const t0 = performance.now();
const synthetic = syntheticSample(parameters, SYNTHETIC);
const cache = new EffectCache(negotiation, cases, synthetic, {
  parameters: agencyParameters,
  agencies: AGENCIES,
});
// Every set of agency provisions the packages can have, run at once (the first package would do it).
const tAgencies0 = performance.now();
cache.measureAgencies([]);
const agenciesMs = performance.now() - tAgencies0;
let packages = 0;
for (const pkg of allPackages(negotiation)) {
  cache.measure(pkg);
  packages++;
}
const tEffects = performance.now();
const dates = changeDates(negotiation, TIMELINE_FROM, TIMELINE_TO);
let feasibleOnSomeDate = 0;
for (const date of dates) if (dealSpace(negotiation, date).feasibleCount > 0) feasibleOnSomeDate++;
const t1 = performance.now();

const total = t1 - t0;
const effectsMs = tEffects - t0;
/** The incidents' part: the whole of the effects but the agency runs. */
const incidentsMs = effectsMs - agenciesMs;
const lines = [
  `negotiation deal space (${negotiation.id}): ${packages} packages, ${cases.length} corpus cases + ${SYNTHETIC} synthetic incidents each`,
  `  distinct regimes compiled: ${cache.regimesCompiled} (current law included)`,
  `  agency regimes run on ${AGENCIES} synthetic agencies: ${cache.agencyRegimesRun} (current law included), ${cache.agencyEvaluations} agency evaluations in ${agenciesMs.toFixed(0)} ms`,
  `  regime evaluations: ${cache.evaluations} in ${incidentsMs.toFixed(0)} ms, ${Math.round(cache.evaluations / (incidentsMs / 1000)).toLocaleString('en-US')}/s including compilation`,
  `  deal space on ${dates.length} dates (${feasibleOnSomeDate} with a feasible package): ${(t1 - tEffects).toFixed(0)} ms`,
  `  total ${total.toFixed(0)} ms (budget ${BUDGET_MS} ms): ${total <= BUDGET_MS ? 'within' : 'OVER'}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
if (process.argv.includes('--json'))
  process.stdout.write(
    `${JSON.stringify({ packages, regimesCompiled: cache.regimesCompiled, evaluations: cache.evaluations, agencyRegimesRun: cache.agencyRegimesRun, agencyEvaluations: cache.agencyEvaluations, agenciesMs, effectsMs, totalMs: total })}\n`,
  );
