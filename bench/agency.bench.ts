/**
 * `npm run bench` (second part): agency evaluations per second against the incident evaluator's
 * rate, measured in the same run, then a 100,000-agency synthetic run's time and memory.
 *
 *   agency compiled      compileAgency(regime) (compiled once, outside the timing) on each profile:
 *                        every row's obligation, grants at risk and dollars
 *   agency interpreted   evaluateAgency(regime, profile)
 *   incident compiled    compileSummary(current) on each incident of the bench workload
 *
 * An "agency evaluation" is one profile under one regime; the profiles are the three bundled ones
 * and 500 synthetic agencies. `--json` prints the figures as JSON.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { do_not_optimize, bench as mbench, run } from 'mitata';
import { generateAgency, loadAgencyParameters } from '../src/analysis/population/agencies.js';
import {
  AGENCY_REGIMES,
  compileAgency,
  evaluateAgency,
  parseAgencyProfile,
} from '../src/law/agency/index.js';
import { compileSummary, current } from '../src/law/index.js';
import { benchWorkload } from './workload.js';

const json = process.argv.includes('--json');
const log = (s: string) => {
  if (!json) process.stdout.write(`${s}\n`);
};
const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'data', 'agencies');

const bundled = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseAgencyProfile(readFileSync(join(DIR, f), 'utf8'), f));
loadAgencyParameters(join(ROOT, 'data', 'parameters')); // the files must load
const draw = {
  localPolice: 0.67,
  sheriff: 0.17,
  under10: 0.5,
  over100: 0.06,
  jagDirect: 0.078,
  jagSubgrant: 0.45,
  cops: 0.034,
  jagDirectUsd: 55580,
  copsUsd: 661157,
  jagSubgrantUsd: [1000, 10000] as [number, number],
  chokeholdLaw: 0.4,
  deadlyForceException: 0.5,
  fbiUseOfForce: 0.4,
};
const profiles = [
  ...bundled,
  ...Array.from({ length: 500 }, (_, i) => generateAgency(draw, 1, i, '2021-03-03')),
];
const regimes = [...AGENCY_REGIMES.values()];
const compiled = regimes.map((r) => compileAgency(r));
const incidents = benchWorkload().incidents;
const incidentCompiled = compileSummary(current);

const perIteration = profiles.length * regimes.length;
mbench('agency compiled', () => {
  for (const c of compiled) for (const p of profiles) do_not_optimize(c(p));
});
mbench('agency interpreted', () => {
  for (const r of regimes) for (const p of profiles) do_not_optimize(evaluateAgency(r, p));
});
mbench('incident compiled', () => {
  for (const x of incidents) do_not_optimize(incidentCompiled(x));
});
const { benchmarks } = await run({ format: 'quiet', print: () => {}, throw: true });
const avg = (alias: string) => {
  const r = benchmarks.find((b) => b.alias === alias)?.runs[0];
  if (!r?.stats) throw new Error(`bench: ${alias} failed`);
  return r.stats.avg;
};
const perSecond = {
  'agency compiled': Math.round((1e9 * perIteration) / avg('agency compiled')),
  'agency interpreted': Math.round((1e9 * perIteration) / avg('agency interpreted')),
  'incident compiled': Math.round((1e9 * incidents.length) / avg('incident compiled')),
};
const ratio = Number((perSecond['agency compiled'] / perSecond['incident compiled']).toFixed(3));

const N = 100_000;
const child = spawnSync(
  process.execPath,
  [join(ROOT, 'bench', 'agency-run.mjs'), JSON.stringify({ n: N, seed: 1, replicates: 10 })],
  {
    encoding: 'utf8',
  },
);
if (child.status !== 0) {
  process.stderr.write(`bench: the agency run failed:\n${child.stderr}`);
  process.exit(1);
}
const synthetic = JSON.parse(child.stdout) as {
  seconds: number;
  maxRssBytes: number;
  agencyEvaluations: number;
};

if (json) {
  process.stdout.write(
    `${JSON.stringify({ agencyEvaluationsPerSecond: perSecond, agencyVsIncidentCompiled: ratio, agencySynthetic: synthetic }, null, 2)}\n`,
  );
} else {
  log('Agency profiles (one evaluation = one profile under one regime, every row):');
  for (const [k, v] of Object.entries(perSecond))
    log(`  ${k.padEnd(20)} ${v.toLocaleString('en-US')} evaluations/s`);
  log(`  agency compiled / incident compiled: ${ratio}`);
  log(
    `Synthetic agencies: ${N.toLocaleString('en-US')} x ${regimes.length} regimes in ${synthetic.seconds.toFixed(2)} s (${Math.round(synthetic.agencyEvaluations / synthetic.seconds).toLocaleString('en-US')} evaluations/s), peak memory ${(synthetic.maxRssBytes / 2 ** 20).toFixed(0)} MiB`,
  );
}
