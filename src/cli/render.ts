import type { Comparison, RegimeDiff, RegimeDiffOf, RouteFlip, WhatIfResult } from '../analysis/index.js';
import { type Regime, renderTrace, type TraceNode } from '../engine/index.js';
import type { Incident, Result, RouteName, RouteResult } from '../law/index.js';
import { ROUTES, STATUSES } from '../law/index.js';

/** Plain-text renderings of results for the terminal. */

const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));

/** Where the details of a route (its penalty ceiling, tools, defendant, cap) start on their own line. */
const DETAIL_INDENT = ' '.repeat(4 + 20);

function routeLines(name: string, route: RouteResult): string[] {
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
  if (route.maxPenalty)
    extras.push(
      `max penalty ${route.maxPenalty}${route.maxPenaltyLoweredBy ? ` (${route.maxPenaltyLoweredBy.text})` : ''}`,
    );
  if (route.tools && route.status === 'available') extras.push(`tools: ${route.tools.join(', ')}`);
  if (route.plaintiffs && route.status === 'available')
    extras.push(`brought by: ${route.plaintiffs.join(', ')}`);
  if (route.defendant) extras.push(`against the ${route.defendant}`);
  if (route.officerPays && route.officerPays !== 'none') extras.push(`officer pays: ${route.officerPays}`);
  if (route.damagesCapUsd) extras.push(`cap $${route.damagesCapUsd.toLocaleString('en-US')}`);
  if (route.relief === 'equitable-only') extras.push('equitable relief survives');
  const cite = route.cite ? `(${route.cite})` : '';
  const unconfirmed = route.reasons.some((r) => r.unconfirmed) ? ' [UNCONFIRMED]' : '';
  const head = `    ${pad(name, 20)}${pad(route.status, 16)}${detail}`;
  // The details go on their own line, so that they never run on after a list of needs.
  if (extras.length === 0) return [`${pad(head, 60)}${cite}${unconfirmed}`.trimEnd()];
  return [
    head.trimEnd(),
    `${DETAIL_INDENT}${[extras.join('; '), cite].filter(Boolean).join('  ')}${unconfirmed}`.trimEnd(),
  ];
}

const needing = (needs: readonly string[]) => (needs.length > 0 ? `, needs ${needs.join(', ')}` : '');

function tacticLine(t: Result['tactics'][number]): string {
  let state = '';
  if (t.rule === 'funding-condition')
    state = t.met === null ? `, met: undetermined${needing(t.needs)}` : t.met ? ', met' : ', NOT met';
  if (t.rule === 'prohibited') {
    state =
      t.breached === null
        ? `, breach: undetermined${needing(t.needs)}`
        : t.breached
          ? ', breached'
          : ', not breached';
  }
  const rule = t.rule ?? `undetermined${needing(t.needs)}`;
  return `    tactic ${t.tactic}: ${rule}${state}${t.cite ? ` (${t.cite})` : ''}`;
}

/** A grant at risk says why (the rule's words and citation); an open one what would decide it. */
function fundingLine(f: Result['funding'][number]): string {
  const why = f.text ? `: ${f.text}${f.cite ? ` (${f.cite})` : ''}` : '';
  if (f.atRisk === null) return `    funding ${f.grant}: at risk undetermined${needing(f.needs)}`;
  return `    funding ${f.grant}: AT RISK${why}`;
}

export function renderResult(result: Result, regime: Regime): string {
  const lines: string[] = [];
  lines.push(
    `  ${regime.id}${result.hypothetical ? ' (hypothetical: as if in force on the incident date)' : ''}: ${regime.title}`,
  );
  for (const name of ROUTES) lines.push(...routeLines(name, result.routes[name]));
  for (const t of result.tactics) lines.push(tacticLine(t));
  for (const c of result.stateCriminal)
    lines.push(
      `    state crime (${c.tactic}): ${c.determined ? c.grade : `undetermined, needs ${c.needs.join(', ')}`} (${c.cite})${c.unconfirmed ? ' [UNCONFIRMED]' : ''}`,
    );
  for (const f of result.funding) if (f.atRisk !== false) lines.push(fundingLine(f));
  const safe = result.funding.filter((f) => f.atRisk === false).map((f) => f.grant);
  if (safe.length > 0) lines.push(`    funding not at risk: ${safe.join(', ')}`);
  const reporting = result.reporting.map(
    (r) => `${r.system}${r.determined ? '' : ` (if ${r.needs.join(', ')})`}`,
  );
  lines.push(`    reporting: ${reporting.length > 0 ? reporting.join('; ') : 'none required'}`);
  return lines.join('\n');
}

