import type { JobView } from '../api.js';
import { ROUTE_ORDER, ROUTE_WORDS } from '../words.js';

type Average = NonNullable<JobView['result']>['averageYear'][number];

/** Model estimates for an average year: per route, each regime's open count as a dot with its 90% interval. */
export function IntervalChart({ averages }: { readonly averages: readonly Average[] }) {
  const width = 440;
  const rowH = 22;
  const labelW = 140;
  return (
    <div className="charts">
      {ROUTE_ORDER.map((route) => {
        const rows = averages.map((a) => ({ regime: a.regime, e: a.routes[route]?.available }));
        const max = Math.max(1, ...rows.map((r) => r.e?.high ?? 0));
        const x = (v: number) => labelW + (v / max) * (width - labelW - 40);
        return (
          <figure key={route} className="chart">
            <figcaption>
              {ROUTE_WORDS[route].name}: open per year{' '}
              <span className="muted">(model estimates, mean and 5th–95th percentile)</span>
            </figcaption>
            <svg
              viewBox={`0 0 ${width} ${rows.length * rowH + 22}`}
              role="img"
              data-chart={`synthetic-${route}`}
              aria-label={`${ROUTE_WORDS[route].name}, model estimates: ${rows
                .map((r) => `${r.regime} ${r.e?.mean ?? 0} (${r.e?.low ?? 0} to ${r.e?.high ?? 0})`)
                .join('; ')}`}
            >
              <g className="axis" transform={`translate(0 ${rows.length * rowH + 2})`}>
                <line x1={x(0)} x2={x(max)} y1={0} y2={0} />
                {[0, max / 2, max].map((t) => (
                  <text key={t} x={x(t)} y={14} textAnchor="middle" className="axis-label">
                    {Math.round(t)}
                  </text>
                ))}
              </g>
              {rows.map((r, i) => (
                <g key={r.regime} transform={`translate(0 ${i * rowH + 2})`}>
                  <text x={labelW - 6} y={rowH / 2 + 4} textAnchor="end" className="axis-label">
                    {r.regime}
                  </text>
                  {r.e ? (
                    <>
                      <line
                        x1={x(r.e.low)}
                        x2={x(r.e.high)}
                        y1={rowH / 2}
                        y2={rowH / 2}
                        className="interval"
                      />
                      <circle cx={x(r.e.mean)} cy={rowH / 2} r={4} className="estimate" />
                      <text x={x(r.e.high) + 6} y={rowH / 2 + 4} className="axis-label">
                        {r.e.mean}
                      </text>
                    </>
                  ) : null}
                </g>
              ))}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
