import { useState } from 'react';
import { api, type FactSpec, type Incident } from '../api.js';
import { factAt, withFact } from '../facts.js';
import { factWords, valueWords } from '../words.js';
import { Status, useApi } from './useApi.js';

interface Props {
  readonly incident: Incident;
  readonly facts: readonly FactSpec[];
  readonly regimes: readonly string[];
  readonly onChange: (incident: Incident) => void;
}

interface Answered {
  readonly before: Incident;
  readonly asked: readonly string[];
  readonly leftOpen: readonly string[];
  readonly said: string;
}

/**
 * The interview: one question at a time, the one whose answer settles the most routes across the
 * regimes, with why it is asked. "Don't know" is always an answer; the matrix beside it fills in
 * as the facts come in. The API keeps no state: the facts so far are posted each time.
 */
export function Interview({ incident, facts, regimes, onChange }: Props) {
  const [asked, setAsked] = useState<readonly string[]>([]);
  const [leftOpen, setLeftOpen] = useState<readonly string[]>([]);
  const [history, setHistory] = useState<readonly Answered[]>([]);
  const step = useApi(JSON.stringify([incident, asked, leftOpen, regimes]), () =>
    api.interview(incident, asked, leftOpen, regimes),
  );
  const state = facts.find((f) => f.path === 'place.state');

  const answer = (path: string, value: unknown, said: string, open: readonly string[] = []) => {
    setHistory([...history, { before: incident, asked, leftOpen, said: `${factWords(path)}: ${said}` }]);
    setAsked([...asked, path]);
    if (open.length > 0) setLeftOpen([...leftOpen, ...open]);
    if (value !== undefined) onChange(withFact(incident, path, value));
  };
  const back = () => {
    const last = history.at(-1);
    if (!last) return;
    setHistory(history.slice(0, -1));
    setAsked(last.asked);
    setLeftOpen(last.leftOpen);
    onChange(last.before);
  };
  const q = step.state === 'done' ? step.value.question : null;

  return (
    <section className="interview" aria-labelledby="interview-heading">
      <h2 id="interview-heading">Interview</h2>
      <div className="row">
        <div className="field">
          <label htmlFor="interview-date">Date of the incident</label>
          <input
            id="interview-date"
            type="date"
            value={incident.date}
            onChange={(e) => e.target.value && onChange(withFact(incident, 'date', e.target.value))}
          />
        </div>
        {state && 'values' in state ? (
          <div className="field">
            <label htmlFor="interview-state">State</label>
            <select
              id="interview-state"
              value={String(factAt(incident, 'place.state') ?? '')}
              onChange={(e) => onChange(withFact(incident, 'place.state', e.target.value))}
            >
              {state.values?.map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <p className="muted" aria-live="polite">
        {history.length} question{history.length === 1 ? '' : 's'} answered
        {history.length > 0 ? `; last: ${history.at(-1)?.said}` : ''}
      </p>
      <Status loaded={step} what="the next question" />
      {step.state === 'done' && q ? (
        <fieldset className="question" key={q.path}>
          <legend>
            <span className="question-number">Question {history.length + 1}. </span>
            {q.wording}
          </legend>
          <div className="why">
            <strong>Why we ask:</strong> the answer decides routes under these regimes.
            <ul>
              {q.why.split(/(?<=\.)\s+(?=if )|;\s+(?=if )/).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {q.help ? <p className="help">{q.help}</p> : null}
          </div>
          <div className="answers">
            {q.answers.map((a) => (
              <button
                type="button"
                key={JSON.stringify(a.value)}
                onClick={() => answer(q.path, a.value, a.label)}
                title={a.settles ? `settles: ${a.settles}` : undefined}
              >
                {a.label}
              </button>
            ))}
            <button
              type="button"
              className="secondary"
              onClick={() => answer(q.path, undefined, "don't know")}
            >
              Don’t know
            </button>
            {q.group ? (
              <button
                type="button"
                className="secondary"
                onClick={() => answer(q.path, undefined, q.group?.dontKnowAny ?? '', q.group?.facts ?? [])}
              >
                {q.group.dontKnowAny}
              </button>
            ) : null}
          </div>
        </fieldset>
      ) : null}
      {step.state === 'done' && !q ? (
        <p className="done" role="status">
          {step.value.determined
            ? 'Every route is settled under every regime.'
            : 'Nothing left to ask could settle another route; the rest turns on facts left open.'}{' '}
          The result is below; the form holds every answer ({valueWords(history.length)} given).
        </p>
      ) : null}
      <div className="row">
        <button type="button" className="secondary" onClick={back} disabled={history.length === 0}>
          ← Back
        </button>
      </div>
    </section>
  );
}
