import { useState } from 'react';
import { type AgencyImpact, type AgencyImpactJob, agencyApi, type SideBySideRow } from '../agency-api.js';
import { JobProgress, SyntheticRunForm, useSyntheticJob } from './useSyntheticJob.js';

/**
 * Agency impact over a synthetic national population (`recourse impact --agencies N`) run as a
 * job of the server: its progress (replicates done) as it goes, then per regime the agencies out
 * of compliance on each obligation and the dollars a year at risk, with 90% intervals, labelled
 * model estimates, and the parameters that are assumptions said so.
 */

const whole = (x: number) => Math.round(x).toLocaleString('en-US');
const range = (x: { mean: number; low: number; high: number }, money = false) => {
  const f = (n: number) => (money ? `$${whole(n)}` : whole(n));
  return `${f(x.mean)} (${f(x.low)}–${f(x.high)})`;
};

const GRANT_NAMES: Readonly<Record<string, string>> = {
  'byrne-jag': 'Byrne JAG',
  cops: 'COPS',
  'doj-discretionary': 'DOJ discretionary grants',
  'other-federal-funds': 'other federal funds',
};

export function AgencyImpactRun({ rows }: { readonly rows: readonly SideBySideRow[] }) {
  const [agencies, setAgencies] = useState(5000);
  const [replicates, setReplicates] = useState(10);
  const run = useSyntheticJob<AgencyImpactJob>(agencyApi.impactJob);
  return (
    <section aria-labelledby="agency-impact-heading">
      <h2 id="agency-impact-heading">Over a synthetic national population of agencies</h2>
      <p>
        Model estimates: state and local agencies drawn from published counts, sizes and grant shares, with
        the uncertainty of those figures carried into 90% intervals. What no source gives stays unknown, so an
        obligation that turns on it is counted undetermined. These are estimates of a model, not counts.
      </p>
      <SyntheticRunForm
        idPrefix="agency-impact"
        sizeLabel="Synthetic agencies"
        submitLabel="Run the agency model"
        size={agencies}
        onSize={setAgencies}
        replicates={replicates}
        onReplicates={setReplicates}
        running={run.running}
        onRun={() => void run.run(() => agencyApi.startImpact(agencies, replicates))}
      />
      <JobProgress id="agency-impact-progress" label="Progress (parameter draws)" state={run} />
      {run.job?.result ? <ImpactTables impact={run.job.result} rows={rows} /> : null}
    </section>
  );
}

function ImpactTables({
  impact,
  rows,
}: {
  readonly impact: AgencyImpact;
  readonly rows: readonly SideBySideRow[];
}) {
  const title = (row: string) => rows.find((r) => r.row === row)?.title ?? row;
  return (
    <div data-impact="agency">
      <p>
        <strong>{impact.label}</strong>: {whole(impact.agencies)} synthetic agencies scaled to{' '}
        {whole(impact.scaledTo)}, {impact.replicates} parameter draws, as of {impact.date}. Each figure is the
        mean, with its 90% interval in brackets.
      </p>
      <div className="table-scroll">
        <table className="agency-impact">
          <thead>
            <tr>
              <th scope="col">Regime</th>
              <th scope="col">Obligation</th>
              <th scope="col">Agencies not meeting it</th>
              <th scope="col">Undetermined</th>
            </tr>
          </thead>
          <tbody>
            {impact.regimes.flatMap((r) =>
              r.rows.map((x, i) => (
                <tr key={`${r.regime} ${x.row}`}>
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={r.rows.length} className="regime-id">
                      {r.regime}
                    </th>
                  ) : null}
                  <td>{title(x.row)}</td>
                  <td>{range(x.notMet)}</td>
                  <td>{range(x.undetermined)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <h3>Federal money at risk a year, nationally ({impact.label})</h3>
      <ul>
        {impact.regimes.map((r) => {
          const grants = Object.entries(r.usdAtRisk).filter(([, x]) => x && x.high > 0);
          return (
            <li key={r.regime} data-regime={r.regime}>
              <span className="regime-id">{r.regime}</span>:{' '}
              {grants.length === 0
                ? 'none known'
                : grants.map(([g, x]) => `${GRANT_NAMES[g] ?? g} ${x ? range(x, true) : ''}`).join('; ')}
            </li>
          );
        })}
      </ul>
      <details>
        <summary>The parameters, and which are assumptions</summary>
        <ul>
          {impact.assumptions.map((a) => (
            <li key={a.parameter}>
              {a.parameter}
              {a.assumption ? <strong> (assumption: no source gives the figure)</strong> : null}
              {a.note ? `: ${a.note}` : ''}
              {a.sources.length > 0 ? ` (sources: ${a.sources.join('; ')})` : ''}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
