import { useEffect, useMemo, useRef, useState } from 'react';
import { api, type Comparison, type FactSpec, type Incident, type RegimeSummary } from '../api.js';
import { CellExplanation } from '../components/CellExplanation.js';
import { ContrastNote } from '../components/ContrastNote.js';
import { IncidentForm } from '../components/IncidentForm.js';
import { Interview } from '../components/Interview.js';
import { ResultMatrix } from '../components/ResultMatrix.js';
import { ScenarioActions } from '../components/ScenarioActions.js';
import { Status, useApi } from '../components/useApi.js';
import { useWhatIfHints } from '../components/useWhatIfHints.js';
import { blankIncident } from '../facts.js';
import { type Cell, cellKey, type Permalink, permalinkQuery, readPermalink } from '../permalink.js';

type Mode = 'form' | 'interview';

const EMPTY: Permalink = { incident: blankIncident(), regimes: [], with: [], open: [] };

/** Marks the first time a result matrix is on screen (the browser test reads it). */
let firstRender = false;
function markFirstRender() {
  if (firstRender) return;
  firstRender = true;
  performance.mark('recourse:first-matrix');
}

const sameScenario = (a: Permalink, b: Permalink) => permalinkQuery(a) === permalinkQuery(b);

/** The scenario: an incident from a case, the form or the interview, and what each regime makes of it. */
export function ScenarioView({ search }: { readonly search: string }) {
  const [scenario, setScenario] = useState<Permalink | null>(() => {
    const from = readPermalink(search);
    return from.kind === 'permalink' ? from.permalink : from.kind === 'none' ? EMPTY : null;
  });
  const [mode, setMode] = useState<Mode>('form');
  const [problem, setProblem] = useState<string | null>(null);

  // The first evaluation goes to the server first; the rest of the page's data follows it.
  const input = scenario
    ? { incident: scenario.incident, regimes: scenario.regimes, with: scenario.with }
    : null;
  const compared = useApi<Comparison | null>(JSON.stringify(input), () =>
    input ? api.compare(input) : Promise.resolve(null),
  );
  // While a new evaluation is on its way, the last one stays on screen (dimmed).
  const last = useRef<Comparison | null>(null);
  if (compared.state === 'done' && compared.value) last.current = compared.value;
  const shown = last.current;
  useEffect(() => {
    if (shown) markFirstRender();
  }, [shown]);
  const ready = shown !== null || compared.state === 'error';
  // What-ifs beneath the open questions and closed routes, asked once the matrix is shown, for the
  // scenario it shows (not one still being evaluated).
  const hints = useWhatIfHints(
    compared.state === 'done' ? input : null,
    compared.state === 'done' ? (shown?.results ?? null) : null,
  );
  const catalogue = useApi('facts', api.facts, ready);
  const cases = useApi('cases', api.cases, ready);
  const regimes = useApi('regimes', api.regimes, ready);

  // The scenario comes from the URL: a full permalink, a bundled case or a saved scenario.
  useEffect(() => {
    const from = readPermalink(search);
    if (from.kind === 'permalink')
      setScenario((s) => (s && sameScenario(s, from.permalink) ? s : from.permalink));
    else if (from.kind === 'case')
      api.caseById(from.id).then(
        (c) => setScenario({ incident: c.incident, ...from.rest }),
        (e: Error) => setProblem(`Case “${from.id}”: ${e.message}`),
      );
    else if (from.kind === 'scenario')
      api.scenario(from.id).then(
        (s) => setScenario({ incident: s.incident, regimes: s.regimes, with: s.with, open: [] }),
        (e: Error) => setProblem(`Saved scenario “${from.id}”: ${e.message}`),
      );
    else {
      if (from.kind === 'bad') setProblem(from.message);
      setScenario((s) => s ?? EMPTY);
    }
  }, [search]);

  // ...and goes back into it, whole, at every change: the address bar is the permalink.
  useEffect(() => {
    if (!scenario) return;
    const query = permalinkQuery(scenario);
    if (window.location.search !== query) window.history.replaceState(null, '', `/${query}`);
  }, [scenario]);

  const titles = useMemo(
    () => new Map((regimes.state === 'done' ? regimes.value : []).map((r) => [r.id, r.title])),
    [regimes],
  );

  if (!scenario)
    return (
      <main id="main">
        {problem ? (
          <p className="error" role="alert">
            {problem}
          </p>
        ) : (
          <p role="status">Loading the scenario…</p>
        )}
      </main>
    );

  const update = (incident: Incident) => setScenario({ ...scenario, incident });
  const toggle = (cell: Cell) => {
    const k = cellKey(cell);
    const open = scenario.open.some((c) => cellKey(c) === k)
      ? scenario.open.filter((c) => cellKey(c) !== k)
      : [...scenario.open, cell].slice(-2);
    setScenario({ ...scenario, open });
  };
  const facts: readonly FactSpec[] = catalogue.state === 'done' ? catalogue.value.facts : [];
  const openCells = shown
    ? scenario.open.flatMap((c) => {
        const r = shown.results.find((x) => x.regime === c.regime);
        return r ? [{ cell: c, result: r }] : [];
      })
    : [];

  return (
    <main id="main" className="scenario">
      <h1>{scenario.incident.title || 'Your scenario'}</h1>
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
      <section className="start no-print" aria-labelledby="start-heading">
        <h2 id="start-heading">Start from</h2>
        <div className="row">
          <div className="field">
            <label htmlFor="case-picker">A real case</label>
            <select
              id="case-picker"
              value={
                cases.state === 'done' && cases.value.some((c) => c.id === scenario.incident.id)
                  ? scenario.incident.id
                  : ''
              }
              onChange={(e) => {
                const id = e.target.value;
                if (!id) return;
                api.caseById(id).then(
                  (c) => {
                    setProblem(null);
                    setScenario({ ...scenario, incident: c.incident, open: [] });
                  },
                  (err: Error) => setProblem(err.message),
                );
              }}
            >
              <option value="">— choose a case —</option>
              {cases.state === 'done'
                ? cases.value.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title ?? c.id} ({c.date.slice(0, 4)}, {c.state})
                    </option>
                  ))
                : null}
            </select>
          </div>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setMode('form');
              setScenario({ ...scenario, incident: blankIncident(), open: [] });
            }}
          >
            Blank form
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setMode('interview');
              setScenario({ ...scenario, incident: blankIncident(), open: [] });
            }}
          >
            Start the interview
          </button>
        </div>
        <Status loaded={cases} what="the cases" />
      </section>

      <div className={`scenario-layout mode-${mode}`}>
        <div className="facts-pane no-print">
          <fieldset className="tabs">
            <legend className="visually-hidden">How to enter the facts</legend>
            <button type="button" aria-pressed={mode === 'form'} onClick={() => setMode('form')}>
              Form
            </button>
            <button type="button" aria-pressed={mode === 'interview'} onClick={() => setMode('interview')}>
              Interview
            </button>
          </fieldset>
          <Status loaded={catalogue} what="the questions" />
          {mode === 'form' ? (
            <IncidentForm incident={scenario.incident} facts={facts} onChange={update} />
          ) : (
            <Interview
              incident={scenario.incident}
              facts={facts}
              regimes={scenario.regimes}
              onChange={update}
            />
          )}
        </div>

        <div className="results-pane">
          <h2 id="results-heading">
            Result{' '}
            <span className="muted small">
              {scenario.incident.date}, {scenario.incident.place?.state}
              {scenario.incident.place?.locality ? `, ${scenario.incident.place.locality}` : ''}
            </span>
          </h2>
          <RegimePicker
            all={regimes.state === 'done' ? regimes.value : []}
            chosen={scenario.regimes}
            onChange={(r) => setScenario({ ...scenario, regimes: r, open: [] })}
          />
          <StateLawPicker
            ready={ready}
            chosen={scenario.with}
            onChange={(w) => setScenario({ ...scenario, with: w, open: [] })}
          />
          {compared.state === 'error' ? (
            <p className="error" role="alert">
              {compared.message}
            </p>
          ) : null}
          {shown ? (
            <div
              aria-busy={compared.state === 'loading'}
              className="matrix-box"
              data-incident={shown.incident}
            >
              <ResultMatrix
                results={shown.results}
                titles={titles}
                open={scenario.open}
                onToggle={toggle}
                hints={hints}
              />
            </div>
          ) : (
            <p role="status">Evaluating…</p>
          )}
          {openCells.length === 2 && shown ? (
            <ContrastNote
              cells={[openCells[0]?.cell as Cell, openCells[1]?.cell as Cell]}
              differences={shown.differences}
            />
          ) : null}
          <div className={`explanations count-${openCells.length}`}>
            {openCells.map(({ cell, result }) =>
              input ? (
                <CellExplanation
                  key={cellKey(cell)}
                  scenario={input}
                  cell={cell}
                  result={result}
                  onClose={() => toggle(cell)}
                />
              ) : null,
            )}
          </div>
          {input ? <ScenarioActions scenario={input} /> : null}
        </div>
      </div>
    </main>
  );
}

