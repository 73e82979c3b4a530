import { useState } from 'react';
import { api, type JobView } from '../api.js';
import { ImpactCharts } from '../components/ImpactCharts.js';
import { IntervalChart } from '../components/IntervalChart.js';
import { Status, useApi } from '../components/useApi.js';
import { JobProgress, SyntheticRunForm, useSyntheticJob } from '../components/useSyntheticJob.js';
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
  const run = useSyntheticJob<JobView>(api.job);
  const job = run.job;
  return (
    <section aria-labelledby="synthetic-heading">
      <h2 id="synthetic-heading">Over a synthetic national population</h2>
      <p>
        Model estimates: incidents drawn from published rates, with the uncertainty of those rates carried
        into intervals. They are estimates of a model, not counts.
      </p>
      <SyntheticRunForm
        idPrefix="synthetic"
        sizeLabel="Incidents"
        submitLabel="Run the model"
        size={n}
        onSize={setN}
        replicates={replicates}
        onReplicates={setReplicates}
        running={run.running}
        onRun={() => void run.run(() => api.startSynthetic(n, replicates, 1))}
      />
      <JobProgress id="synthetic-progress" label="Progress" state={run} />
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
