import type { Comparison, RegimeDiff, RouteFlip, WhatIfResult } from '../analysis/index.js';
import type { Regime } from '../engine/index.js';
import type { Incident, Result, RouteResult } from '../law/index.js';
import { ROUTES } from '../law/index.js';

/** Plain-text renderings of results for the terminal. */

const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));

function routeLine(name: string, route: RouteResult): string {
  let detail = '';
  if (route.status === 'unavailable') detail = route.blockedBy ?? '';
  if (route.status === 'undetermined') {
    // Without needs, a rule of the law left it open: its source is silent ('unencoded'), or the law
    // itself is uncertain, such as whether it was yet in force (New York City's Local Law 48).
    detail =
      route.needs.length > 0
        ? `needs ${route.needs.join(', ')}`
        : route.reasons.some((r) => r.value === 'undetermined')
          ? 'open: whether the law applied is not known'
          : 'not encoded: the legal source is silent';
  }
  const extras: string[] = [];
  if (route.maxPenalty) extras.push(`max penalty ${route.maxPenalty}`);
  if (route.tools && route.status === 'available') extras.push(`tools: ${route.tools.join(', ')}`);
  if (route.defendant) extras.push(`against the ${route.defendant}`);
  if (route.officerPays && route.officerPays !== 'none') extras.push(`officer pays: ${route.officerPays}`);
  if (route.damagesCapUsd) extras.push(`cap $${route.damagesCapUsd.toLocaleString('en-US')}`);
  if (route.relief === 'equitable-only') extras.push('equitable relief survives');
  const cite = route.cite ?? '';
  const unconfirmed = route.reasons.some((r) => r.unconfirmed) ? ' [UNCONFIRMED]' : '';
  return `    ${pad(name, 20)}${pad(route.status, 16)}${pad(detail, 24)}${extras.length ? `${extras.join('; ')}  ` : ''}${cite ? `(${cite})` : ''}${unconfirmed}`.trimEnd();
}

export function renderResult(result: Result, regime: Regime): string {
  const lines: string[] = [];
  lines.push(
    `  ${regime.id}${result.hypothetical ? ' (hypothetical: as if in force on the incident date)' : ''}: ${regime.title}`,
  );
  for (const name of ROUTES) lines.push(routeLine(name, result.routes[name]));
  for (const t of result.tactics) {
    const state =
      t.rule === 'funding-condition'
        ? t.met === null
          ? ', met: unknown'
          : t.met
            ? ', met'
            : ', NOT met'
        : t.rule === 'prohibited'
          ? t.breached === null
            ? ', breach: unknown'
            : t.breached
              ? ', breached'
              : ', not breached'
          : '';
    lines.push(`    tactic ${t.tactic}: ${t.rule ?? 'undetermined'}${state}${t.cite ? ` (${t.cite})` : ''}`);
  }
  for (const c of result.stateCriminal)
    lines.push(
      `    state crime (${c.tactic}): ${c.determined ? c.grade : `undetermined, needs ${c.needs.join(', ')}`} (${c.cite})${c.unconfirmed ? ' [UNCONFIRMED]' : ''}`,
    );
  const funding = result.funding.map(
    (f) => `${f.grant} ${f.atRisk === null ? 'at risk: unknown' : f.atRisk ? 'AT RISK' : 'not at risk'}`,
  );
  if (funding.length > 0) lines.push(`    funding: ${funding.join('; ')}`);
  const reporting = result.reporting.map(
    (r) => `${r.system}${r.determined ? '' : ` (if ${r.needs.join(', ')})`}`,
  );
  lines.push(`    reporting: ${reporting.length > 0 ? reporting.join('; ') : 'none required'}`);
  return lines.join('\n');
}

export function renderIncidentHeader(incident: Incident): string {
  const place = [incident.place.locality, incident.place.state].filter(Boolean).join(', ');
  return `${incident.id}${incident.title ? ` - ${incident.title}` : ''} (${incident.date}, ${place})`;
}

