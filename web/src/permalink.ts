import type { Incident, RouteName, ScenarioInput } from './api.js';

/**
 * The whole scenario in the URL: the incident as JSON, the regimes and state laws applied, and
 * the cells whose explanation is open. Reloading or sharing the URL gives the same scenario.
 * `?case=ID` (a bundled case) and `?scenario=ID` (a saved one) are loaded, then replaced by the
 * full permalink.
 */

export interface Cell {
  readonly route: RouteName;
  readonly regime: string;
}

export interface Permalink extends ScenarioInput {
  readonly open: readonly Cell[];
}

export const cellKey = (c: Cell) => `${c.route}@${c.regime}`;

export function permalinkQuery(p: Permalink): string {
  const s = new URLSearchParams();
  s.set('incident', JSON.stringify(p.incident));
  for (const r of p.regimes) s.append('regime', r);
  for (const w of p.with) s.append('with', w);
  for (const c of p.open) s.append('open', cellKey(c));
  return `?${s.toString()}`;
}

export type FromUrl =
  | { readonly kind: 'permalink'; readonly permalink: Permalink }
  | { readonly kind: 'case'; readonly id: string; readonly rest: Omit<Permalink, 'incident'> }
  | { readonly kind: 'scenario'; readonly id: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'bad'; readonly message: string };

export function readPermalink(search: string): FromUrl {
  const s = new URLSearchParams(search);
  const rest = {
    regimes: s.getAll('regime'),
    with: s.getAll('with'),
    open: s.getAll('open').flatMap((o): Cell[] => {
      const [route, regime] = o.split('@');
      return route && regime ? [{ route: route as RouteName, regime }] : [];
    }),
  };
  const scenario = s.get('scenario');
  if (scenario) return { kind: 'scenario', id: scenario };
  const id = s.get('case');
  if (id) return { kind: 'case', id, rest };
  const text = s.get('incident');
  if (!text) return { kind: 'none' };
  try {
    const incident = JSON.parse(text) as unknown;
    if (incident === null || typeof incident !== 'object' || Array.isArray(incident))
      return { kind: 'bad', message: 'the link’s incident is not a JSON object' };
    return { kind: 'permalink', permalink: { incident: incident as Incident, ...rest } };
  } catch {
    return { kind: 'bad', message: 'the link’s incident is not valid JSON (was the link cut short?)' };
  }
}
