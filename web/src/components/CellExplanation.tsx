import { api, type Result, type ScenarioInput, type WhatIfResult } from '../api.js';
import type { Cell } from '../permalink.js';
import { BLOCKER_WORDS, factWords, PENALTY_WORDS, ROUTE_WORDS, STATUS_WORDS, valueWords } from '../words.js';
import { Cite } from './Cite.js';
import { Derivation } from './Derivation.js';
import { Status, useApi } from './useApi.js';

interface Props {
  readonly scenario: ScenarioInput;
  readonly cell: Cell;
  readonly result: Result;
  readonly onClose: () => void;
}

/** One cell explained: its derivation with citations, and for a closed or open question, what would change it. */
export function CellExplanation({ scenario, cell, result, onClose }: Props) {
  const route = result.routes[cell.route];
  const key = JSON.stringify([scenario, cell]);
  // A result under laws applied everywhere is named `regime+law`; the API takes the regime and `with`.
  const regime = cell.regime.split('+')[0] as string;
  const explained = useApi(`explain ${key}`, () => api.explain(scenario, regime, cell.route));
  const wantsWhatIf = route.status === 'undetermined' || route.status === 'unavailable';
  const whatIf = useApi(`whatif ${key} ${wantsWhatIf}`, () =>
    wantsWhatIf ? api.whatIf(scenario, regime, cell.route) : Promise.resolve(null),
  );
  const headingId = `explain-${cell.route}-${cell.regime}`;
  return (
    <section className={`explanation status-${route.status}`} aria-labelledby={headingId}>
      <header>
        <h3 id={headingId}>
          {ROUTE_WORDS[cell.route].name} under <span className="regime-id">{cell.regime}</span>:{' '}
          {STATUS_WORDS[route.status]}
        </h3>
        <button type="button" className="secondary" onClick={onClose}>
          Close<span className="visually-hidden"> this explanation</span>
        </button>
      </header>
      <p>
        {route.blockedBy ? <>Closed by {BLOCKER_WORDS[route.blockedBy]}. </> : null}
        {route.maxPenalty ? <>Maximum sentence: {PENALTY_WORDS[route.maxPenalty]}. </> : null}
        {route.cite ? (
          <>
            Decided by <Cite cite={route.cite} />.
          </>
        ) : null}
      </p>
      {route.needs.length > 0 ? (
        <p className="needs">Still turns on: {route.needs.map(factWords).join('; ')}</p>
      ) : null}
      <h4>Why</h4>
      <Status loaded={explained} what="the derivation" />
      {explained.state === 'done'
        ? explained.value.routes.map((r) => <Derivation key={r.route} node={r.trace} />)
        : null}
      {wantsWhatIf ? (
        <>
          <h4>What if</h4>
          <Status loaded={whatIf} what="what would change it" />
          {whatIf.state === 'done' && whatIf.value ? (
            <>
              <FlipList
                flips={whatIf.value.flips}
                empty="No change of one or two facts settles this route otherwise."
              />
              {whatIf.value.flips.length === 0 && whatIf.value.unsettles.length > 0 ? (
                <>
                  <p>What would reopen the question:</p>
                  <FlipList flips={whatIf.value.unsettles} empty="" />
                </>
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function FlipList({ flips, empty }: { readonly flips: WhatIfResult['flips']; readonly empty: string }) {
  if (flips.length === 0) return empty ? <p className="muted">{empty}</p> : null;
  return (
    <ul className="whatif">
      {flips.slice(0, 6).map((f) => (
        <li key={f.changes.map((c) => `${c.path}=${String(c.to)}`).join('&')}>
          If{' '}
          {f.changes.map((c, i) => (
            <span key={c.path}>
              {i > 0 ? ' and ' : ''}
              {factWords(c.path)} were <strong>{valueWords(c.to)}</strong>
            </span>
          ))}
          , it would be <strong>{STATUS_WORDS[f.after]}</strong>
          {f.after === 'undetermined' && f.needs.length > 0
            ? ` (then turning on ${f.needs.map(factWords).join('; ')})`
            : ''}
          {f.because[0]?.b.cite ? (
            <>
              {' '}
              (<Cite cite={f.because[0].b.cite} />)
            </>
          ) : null}
          .
        </li>
      ))}
    </ul>
  );
}
