import { useEffect, useState } from 'react';
import { api, type Result, type ScenarioInput, type WhatIfResult } from '../api.js';
import { cellKey } from '../permalink.js';
import { ROUTE_ORDER } from '../words.js';

type Flip = WhatIfResult['flips'][number];

/** A cell's what-if hint: the change it shows, or none found; absent while it is being asked. */
export type WhatIfHint = { readonly flip: Flip | null };

/** One what-if is asked at a time, so that they never hold up what the user asks for (the server has few cores). */
const AT_ONCE = 1;

/**
 * The what-if to show beneath a cell: the first of the ranked changes toward another outcome, a
 * finding (something to establish) before a change to the incident; failing any, the first change
 * that would reopen the question.
 */
export function hintOf(w: WhatIfResult): Flip | null {
  return w.flips.find((f) => f.kind === 'establish') ?? w.flips[0] ?? w.unsettles[0] ?? null;
}

/** The cells whose route is undetermined or unavailable: those that get a what-if beneath them. */
export function cellsWanting(results: readonly Result[]) {
  return results.flatMap((r) =>
    ROUTE_ORDER.filter((route) => {
      const s = r.routes[route].status;
      return s === 'undetermined' || s === 'unavailable';
    }).map((route) => ({ route, regime: r.regime })),
  );
}

/**
 * What-if hints for the matrix, asked lazily: only once the matrix is on screen, a few at a time,
 * and dropped when the scenario changes. Keyed by cell (`route@regime`).
 */
export function useWhatIfHints(
  scenario: ScenarioInput | null,
  results: readonly Result[] | null,
): ReadonlyMap<string, WhatIfHint> {
  const [hints, setHints] = useState<ReadonlyMap<string, WhatIfHint>>(new Map());
  const key = results && scenario ? JSON.stringify([scenario, results.map((r) => [r.regime, r.routes])]) : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` says when the scenario or its results change.
  useEffect(() => {
    setHints(new Map());
    if (!scenario || !results) return;
    let live = true;
    const queue = cellsWanting(results);
    const next = async (): Promise<void> => {
      const cell = queue.shift();
      if (!cell || !live) return;
      // A result under laws applied everywhere is named `regime+law`; the API takes the regime and `with`.
      const regime = cell.regime.split('+')[0] as string;
      let hint: WhatIfHint | null = null;
      try {
        hint = { flip: hintOf(await api.whatIf(scenario, regime, cell.route)) };
      } catch {
        hint = null; // the cell's own explanation says what went wrong when it is opened
      }
      if (!live) return;
      if (hint) {
        const found = hint;
        setHints((m) => new Map(m).set(cellKey(cell), found));
      }
      return next();
    };
    // After the matrix has been painted: the first render is not made to wait for what-ifs.
    const start = setTimeout(() => {
      for (let i = 0; i < AT_ONCE; i++) void next();
    }, 0);
    return () => {
      live = false;
      clearTimeout(start);
    };
  }, [key]);
  return hints;
}
