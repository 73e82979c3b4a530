import type { Value } from '../engine/index.js';

/** A value as a person reads it: yes, no, a list (or none), or unknown. */
export function inWords(v: Value | null | undefined): string {
  if (v === null || v === undefined) return 'unknown';
  if (v === true) return 'yes';
  if (v === false) return 'no';
  if (Array.isArray(v)) return v.length === 0 ? 'none' : v.join(', ');
  return String(v);
}
