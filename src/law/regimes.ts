import { buildRegime, type Regime } from '../engine/index.js';
import { federalBaseline } from './baseline.js';

/** The regimes Recourse knows, by their v1 ids (DESIGN.md §3). */
export const current: Regime = buildRegime({
  id: 'current',
  title: 'The law in force on the incident date',
  baseline: federalBaseline,
});

export const REGIMES: ReadonlyMap<string, Regime> = new Map([[current.id, current]]);

export const DEFAULT_REGIMES: readonly string[] = ['current'];

export function regimeById(id: string): Regime | undefined {
  return REGIMES.get(id);
}