/** The routes x regimes table: a row per route, a column per result, each cell as `cell` writes it. */
export function renderRouteTable(results: readonly Result[], cell: (route: RouteResult) => string): string {
  const width =
    Math.max(
      ...results.map((r) => r.regime.length),
      ...results.flatMap((res) => ROUTES.map((name) => cell(res.routes[name]).length)),
    ) + 2;
  const lines = [pad('route', 20) + results.map((r) => pad(r.regime, width)).join('')];
  for (const name of ROUTES)
    lines.push(pad(name, 20) + results.map((res) => pad(cell(res.routes[name]), width)).join(''));
  return lines.join('\n');
}

/** The regimes x routes table, then each difference with its contrastive sentence. */
export function renderComparison(incident: Incident, comparison: Comparison): string {
  const cell = (route: RouteResult) =>
    route.status === 'unavailable' && route.blockedBy ? `no: ${route.blockedBy}` : route.status;
  const lines = [renderIncidentHeader(incident), '', renderRouteTable(comparison.results, cell)];
  if (comparison.differences.length > 0) {
    lines.push('', 'Why they differ:');
    for (const d of comparison.differences) {
      lines.push(`- ${d.a.regime} vs ${d.b.regime}: ${d.sentence}`);
      if (d.divergence) {
        const v = d.divergence;
        lines.push(
          `    first divergence: ${v.definition}: ${v.a.rule ?? 'no rule'} (${v.a.regime}) vs ${v.b.rule ?? 'no rule'} (${v.b.regime})`,
        );
      }
    }
  } else {
    lines.push('', 'No route differs between these regimes.');
  }
  return lines.join('\n');
}

export function renderDiff(diff: RegimeDiff): string {
  const lines = [`${diff.a} -> ${diff.b}`];
  const section = (title: string, list: RegimeDiff['added']) => {
    if (list.length === 0) return;
    lines.push('', `${title}:`);
    for (const p of list) {
      lines.push(`  ${p.provision}: ${p.title}`, `    cite: ${p.cite}`);
      if (p.unconfirmed) lines.push(`    UNCONFIRMED: ${p.unconfirmed}`);
      for (const r of p.rules) {
        lines.push(
          `    ${r.op} ${r.rule} in ${r.definition}${r.replaces ? ` (replaces ${r.replaces})` : ''}`,
        );
      }
      const changed = p.cases.map((c) => `${c.incident} ${c.route} ${c.before} -> ${c.after}`);
      lines.push(`    cases changed: ${changed.length > 0 ? '' : 'none'}`);
      for (const c of changed) lines.push(`      ${c}`);
    }
  };
  section('Added', diff.added);
  section('Replaced', diff.replaced);
  section('Removed', diff.removed);
  if (diff.added.length + diff.replaced.length + diff.removed.length === 0)
    lines.push('', 'The regimes have the same provisions.');
  lines.push('', `Cases whose routes differ (${diff.cases.length} route changes):`);
  for (const c of diff.cases) lines.push(`  ${c.incident} ${c.route} ${c.before} -> ${c.after}`);
  return lines.join('\n');
}

const showFact = (v: unknown) => (v === undefined ? 'unknown' : JSON.stringify(v));

export function renderWhatIf(result: WhatIfResult): string {
  const lines = [`${result.route} under ${result.regime} for ${result.incident}: ${result.status}`];
  const section = (flips: readonly RouteFlip[], heading: (facts: string) => string) => {
    const size = flips[0]?.changes.length ?? 1;
    lines.push(heading(size === 1 ? 'one fact' : 'two facts'));
    for (const flip of flips) {
      const changes = flip.changes
        .map((c) => `${c.path}: ${showFact(c.from)} -> ${showFact(c.to)}`)
        .join(' and ');
      const needs = flip.needs.length > 0 ? `, needing ${flip.needs.join(', ')}` : '';
      lines.push(`- ${changes}  =>  ${flip.after}${needs}`);
      for (const c of flip.because) {
        lines.push(
          `    because ${c.definition} becomes ${showFact(c.b.value ?? undefined)} by ${c.b.rule ?? 'no rule'} (${c.b.cite ?? ''})`,
        );
      }
    }
  };
  if (result.flips.length > 0) section(result.flips, (n) => `It changes with ${n}:`);
  else lines.push('No change of one or two facts brings it to another settled status.');
  if (result.unsettles.length > 0)
    section(result.unsettles, (n) => `It turns on facts still unknown with ${n}:`);
  return lines.join('\n');
}
