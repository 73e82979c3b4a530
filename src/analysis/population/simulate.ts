import {
  compileStatuses,
  type Incident,
  REGIMES,
  ROUTES,
  STATUSES,
  type StatusesOf,
} from '../../law/index.js';
import { drawReplicate, generateIncident, type Replicate, YEARS } from './generate.js';
import type { ParameterSet } from './parameters.js';

/**
 * Streams the synthetic population through the compiled regimes and tallies route statuses by
 * regime, year and replicate: constant memory whatever the number of incidents.
 */
export interface SimulationSpec {
  readonly n: number;
  readonly seed: number;
  readonly replicates: number;
  readonly regimes: readonly string[];
  readonly parameters: ParameterSet;
}

/** Flat counts: [regime][year][replicate][route][status]. */
export function tallySize(spec: SimulationSpec): number {
  return spec.regimes.length * YEARS.length * spec.replicates * ROUTES.length * STATUSES.length;
}

/**
 * Each regime's status path, compiled once per thread and kept: compiling costs much more than a
 * chunk of incidents (the regime's code is generated, then V8 has to optimise it again).
 */
const COMPILED = new Map<string, StatusesOf>();

function statusesOf(id: string): StatusesOf {
  let compiled = COMPILED.get(id);
  if (compiled === undefined) {
    const regime = REGIMES.get(id);
    if (!regime) throw new Error(`unknown regime ${id}`);
    compiled = compileStatuses(regime);
    COMPILED.set(id, compiled);
  }
  return compiled;
}

/**
 * Incidents generated at a time, then evaluated regime by regime: each regime's code then runs on
 * many incidents in a row, which is faster than going from regime to regime on each incident.
 */
const BLOCK = 256;

/**
 * Evaluates incidents [start, end) and adds their statuses to `counts`. Memory stays constant:
 * incidents are generated a block at a time, and each regime writes their statuses into one
 * small scratch array (compileStatuses), which are added to the tally straight away.
 */
export function simulateRange(spec: SimulationSpec, start: number, end: number, counts: Float64Array): void {
  const statuses = spec.regimes.map(statusesOf);
  const thetas = Array.from({ length: spec.replicates }, (_, r) =>
    drawReplicate(spec.parameters, spec.seed, r),
  );
  const R = spec.replicates;
  const Y = YEARS.length;
  const G = statuses.length;
  const K = ROUTES.length;
  const perRoute = STATUSES.length;
  const scratch = new Uint8Array(K);
  const block: Incident[] = [];
  /** Each incident's place in a regime's counts: [year][replicate]. */
  const cells = new Int32Array(BLOCK);
  for (let from = start; from < end; from += BLOCK) {
    const size = Math.min(BLOCK, end - from);
    for (let b = 0; b < size; b++) {
      const i = from + b;
      const r = i % R;
      const { incident, year } = generateIncident(spec.seed, i, thetas[r] as Replicate);
      block[b] = incident;
      cells[b] = ((year - (YEARS[0] as number)) * R + r) * K * perRoute;
    }
    for (let g = 0; g < G; g++) {
      const statusesOfIncident = statuses[g] as StatusesOf;
      const regimeBase = g * Y * R * K * perRoute;
      for (let b = 0; b < size; b++) {
        statusesOfIncident(block[b] as Incident, scratch, 0);
        const base = regimeBase + (cells[b] as number);
        for (let k = 0; k < K; k++) {
          const at = base + k * perRoute + (scratch[k] as number);
          counts[at] = (counts[at] as number) + 1;
        }
      }
    }
  }
  block.length = 0;
}

export interface Estimate {
  readonly mean: number;
  /** 5th and 95th percentiles across the replicates. */
  readonly low: number;
  readonly high: number;
}

export interface YearEstimate {
  readonly year: number;
  readonly incidents: Estimate;
  readonly routes: Record<string, Record<string, Estimate>>;
}

