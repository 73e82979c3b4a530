import type { Incident } from './api.js';

/** Reading and writing an incident's facts by their dotted paths; `undefined` is unknown. */

export function factAt(incident: Incident, path: string): unknown {
  let at: unknown = incident;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at ?? undefined;
}

/** A copy of the incident with the fact set (or removed, for unknown); empty groups are dropped. */
export function withFact(incident: Incident, path: string, value: unknown): Incident {
  const keys = path.split('.');
  const set = (obj: Record<string, unknown>, i: number): Record<string, unknown> => {
    const key = keys[i] as string;
    const copy = { ...obj };
    if (i === keys.length - 1) {
      if (value === undefined) delete copy[key];
      else copy[key] = value;
    } else {
      const inner = copy[key];
      const next = set(
        inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>) : {},
        i + 1,
      );
      if (Object.keys(next).length === 0) delete copy[key];
      else copy[key] = next;
    }
    return copy;
  };
  return set(incident as unknown as Record<string, unknown>, 0) as unknown as Incident;
}

export const today = () => new Date().toISOString().slice(0, 10);

export const blankIncident = (): Incident =>
  ({ id: 'my-incident', date: today(), place: { state: 'NY' } }) as Incident;
