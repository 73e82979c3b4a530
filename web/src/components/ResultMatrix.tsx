import type { Result } from '../api.js';
import { type Cell, cellKey } from '../permalink.js';
import {
  BLOCKER_WORDS,
  factWords,
  GRANT_WORDS,
  PENALTY_WORDS,
  ROUTE_ORDER,
  ROUTE_WORDS,
  STATUS_MARK,
  STATUS_WORDS,
  TACTIC_WORDS,
  valueWords,
} from '../words.js';
import type { WhatIfHint } from './useWhatIfHints.js';

interface Props {
  readonly results: readonly Result[];
  readonly titles: ReadonlyMap<string, string>;
  readonly open: readonly Cell[];
  readonly onToggle: (cell: Cell) => void;
  /** What-if hints for undetermined or unavailable cells, by cell key, as they arrive. */
  readonly hints?: ReadonlyMap<string, WhatIfHint>;
}

/**
 * Regimes as columns, routes as rows. A cell says its status in words and with a mark (never by
 * colour alone), why it is closed, the penalty ceiling, and how many facts it still turns on; it is
 * a button that opens its explanation. Beneath an undetermined or unavailable cell, once asked, the
 * smallest change toward another outcome (a what-if). Tactics and funding sit beneath the routes.
 */
export function ResultMatrix({ results, titles, open, onToggle, hints }: Props) {
  const isOpen = new Set(open.map(cellKey));
  return (
    <div>
      <p className="matrix-note" id="matrix-note">
        What is open to the person, under each regime. Choose a cell to see why; choose two to compare them.
      </p>
      <div className="matrix-scroll">
        <table className="matrix" aria-describedby="matrix-note">
          <caption className="visually-hidden">Accountability routes by regime</caption>
          <thead>
            <tr>
              <th scope="col">Route</th>
              {results.map((r) => (
                <th scope="col" key={r.regime}>
                  <span className="regime-id">{r.regime}</span>
                  <span className="regime-title">{titles.get(r.regime) ?? ''}</span>
                  {r.hypothetical ? (
                    <span className="tag">as if in force</span>
                  ) : (
                    <span className="tag">law in force</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROUTE_ORDER.map((route) => (
              <tr key={route}>
                <th scope="row">
                  {ROUTE_WORDS[route].name}
                  <span className="route-about">{ROUTE_WORDS[route].about}</span>
                </th>
                {results.map((r) => {
                  const x = r.routes[route];
                  const cell = { route, regime: r.regime };
                  const pressed = isOpen.has(cellKey(cell));
                  return (
                    <td key={r.regime} className={`status-${x.status}`}>
                      <button
                        type="button"
                        className="cell"
                        aria-pressed={pressed}
                        data-cell={cellKey(cell)}
                        onClick={() => onToggle(cell)}
                      >
                        <span className="status">
                          <span aria-hidden="true">{STATUS_MARK[x.status]} </span>
                          {STATUS_WORDS[x.status]}
                        </span>
                        {x.blockedBy ? <span className="detail">{BLOCKER_WORDS[x.blockedBy]}</span> : null}
                        {x.maxPenalty ? (
                          <span className="detail">max. sentence: {PENALTY_WORDS[x.maxPenalty]}</span>
                        ) : null}
                        {x.status === 'undetermined' && x.needs.length > 0 ? (
                          <span className="detail">
                            needs {x.needs.length} fact{x.needs.length > 1 ? 's' : ''}
                          </span>
                        ) : null}
                        <span className="visually-hidden">
                          {' '}
                          — {ROUTE_WORDS[route].name} under {r.regime};{' '}
                          {pressed ? 'explanation open' : 'show why'}
                        </span>
                      </button>
                      {x.status === 'undetermined' || x.status === 'unavailable' ? (
                        <WhatIfLine cell={cellKey(cell)} hint={hints?.get(cellKey(cell))} />
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr className="beneath">
              <th scope="row">Tactics used</th>
              {results.map((r) => (
                <td key={r.regime}>
                  {r.tactics.length === 0 ? (
                    <span className="muted">none regulated used</span>
                  ) : (
                    <ul className="plain">
                      {r.tactics.map((t) => (
                        <li key={t.tactic} title={`${t.cite}${t.text ? `: ${t.text}` : ''}`}>
                          {t.tactic}: {t.rule ? TACTIC_WORDS[t.rule] : 'undetermined'}
                          {t.breached === true ? ', breached' : ''}
                          {t.met === false ? ', condition not met' : t.met === true ? ', condition met' : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
            <tr className="beneath">
              <th scope="row">Federal money at risk</th>
              {results.map((r) => {
                const atRisk = r.funding.filter((f) => f.atRisk !== false);
                return (
                  <td key={r.regime}>
                    {atRisk.length === 0 ? (
                      <span className="muted">none</span>
                    ) : (
                      <ul className="plain">
                        {atRisk.map((f) => (
                          <li key={f.grant} title={f.cite}>
                            {GRANT_WORDS[f.grant] ?? f.grant}
                            {f.atRisk === null ? ' (depends on facts)' : ''}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A cell's what-if in words: nothing until it is known, so the matrix never waits for it. */
function WhatIfLine({ cell, hint }: { readonly cell: string; readonly hint: WhatIfHint | undefined }) {
  if (!hint) return null;
  const f = hint.flip;
  return (
    <p className="cell-whatif" data-whatif={cell}>
      <span className="whatif-label">What if: </span>
      {f ? (
        <>
          {f.changes.map((c, i) => (
            <span key={c.path}>
              {i > 0 ? ' and ' : ''}
              {factWords(c.path)} were <strong>{valueWords(c.to)}</strong>
            </span>
          ))}{' '}
          → {STATUS_WORDS[f.after]}
          {f.kind === 'establish' ? ' (a finding to establish)' : ' (a different incident)'}
        </>
      ) : (
        'no change of one or two facts alters this'
      )}
    </p>
  );
}
