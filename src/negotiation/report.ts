import type { Incident } from '../law/index.js';
import {
  type DealSpace,
  dealSpace,
  feasiblePackages,
  type Package,
  type RankedPackage,
  type RedLine,
  type TimelineStep,
  timeline,
} from './deal-space.js';
import { type AgencyEffect, type AgencyPopulation, EffectCache, type PackageEffect } from './effects.js';
import type { IssueId, Negotiation } from './model.js';

/**
 * The deal space as `recourse negotiate` reports it (DESIGN.md §4: packages, feasibleCount, best,
 * blockingSets), with each best package's effect against current law.
 */

export interface BlockingLine {
  readonly party: string;
  readonly issue: IssueId;
  readonly option: string;
  readonly stance: RedLine['stance'];
  readonly date: string;
  readonly dateInferred: boolean;
  readonly evidence: RedLine['evidence'];
}

export interface NegotiationReport {
  readonly negotiation: string;
  readonly asOf: string;
  readonly packages: number;
  readonly feasibleCount: number;
  readonly frontierCount: number;
  readonly best: readonly (RankedPackage & { readonly effect: PackageEffect })[];
  readonly blockingSets: readonly (readonly BlockingLine[])[];
  readonly separating: readonly IssueId[];
  readonly issues: DealSpace['issues'];
  readonly parties: readonly string[];
  readonly measured: {
    /** Packages whose effect was computed: every feasible one. */
    readonly packages: number;
    readonly regimesCompiled: number;
    readonly evaluations: number;
    readonly corpusCases: number;
    readonly syntheticIncidents: number;
    /** Synthetic agencies each package's agency provisions are run on (0: none given). */
    readonly syntheticAgencies: number;
    /** Distinct agency regimes run over them, current law included. */
    readonly agencyRegimesRun: number;
    /** What the effects leave out. */
    readonly notMeasured: readonly string[];
  };
}

/** What the effects leave out when no synthetic agency population is given. */
export const NOT_MEASURED_WITHOUT_AGENCIES = [
  'agencies out of compliance and dollars at risk: no synthetic agency population was given',
];

export interface ReportInput {
  readonly negotiation: Negotiation;
  readonly corpus: readonly Incident[];
  readonly synthetic: readonly Incident[];
  readonly asOf: string;
  readonly limit?: number;
  /** The synthetic agencies the packages' agency provisions are measured on (none: not measured). */
  readonly agencies?: AgencyPopulation;
  /** A cache to share across dates (the provisions that matter do not depend on the date). */
  readonly cache?: EffectCache;
}

export function negotiationReport(input: ReportInput): NegotiationReport {
  const space = dealSpace(input.negotiation, input.asOf, input.limit);
  const cache =
    input.cache ?? new EffectCache(input.negotiation, input.corpus, input.synthetic, input.agencies);
  let measured = 0;
  for (const pkg of feasiblePackages(space)) {
    cache.measure(pkg);
    measured++;
  }
  return {
    negotiation: input.negotiation.id,
    asOf: space.asOf,
    packages: space.packages,
    feasibleCount: space.feasibleCount,
    frontierCount: space.frontierCount,
    best: space.best.map((b) => ({ ...b, effect: cache.effectOf(b.options) })),
    blockingSets: space.blockingSets.map((set) =>
      set.map((l) => ({
        party: l.party,
        issue: l.issue,
        option: l.option,
        stance: l.stance,
        date: l.date,
        dateInferred: l.dateInferred,
        evidence: l.evidence,
      })),
    ),
    separating: space.separating,
    issues: space.issues,
    parties: space.parties,
    measured: {
      packages: measured,
      regimesCompiled: cache.regimesCompiled,
      evaluations: cache.evaluations,
      corpusCases: input.corpus.length,
      syntheticIncidents: input.synthetic.length,
      syntheticAgencies: input.agencies?.agencies ?? 0,
      agencyRegimesRun: cache.agencyRegimesRun,
      notMeasured: input.agencies ? [] : NOT_MEASURED_WITHOUT_AGENCIES,
    },
  };
}

export interface TimelineReport {
  readonly negotiation: string;
  readonly from: string;
  readonly to: string;
  readonly steps: readonly TimelineStep[];
}

/** The window of the talks: from the first bills (June 2020) to the end of 2021. */
export const TIMELINE_FROM = '2020-06-01';
export const TIMELINE_TO = '2021-12-31';

export function timelineReport(
  negotiation: Negotiation,
  from = TIMELINE_FROM,
  to = TIMELINE_TO,
): TimelineReport {
  return { negotiation: negotiation.id, from, to, steps: timeline(negotiation, from, to) };
}

const optionsText = (p: Package) =>
  Object.entries(p)
    .map(([issue, option]) => `${issue}=${option}`)
    .join(' ');