function RegimePicker({
  all,
  chosen,
  onChange,
}: {
  readonly all: readonly RegimeSummary[];
  readonly chosen: readonly string[];
  readonly onChange: (regimes: string[]) => void;
}) {
  const builtIn = all.filter((r) => !r.saved).map((r) => r.id);
  const shown = chosen.length > 0 ? chosen : builtIn;
  return (
    <details className="regime-picker no-print">
      <summary>Regimes compared ({shown.length})</summary>
      <fieldset>
        <legend className="visually-hidden">Regimes compared</legend>
        {all.map((r) => (
          <label key={r.id} className="choice">
            <input
              type="checkbox"
              checked={shown.includes(r.id)}
              onChange={(e) => {
                const next = e.target.checked ? [...shown, r.id] : shown.filter((x) => x !== r.id);
                if (next.length > 0) onChange(next);
              }}
            />
            <span className="regime-id">{r.id}</span> {r.title}
            {r.saved ? ' (yours)' : ''}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** State or local laws applied to the incident wherever it happened, as if in force (`with`). */
function StateLawPicker({
  ready,
  chosen,
  onChange,
}: {
  readonly ready: boolean;
  readonly chosen: readonly string[];
  readonly onChange: (laws: string[]) => void;
}) {
  const provisions = useApi('provisions', api.provisions, ready);
  if (provisions.state !== 'done') return null;
  return (
    <details className="regime-picker no-print" open={chosen.length > 0}>
      <summary>State and local laws applied as if in force here ({chosen.length})</summary>
      <fieldset>
        <legend className="visually-hidden">State and local laws applied as if in force here</legend>
        {provisions.value.stateAndLocalLaws.map((l) => (
          <label key={l.id} className="choice">
            <input
              type="checkbox"
              name="with"
              value={l.id}
              checked={chosen.includes(l.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, l.id] : chosen.filter((x) => x !== l.id))
              }
            />
            <span>
              {l.title} <span className="muted">({l.cite})</span>
            </span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
