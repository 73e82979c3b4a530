import type { Regime } from '../engine/index.js';
import type { Incident, Result, RouteResult } from '../law/index.js';
import { ROUTES } from '../law/index.js';

/** Plain-text renderings of results for the terminal. */

const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));

function routeLine(name: string, route: RouteResult): string {
  let detail = '';
  if (route.status === 'unavailable') detail = route.blockedBy ?? '';
  if (route.status === 'undetermined') {
    detail =
      route.needs.length > 0 ? `needs ${route.needs.join(', ')}` : 'not encoded: the legal source is silent';
  }
  const extras: string[] = [];
  if (route.maxPenalty) extras.push(`max penalty ${route.maxPenalty}`);
  if (route.tools && route.status === 'available') extras.push(`tools: ${route.tools.join(', ')}`);
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
              : ', not breached (deadly force authorized)'
          : '';
    lines.push(`    tactic ${t.tactic}: ${t.rule ?? 'undetermined'}${state}${t.cite ? ` (${t.cite})` : ''}`);
  }
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