const routesText = (counts: Readonly<Record<string, number>>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${r} ${n}`)
    .join(', ') || 'none';

const whole = (x: { mean: number }) => Math.round(x.mean).toLocaleString('en-US');

/** What a package changes for the synthetic agencies: rows that differ, and dollars at risk. */
export function agencyEffectText(a: AgencyEffect): string {
  const rows = a.rows.map(
    (r) =>
      `${r.row} not met ${whole(r.notMetNow)} -> ${whole(r.notMet)}, undetermined ${whole(r.undeterminedNow)} -> ${whole(r.undetermined)}`,
  );
  const dollars = (label: string, now: AgencyEffect['usdAtRisk'], after: AgencyEffect['usdAtRisk']) => {
    const grants = [...new Set([...Object.keys(now), ...Object.keys(after)])] as (keyof typeof now)[];
    const zero = { mean: 0 };
    return grants.length === 0
      ? []
      : [
          `${label} ${grants.map((g) => `${g} $${whole(now[g] ?? zero)} -> $${whole(after[g] ?? zero)}`).join(', ')}`,
        ];
  };
  const parts = [
    ...(rows.length > 0 ? rows : ['no obligation changes']),
    ...dollars('known at risk a year:', a.usdAtRiskNow, a.usdAtRisk),
    ...dollars(
      'at risk a year if every undetermined obligation is not met:',
      a.usdAtRiskUpToNow,
      a.usdAtRiskUpTo,
    ),
  ];
  return `agencies (MODEL ESTIMATES, ${a.agencies.toLocaleString('en-US')} synthetic scaled to ${a.scaledTo.toLocaleString('en-US')}, means): ${parts.join('; ')}`;
}

const blockingText = (set: readonly BlockingLine[]) =>
  set
    .map((l) => {
      const e = l.evidence[0];
      const said = e
        ? ` (${e.speaker}, ${e.date}${l.dateInferred ? ' ~' : ''}: ${e.quote ? `"${e.quote}"` : e.paraphrase})`
        : '';
      return `      ${l.party} ${l.stance} ${l.issue} ${l.option}${said}`;
    })
    .join('\n');

export function renderReport(r: NegotiationReport): string {
  const lines = [`${r.negotiation} as of ${r.asOf}: ${r.feasibleCount} of ${r.packages} packages feasible`];
  if (r.feasibleCount > 0) {
    lines.push(
      `  Pareto frontier of the parties' support: ${r.frontierCount} packages; the first ${r.best.length}:`,
    );
    for (const b of r.best) {
      lines.push(`    ${optionsText(b.options)}  (total support ${b.totalSupport})`);
      lines.push(
        `      corpus: opens ${routesText(b.effect.corpus.opened)}; closes ${routesText(b.effect.corpus.closed)} (of ${b.effect.corpus.incidents} cases)`,
      );
      lines.push(
        `      synthetic: opens ${routesText(b.effect.synthetic.opened)}; closes ${routesText(b.effect.synthetic.closed)} (of ${b.effect.synthetic.incidents} incidents)`,
      );
      if (b.effect.agencies) lines.push(`      ${agencyEffectText(b.effect.agencies)}`);
      if (b.effect.unmeasured.length > 0)
        lines.push(
          `      not measured: ${b.effect.unmeasured.map((u) => `${u.option} (${u.why})`).join('; ')}`,
        );
    }
  } else {
    lines.push(
      `  no package keeps every red line; the issues that separate the parties: ${r.separating.join(', ')}`,
    );
    lines.push('  blocking sets (smallest sets of red lines that cannot hold together):');
    r.blockingSets.forEach((set, i) => {
      lines.push(`    ${i + 1}.`);
      lines.push(blockingText(set));
    });
  }
  lines.push(
    `  measured: ${r.measured.packages} packages, ${r.measured.regimesCompiled} distinct regimes compiled, ${r.measured.evaluations} evaluations, ${r.measured.agencyRegimesRun} agency regimes run on ${r.measured.syntheticAgencies} synthetic agencies${r.measured.notMeasured.length > 0 ? `; not measured: ${r.measured.notMeasured.join('; ')}` : ''}`,
  );
  return lines.join('\n');
}

export function renderTimeline(t: TimelineReport): string {
  const lines = [
    `${t.negotiation}, ${t.from} to ${t.to}: each date feasibility or the blocking sets changed`,
  ];
  for (const s of t.steps) {
    lines.push(
      `  ${s.date}  ${s.feasibleCount > 0 ? `${s.feasibleCount} packages feasible` : `nothing feasible; separating: ${s.separating.join(', ')}`}`,
    );
    for (const set of s.blockingSets)
      lines.push(`    ${set.map((l) => `${l.party} ${l.stance} ${l.option}`).join(' + ')}`);
  }
  return lines.join('\n');
}
