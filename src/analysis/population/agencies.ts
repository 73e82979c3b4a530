import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Regime } from '../../engine/index.js';
import {
  type AgencyProfile,
  compileAgency,
  type Grant,
  ROWS,
  type Row,
  usdAtRisk,
} from '../../law/agency/index.js';
import { bounds, type Parameter, parameterSchema } from './parameters.js';
import { generator, mix } from './random.js';

/**
 * The synthetic population of agencies (issue 13, point 4): state and local agencies with kinds,
 * sizes and grants drawn from the parameter files (LAW.md §7.4, §7.6), and the law they have in
 * force where a source gives a share. What no parameter covers stays unknown, so an obligation
 * that turns on it is counted undetermined, never met or not met. Each replicate draws every
 * uncertain parameter within its range; the replicates' spread is the interval. Model estimates.
 */

export const AGENCY_PARAMETERS = [
  'agency-count',
  'agency-kind-share',
  'agency-size-share',
  'agency-jag-direct-share',
  'agency-jag-subgrant-share',
  'agency-cops-share',
  'agency-grant-usd',
  'agency-chokehold-law-share',
  'agency-fbi-use-of-force-share',
] as const;
export type AgencyParameterSet = Readonly<Record<(typeof AGENCY_PARAMETERS)[number], Parameter>>;