/** Whether a definition's value is a route status (its rules conclude with one). */
function isStatusValued(node: TraceNode): boolean {
  return (
    (ROUTES as readonly string[]).includes(node.definition) ||
    node.considered.some(
      (c) => c.rule.then.kind === 'lit' && (STATUSES as readonly unknown[]).includes(c.rule.then.value),
    )
  );
}

/**
 * The derivation of a route, rule by rule. An open route, and any open status on the way, reads
 * "undetermined", as everywhere else; an unknown fact stays "unknown".
 */
export function renderRouteTrace(trace: TraceNode): string {
  const statusValued = new Set<string>();
  const walk = (node: TraceNode) => {
    if (node.value === undefined && isStatusValued(node)) statusValued.add(node.definition);
    node.children.forEach(walk);
  };
  walk(trace);
  return renderTrace(trace)
    .split('\n')
    .map((line) => {
      const m = /^(\s*)(\S+) = unknown(?=\s|$)/.exec(line);
      return m && statusValued.has(m[2] as string)
        ? `${m[1]}${m[2]} = undetermined${line.slice(m[0].length)}`
        : line;
    })
    .join('\n');
}

/** The warnings of an incident's results, once each (every regime gives the same date warning). */
export function renderWarnings(results: readonly Result[]): string[] {
  return [...new Set(results.flatMap((r) => r.warnings))].map((w) => `  WARNING: ${w}`);
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

/**
 * The regimes that agree on a route: the same status, blocker, deciding rule and reasons. Each
 * group is named by all its regimes, its first standing for the rest.
 */
function agreeingGroups(comparison: Comparison, route: RouteName): string[][] {
  const groups = new Map<string, string[]>();
  for (const result of comparison.results) {
    const r = result.routes[route];
    const key = JSON.stringify([r.status, r.blockedBy, r.decidedBy, r.reasons.map((x) => x.rule)]);
    groups.set(key, [...(groups.get(key) ?? []), result.regime]);
  }
  return [...groups.values()];
}

/** The regimes x routes table, then each difference between groups of agreeing regimes. */
export function renderComparison(incident: Incident, comparison: Comparison): string {
  const cell = (route: RouteResult) =>
    route.status === 'unavailable' && route.blockedBy ? `no: ${route.blockedBy}` : route.status;
  const lines = [renderIncidentHeader(incident), '', renderRouteTable(comparison.results, cell)];
  if (comparison.differences.length === 0) {
    lines.push('', 'No route differs between these regimes.');
    return lines.join('\n');
  }
  lines.push('', 'Why they differ:');
  for (const route of ROUTES) {
    const groups = agreeingGroups(comparison, route);
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const a = groups[i] as string[];
        const b = groups[j] as string[];
        const d = comparison.differences.find(
          (x) => x.route === route && x.a.regime === a[0] && x.b.regime === b[0],
        );
        if (!d) continue;
        // The sentence names the first regime of each group: it speaks for the whole group.
        const sentence = d.sentence
          .replaceAll(` under ${a[0]} because`, ` under ${a.join(', ')} because`)
          .replaceAll(` under ${b[0]} because`, ` under ${b.join(', ')} because`);
        lines.push(`- ${a.join(', ')} vs ${b.join(', ')}: ${sentence}`);
        if (d.divergence) {
          const v = d.divergence;
          lines.push(
            `    first divergence: ${v.definition}: ${v.a.rule ?? 'no rule'} (${a.join(', ')}) vs ${v.b.rule ?? 'no rule'} (${b.join(', ')})`,
          );
        }
      }
    }
  }
  return lines.join('\n');
}

export function renderDiff(diff: RegimeDiff): string {
  return renderDiffOf(diff, (c) => `${c.incident} ${c.route}`, {
    changed: 'cases changed',
    differ: 'Cases whose routes differ',
    unit: 'route changes',
  });
}

