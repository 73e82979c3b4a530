import { bindsId, ROW_TITLES, ROWS, type Row } from './obligations.js';
import { AGENCY_REGIME_SPECS, AGENCY_REGIMES, type AgencyRegimeSpec, BILL_REGIMES } from './regimes.js';

/** One cell of the side-by-side: the provisions of the bill that address the row, or why none does. */
export type SideBySideCell =
  | { readonly provisions: readonly string[]; readonly rules: readonly string[] }
  | { readonly notAddressed: string };

export interface SideBySideRow {
  readonly row: Row;
  readonly title: string;
  readonly cells: Readonly<Record<string, SideBySideCell>>;
}

/**
 * The side-by-side of the bills, read from the code: for each row and each bill, the provisions
 * whose rules bind an agency on the row, or the bill's explicit "not addressed". A cell with
 * neither is returned as an empty provision list, which the tests reject.
 */
export function sideBySide(
  regimes: readonly string[] = BILL_REGIMES,
  specs: readonly AgencyRegimeSpec[] = AGENCY_REGIME_SPECS,
): SideBySideRow[] {
  return ROWS.map((row) => {
    const cells: Record<string, SideBySideCell> = {};
    for (const id of regimes) {
      const spec = specs.find((s) => s.id === id);
      const regime = AGENCY_REGIMES.get(id);
      if (!spec || !regime) throw new Error(`no agency regime ${id}`);
      const own = new Set(spec.provisions.map((p) => p.id));
      const rules = (regime.definitions.get(bindsId(row))?.rules ?? []).filter(
        (r) => r.provision !== undefined && own.has(r.provision),
      );
      const silent = spec.notAddressed?.find((n) => n.row === row);
      cells[id] =
        rules.length === 0 && silent
          ? { notAddressed: silent.note }
          : {
              provisions: [...new Set(rules.map((r) => r.provision as string))],
              rules: rules.map((r) => r.id),
            };
    }
    return { row, title: ROW_TITLES[row], cells };
  });
}

/** The cells with neither a provision nor an explicit "not addressed", as `row x regime`. */
export function gapsOf(table: readonly SideBySideRow[]): string[] {
  return table.flatMap((r) =>
    Object.entries(r.cells)
      .filter(([, c]) => !('notAddressed' in c) && c.provisions.length === 0)
      .map(([regime]) => `${r.row} x ${regime}`),
  );
}
