import { useEffect, useRef, useState } from 'react';
import { api, type JobView } from '../api.js';
import { ImpactCharts } from '../components/ImpactCharts.js';
import { IntervalChart } from '../components/IntervalChart.js';
import { Status, useApi } from '../components/useApi.js';
import { onAppLink } from '../router.js';
import { ROUTE_ORDER, ROUTE_WORDS, STATUS_WORDS } from '../words.js';

const share = (x: number) => (Math.round(x * 100) / 100).toString();

/** Impact: every regime over the bundled cases, what changes and which provision changes it, and the synthetic model. */
export function ImpactView() {
  const impact = useApi('impact', () => api.impact([]));
  return (
    <main id="main" className="impact">
      <h1>Impact</h1>
      <p className="lede">
        What each regime would change, over the bundled real cases and over a synthetic national population.
      </p>
      <section aria-labelledby="corpus-heading">
        <h2 id="corpus-heading">Over the bundled cases</h2>
        <Status loaded={impact} what="the impact over the cases" />
        {impact.state === 'done' ? (
          <>
            <ImpactCharts impact={impact.value} />
            <h3>Cases that change against {impact.value.baseline}</h3>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Case</th>
                    <th scope="col">Regime</th>
                    <th scope="col">Route</th>
                    <th scope="col">Change</th>
                    <th scope="col">Provisions responsible (share)</th>
                  </tr>
                </thead>
                <tbody>
                  {impact.value.changes.map((c) => {
                    const s = new URLSearchParams({ case: c.incident });
                    s.append('regime', impact.value.baseline);
                    s.append('regime', c.regime);
                    s.append('open', `${c.route}@${impact.value.baseline}`);
                    s.append('open', `${c.route}@${c.regime}`);
                    return (
                      <tr key={`${c.incident} ${c.regime} ${c.route}`}>
                        <td>
                          <a href={`/?${s.toString()}`} onClick={onAppLink}>
                            {c.incident}
                          </a>
                        </td>
                        <td className="regime-id">{c.regime}</td>
                        <td>{ROUTE_WORDS[c.route].name}</td>
                        <td>
                          {STATUS_WORDS[c.before]} → {STATUS_WORDS[c.after]}
                        </td>
                        <td>{c.provisions.map((p) => `${p.provision} (${share(p.share)})`).join(', ')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <h3>Which provision does it</h3>
            <p className="muted">
              The change in cases with the route open, split across each regime’s provisions (Shapley values,
              which add up to the change).
            </p>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Regime</th>
                    <th scope="col">Route</th>
                    <th scope="col">Change in open cases</th>
                    <th scope="col">By provision</th>
                  </tr>
                </thead>
                <tbody>
                  {impact.value.regimes.flatMap((r) =>
                    r.attribution
                      ? ROUTE_ORDER.filter((route) => r.attribution?.[route].availableChange !== 0).map(
                          (route) => (
                            <tr key={`${r.regime} ${route}`}>
                              <td className="regime-id">{r.regime}</td>
                              <td>{ROUTE_WORDS[route].name}</td>
                              <td>{r.attribution?.[route].availableChange}</td>
                              <td>
                                {r.attribution?.[route].provisions
                                  .filter((p) => p.share !== 0)
                                  .map((p) => `${p.provision} ${p.share > 0 ? '+' : ''}${share(p.share)}`)
                                  .join(', ')}
                              </td>
                            </tr>
                          ),
                        )
                      : [],
                  )}
                </tbody>
              </table>
            </div>
          </>
        ) : null}
      </section>
      <Synthetic />
    </main>
  );
}

function Synthetic() {
  const [n, setN] = useState(5000);
  const [replicates, setReplicates] = useState(10);
  const [job, setJob] = useState<JobView | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const source = useRef<EventSource | null>(null);
  useEffect(() => () => source.current?.close(), []);

  const start = async () => {
    setError(null);
    setJob(null);
    setProgress(null);
    try {
      const started = await api.startSynthetic(n, replicates, 1);
      setJob(started);
      const events = new EventSource(`/v1/jobs/${encodeURIComponent(started.id)}/events`);
      source.current = events;
      events.addEventListener('progress', (e) => setProgress(JSON.parse((e as MessageEvent<string>).data)));
      events.addEventListener('end', () => {
        events.close();
        api.job(started.id).then(setJob, (err: Error) => setError(err.message));
      });
      events.onerror = () => events.close();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const running = job?.status === 'running';
  return (
    <section aria-labelledby="synthetic-heading">
      <h2 id="synthetic-heading">Over a synthetic national population</h2>
      <p>
        Model estimates: incidents drawn from published rates, with the uncertainty of those rates carried
        into intervals. They are estimates of a model, not counts.
      </p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <div className="field">
          <label htmlFor="synthetic-n">Incidents</label>
          <input
            id="synthetic-n"
            type="number"
            min={100}
            max={1000000}
            step={100}
            value={n}
            onChange={(e) => setN(Number(e.target.value))}
          />
        </div>
        <div className="field">
          <label htmlFor="synthetic-replicates">Parameter draws</label>
          <input
            id="synthetic-replicates"
            type="number"
            min={1}
            max={100}
            value={replicates}
            onChange={(e) => setReplicates(Number(e.target.value))}
          />
        </div>
        <button type="submit" disabled={running}>
          {running ? 'Running…' : 'Run the model'}
        </button>
      </form>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {progress && job ? (
        <div className="progress-row">
          <label htmlFor="synthetic-progress">Progress</label>
          <progress id="synthetic-progress" max={progress.total} value={progress.done} />
          <span aria-live="polite">
            {progress.done} of {progress.total}
            {job.status === 'done' ? ', done' : job.status === 'failed' ? `, failed: ${job.error}` : ''}
          </span>
        </div>
      ) : null}
      {job?.result ? (
        <>
          <h3>
            An average year, {job.result.averageYear[0]?.years.join('–')} ({job.result.label})
          </h3>
          <IntervalChart averages={job.result.averageYear} />
        </>
      ) : null}
    </section>
  );
}