/**
 * A diff over any subjects: `label` names a change's subject and part (`garner-2014 officerSuit`,
 * `city-2021 chokehold`), `words` the headings.
 */
export function renderDiffOf<C extends { readonly before: string; readonly after: string }>(
  diff: RegimeDiffOf<C>,
  label: (c: C) => string,
  words: { readonly changed: string; readonly differ: string; readonly unit: string },
): string {
  const lines = [`${diff.a} -> ${diff.b}`];
  const section = (title: string, list: RegimeDiffOf<C>['added']) => {
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
      const changed = p.cases.map((c) => `${label(c)} ${c.before} -> ${c.after}`);
      if (p.aloneConflicts)
        lines.push(
          `    alone: not measured, its rules conflict with those of ${diff.a}: ${p.aloneConflicts.join('; ')}`,
        );
      else lines.push(`    ${words.changed}: ${changed.length > 0 ? '' : 'none'}`);
      for (const c of changed) lines.push(`      ${c}`);
      if (p.casesTogether.length > 0) {
        lines.push(`    ${words.changed} only together with another provision:`);
        for (const c of p.casesTogether)
          lines.push(`      ${label(c)} ${c.before} -> ${c.after} (with ${c.with.join(', ')})`);
      }
    }
  };
  section('Added', diff.added);
  section('Replaced', diff.replaced);
  section('Removed', diff.removed);
  if (diff.added.length + diff.replaced.length + diff.removed.length === 0)
    lines.push('', 'The regimes have the same provisions.');
  lines.push('', `${words.differ} (${diff.cases.length} ${words.unit}):`);
  for (const c of diff.cases) {
    const joint = diff.jointly.find((j) => label(j) === label(c));
    const together = !joint
      ? ''
      : joint.provisions.length > 0
        ? ` (only ${joint.provisions.join(' and ')} together)`
        : ' (only three or more provisions together)';
    lines.push(`  ${label(c)} ${c.before} -> ${c.after}${together}`);
  }
  return lines.join('\n');
}

const showFact = (v: unknown) => (v === undefined ? 'unknown' : JSON.stringify(v));

const KIND_LABEL: Readonly<Record<RouteFlip['kind'], string>> = {
  establish: 'to establish (a finding or the department’s record)',
  incident: 'a change to the incident itself',
};

export function renderWhatIf(result: WhatIfResult): string {
  const lines = [`${result.route} under ${result.regime} for ${result.incident}: ${result.status}`];
  const size = (flips: readonly RouteFlip[]) =>
    (flips[0]?.changes.length ?? 1) === 1 ? 'one fact' : 'two facts';
  const flipLines = (flips: readonly RouteFlip[], labelled: boolean) => {
    for (const flip of flips) {
      const changes = flip.changes
        .map((c) => `${c.path}: ${showFact(c.from)} -> ${showFact(c.to)}`)
        .join(' and ');
      const needs = flip.needs.length > 0 ? `, needing ${flip.needs.join(', ')}` : '';
      const label = labelled ? `  [${KIND_LABEL[flip.kind]}]` : '';
      lines.push(`- ${changes}  =>  ${flip.after}${needs}${label}`);
      for (const c of flip.because) {
        lines.push(
          `    because ${c.definition} becomes ${showFact(c.b.value ?? undefined)} by ${c.b.rule ?? 'no rule'} (${c.b.cite ?? ''})`,
        );
      }
    }
  };
  const outcomes = [...new Set(result.flips.map((f) => f.after))];
  for (const outcome of outcomes) {
    const flips = result.flips.filter((f) => f.after === outcome);
    lines.push(`It becomes ${outcome} with ${size(flips)}:`);
    flipLines(flips, true);
  }
  if (outcomes.length === 0) lines.push('No change of one or two facts brings it to another settled status.');
  else if (result.status === 'undetermined') {
    const missing = (['available', 'unavailable'] as const).filter((o) => !outcomes.includes(o));
    for (const o of missing) lines.push(`No change of one or two facts makes it ${o}.`);
  }
  if (result.unsettles.length > 0) {
    lines.push(`It turns on facts still unknown with ${size(result.unsettles)}:`);
    flipLines(result.unsettles, false);
  }
  return lines.join('\n');
}