export function loadAgencyParameters(dir: string): AgencyParameterSet {
  const found = new Map<string, Parameter>();
  for (const file of readdirSync(dir).filter((f) => f.startsWith('agency-') && f.endsWith('.yaml'))) {
    const parsed = parameterSchema.safeParse(parseYaml(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${join(dir, file)}: ${issue?.path.join('.') || '(document)'}: ${issue?.message}`);
    }
    found.set(parsed.data.id, parsed.data);
  }
  const missing = AGENCY_PARAMETERS.filter((id) => !found.has(id));
  if (missing.length > 0) throw new Error(`${dir}: missing parameter files for ${missing.join(', ')}`);
  return Object.fromEntries(AGENCY_PARAMETERS.map((id) => [id, found.get(id)])) as AgencyParameterSet;
}

/** One replicate's draw of every parameter. */
export interface AgencyDraw {
  localPolice: number;
  sheriff: number;
  under10: number;
  over100: number;
  jagDirect: number;
  jagSubgrant: number;
  cops: number;
  jagDirectUsd: number;
  copsUsd: number;
  jagSubgrantUsd: [number, number];
  chokeholdLaw: number;
  deadlyForceException: number;
  fbiUseOfForce: number;
}

const labelled = (p: Parameter, label: string) => {
  const v = p.values.find((x) => x.employer === label);
  if (!v) throw new Error(`parameter ${p.id} has no value for ${label}`);
  return v;
};
const pick = (range: [number, number], u: number) => range[0] + (range[1] - range[0]) * u;

function drawParameters(p: AgencyParameterSet, seed: number, replicate: number): AgencyDraw {
  const u = generator(mix(seed ^ 0x5bd1e995, replicate));
  const one = (param: Parameter, label?: string) =>
    pick(bounds(label ? labelled(param, label) : (param.values[0] as Parameter['values'][number])), u());
  return {
    localPolice: one(p['agency-kind-share'], 'local-police'),
    sheriff: one(p['agency-kind-share'], 'sheriff'),
    under10: one(p['agency-size-share'], 'under-10'),
    over100: one(p['agency-size-share'], '100-plus'),
    jagDirect: one(p['agency-jag-direct-share']),
    jagSubgrant: one(p['agency-jag-subgrant-share']),
    cops: one(p['agency-cops-share']),
    jagDirectUsd: one(p['agency-grant-usd'], 'jag-direct'),
    copsUsd: one(p['agency-grant-usd'], 'cops'),
    jagSubgrantUsd: bounds(labelled(p['agency-grant-usd'], 'jag-subgrant')),
    chokeholdLaw: one(p['agency-chokehold-law-share'], 'law'),
    deadlyForceException: one(p['agency-chokehold-law-share'], 'deadly-force-exception'),
    fbiUseOfForce: one(p['agency-fbi-use-of-force-share']),
  };
}

/** Agency i of a run: the same whatever the split across workers. */
export function generateAgency(d: AgencyDraw, seed: number, i: number, date: string): AgencyProfile {
  const u = generator(mix(seed, i));
  const k = u();
  const kind = k < d.localPolice ? 'local-police' : k < d.localPolice + d.sheriff ? 'sheriff' : 'other';
  const s = u();
  // Larger agencies first: those with 100+ officers, then the share that reaches direct JAG.
  const size = s < d.over100 ? 150 : s < d.over100 + (1 - d.over100 - d.under10) ? 30 : 5;
  const jag = s < d.jagDirect ? 'direct' : u() < d.jagSubgrant ? 'state-subgrant' : 'none';
  const cops = u() < d.cops;
  const law = u() < d.chokeholdLaw;
  return {
    id: `synthetic-agency-${i}`,
    date,
    agency: { kind, swornOfficers: size },
    grants: {
      byrneJag: jag,
      byrneJagUsd:
        jag === 'direct' ? d.jagDirectUsd : jag === 'state-subgrant' ? pick(d.jagSubgrantUsd, u()) : 0,
      cops,
      copsUsd: cops ? d.copsUsd : 0,
    },
    policy: {
      chokehold: law ? (u() < d.deadlyForceException ? 'law-deadly-force-exception' : 'law') : null,
    },
    reporting: { fbiUseOfForce: u() < d.fbiUseOfForce },
  } as AgencyProfile;
}

export interface Interval {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
}
export interface AgencyRowEstimate {
  readonly row: Row;
  readonly notMet: Interval;
  readonly undetermined: Interval;
}
export interface AgencyRegimeEstimate {
  readonly regime: string;
  readonly rows: readonly AgencyRowEstimate[];
  /** Dollars a year known at risk across the population, by grant. */
  readonly usdAtRisk: Readonly<Partial<Record<Grant, Interval>>>;
  /**
   * Dollars a year at risk if every obligation still undetermined turned out not met: the known
   * ones and those that turn on facts the population leaves unknown.
   */
  readonly usdAtRiskUpTo: Readonly<Partial<Record<Grant, Interval>>>;
}
export interface AgencyImpact {
  readonly label: 'model estimates';
  readonly agencies: number;
  readonly scaledTo: number;
  readonly replicates: number;
  readonly date: string;
  readonly regimes: readonly AgencyRegimeEstimate[];
  readonly assumptions: readonly {
    parameter: string;
    assumption: boolean;
    note: string | null;
    sources: string[];
  }[];
}

const interval = (xs: readonly number[]): Interval => {
  const sorted = [...xs].sort((a, b) => a - b);
  const q = (f: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(f * (sorted.length - 1))))] ?? 0;
  return { mean: xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length), low: q(0.05), high: q(0.95) };
};

/** Adds one agency's dollars by grant to a replicate's sums. */
function addUp(sums: Map<Grant, number>, dollars: Readonly<Partial<Record<Grant, number>>>): void {
  for (const [g, v] of Object.entries(dollars)) sums.set(g as Grant, (sums.get(g as Grant) ?? 0) + (v ?? 0));
}

/** Appends a replicate's sums, scaled by `f`, to each grant's list (0 for the replicates before a grant first appears). */
function pushReplicate(lists: Map<Grant, number[]>, sums: Map<Grant, number>, rep: number, f: number): void {
  for (const g of new Set([...lists.keys(), ...sums.keys()])) {
    const list: number[] = lists.get(g) ?? new Array<number>(rep).fill(0);
    list.push((sums.get(g) ?? 0) * f);
    lists.set(g, list);
  }
}

/**
 * Runs N synthetic agencies per replicate under each regime, scaled to the national count
 * (agency-count). `onProgress` is told after each replicate.
 */
export function simulateAgencies(
  regimes: readonly Regime[],
  parameters: AgencyParameterSet,
  options: {
    agencies: number;
    seed?: number;
    replicates?: number;
    date?: string;
    onProgress?: (done: number) => void;
  },
): AgencyImpact {
  const seed = options.seed ?? 1;
  const replicates = Math.max(1, options.replicates ?? 10);
  const date = options.date ?? '2021-03-03';
  const national = bounds(parameters['agency-count'].values[0] as Parameter['values'][number])[0];
  const evaluators = regimes.map((r) => compileAgency(r));
  const perReplicate = regimes.map(() => ({
    notMet: ROWS.map(() => [] as number[]),
    undetermined: ROWS.map(() => [] as number[]),
    usd: new Map<Grant, number[]>(),
    usdUpTo: new Map<Grant, number[]>(),
  }));
  const perAgency = Math.ceil(options.agencies / replicates);
  for (let rep = 0; rep < replicates; rep++) {
    const draw = drawParameters(parameters, seed, rep);
    const notMet = regimes.map(() => new Float64Array(ROWS.length));
    const undetermined = regimes.map(() => new Float64Array(ROWS.length));
    const usd = regimes.map(() => new Map<Grant, number>());
    const usdUpTo = regimes.map(() => new Map<Grant, number>());
    for (let i = rep * perAgency; i < Math.min(options.agencies, (rep + 1) * perAgency); i++) {
      const profile = generateAgency(draw, seed, i, date);
      for (let r = 0; r < regimes.length; r++) {
        const result = (evaluators[r] as (p: AgencyProfile) => ReturnType<ReturnType<typeof compileAgency>>)(
          profile,
        );
        for (const o of result.obligations) {
          const at = ROWS.indexOf(o.row);
          const counts =
            o.status === 'not-met' ? notMet[r] : o.status === 'undetermined' ? undetermined[r] : undefined;
          if (counts) counts[at] = (counts[at] ?? 0) + 1;
        }
        addUp(usd[r] as Map<Grant, number>, result.usdAtRisk);
        const open = result.grantsAtRisk.filter((g) => !g.determined);
        addUp(
          usdUpTo[r] as Map<Grant, number>,
          open.length === 0
            ? result.usdAtRisk
            : usdAtRisk(
                profile,
                result.grantsAtRisk.map((g) => (g.determined ? g : { ...g, determined: true })),
              ),
        );
      }
    }
    const n = Math.min(options.agencies, (rep + 1) * perAgency) - rep * perAgency;
    const f = n > 0 ? national / n : 0;
    regimes.forEach((_, r) => {
      const acc = perReplicate[r] as (typeof perReplicate)[number];
      ROWS.forEach((_, at) => {
        (acc.notMet[at] as number[]).push(((notMet[r] as Float64Array)[at] ?? 0) * f);
        (acc.undetermined[at] as number[]).push(((undetermined[r] as Float64Array)[at] ?? 0) * f);
      });
      pushReplicate(acc.usd, usd[r] as Map<Grant, number>, rep, f);
      pushReplicate(acc.usdUpTo, usdUpTo[r] as Map<Grant, number>, rep, f);
    });
    options.onProgress?.(rep + 1);
  }
  return {
    label: 'model estimates',
    agencies: options.agencies,
    scaledTo: national,
    replicates,
    date,
    regimes: regimes.map((regime, r) => {
      const acc = perReplicate[r] as (typeof perReplicate)[number];
      return {
        regime: regime.id,
        rows: ROWS.map((row, at) => ({
          row,
          notMet: interval(acc.notMet[at] as number[]),
          undetermined: interval(acc.undetermined[at] as number[]),
        })).filter((x) => x.notMet.high > 0 || x.undetermined.high > 0),
        usdAtRisk: Object.fromEntries([...acc.usd].map(([g, xs]) => [g, interval(xs)])),
        usdAtRiskUpTo: Object.fromEntries([...acc.usdUpTo].map(([g, xs]) => [g, interval(xs)])),
      };
    }),
    assumptions: AGENCY_PARAMETERS.map((id) => {
      const p = parameters[id];
      return {
        parameter: id,
        assumption:
          p.assumption === true ||
          p.values.some((v) => v.note?.startsWith('assumed') || (v.range !== undefined && !v.source)),
        note: p.assumptionNote ?? null,
        sources: [...new Set(p.values.flatMap((v) => (v.source ? [v.source] : [])))],
      };
    }),
  };
}