export interface RegimeEstimate {
  readonly regime: string;
  readonly years: readonly YearEstimate[];
}

function summarise(values: number[]): Estimate {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? 0;
  const mean = values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
  const round = (x: number) => Math.round(x * 10) / 10;
  // With few replicates or a skewed spread (a route open in only a few draws), the mean can fall
  // outside the 5th-95th percentiles; the interval is widened to hold it.
  return {
    mean: round(mean),
    low: round(Math.min(at(0.05), mean)),
    high: round(Math.max(at(0.95), mean)),
  };
}

/** National estimates per regime and year: statuses as numbers of fatal shootings, with intervals. */
export function estimates(spec: SimulationSpec, counts: Float64Array): RegimeEstimate[] {
  const thetas = Array.from({ length: spec.replicates }, (_, r) =>
    drawReplicate(spec.parameters, spec.seed, r),
  );
  const R = spec.replicates;
  const Y = YEARS.length;
  const perRoute = STATUSES.length;
  return spec.regimes.map((regime, g) => ({
    regime,
    years: YEARS.map((year, y) => {
      const routes: Record<string, Record<string, Estimate>> = {};
      const totals = thetas.map((t) => t.shootings[year] ?? 0);
      for (let k = 0; k < ROUTES.length; k++) {
        const byStatus: Record<string, Estimate> = {};
        for (let s = 0; s < perRoute; s++) {
          const values: number[] = [];
          for (let r = 0; r < R; r++) {
            const base = ((g * Y + y) * R + r) * ROUTES.length * perRoute + k * perRoute;
            let n = 0;
            for (let t = 0; t < perRoute; t++) n += counts[base + t] as number;
            if (n > 0) values.push(((counts[base + s] as number) / n) * (totals[r] as number));
          }
          byStatus[STATUSES[s] as string] = summarise(values);
        }
        routes[ROUTES[k] as string] = byStatus;
      }
      return { year, incidents: summarise(totals), routes };
    }),
  }));
}

export interface AverageYearEstimate {
  readonly regime: string;
  /** The years averaged over. */
  readonly years: readonly [number, number];
  readonly routes: Record<string, Record<string, Estimate>>;
}

/**
 * National estimates for an average year of the period, per regime: each replicate's estimate is
 * averaged over the years it has incidents in, then summarised across replicates (so the
 * interval is that of the average, not an average of intervals).
 */
export function averageYearEstimates(spec: SimulationSpec, counts: Float64Array): AverageYearEstimate[] {
  const thetas = Array.from({ length: spec.replicates }, (_, r) =>
    drawReplicate(spec.parameters, spec.seed, r),
  );
  const R = spec.replicates;
  const Y = YEARS.length;
  const perRoute = STATUSES.length;
  const span: [number, number] = [YEARS[0] as number, YEARS[Y - 1] as number];
  return spec.regimes.map((regime, g) => {
    const routes: Record<string, Record<string, Estimate>> = {};
    for (let k = 0; k < ROUTES.length; k++) {
      const byStatus: Record<string, Estimate> = {};
      for (let s = 0; s < perRoute; s++) {
        const values: number[] = [];
        for (let r = 0; r < R; r++) {
          let sum = 0;
          let years = 0;
          for (let y = 0; y < Y; y++) {
            const base = ((g * Y + y) * R + r) * ROUTES.length * perRoute + k * perRoute;
            let n = 0;
            for (let t = 0; t < perRoute; t++) n += counts[base + t] as number;
            if (n === 0) continue;
            sum +=
              ((counts[base + s] as number) / n) *
              ((thetas[r] as Replicate).shootings[YEARS[y] as number] ?? 0);
            years++;
          }
          if (years > 0) values.push(sum / years);
        }
        byStatus[STATUSES[s] as string] = summarise(values);
      }
      routes[ROUTES[k] as string] = byStatus;
    }
    return { regime, years: span, routes };
  });
}
