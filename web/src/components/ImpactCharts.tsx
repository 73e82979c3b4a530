import type { CorpusImpact, RouteStatus } from '../api.js';
import { ROUTE_ORDER, ROUTE_WORDS, STATUS_WORDS } from '../words.js';

const STATUS_ORDER: readonly RouteStatus[] = ['available', 'undetermined', 'unavailable', 'not-applicable'];

/**
 * Over the corpus, per route: one stacked bar per regime, its cases by status. Each bar says its
 * numbers in words (the chart's label and the table beneath), so the colours are never alone.
 */
export function ImpactCharts({ impact }: { readonly impact: CorpusImpact }) {
  const width = 440;
  const rowH = 26;
  const labelW = 140;
  const scale = (n: number) => (n / Math.max(1, impact.cases)) * (width - labelW - 10);
  return (
    <div className="charts">
      <ul className="legend" aria-label="Legend">
        {STATUS_ORDER.map((s) => (
          <li key={s}>
            <span className={`swatch fill-${s}`} aria-hidden="true" /> {STATUS_WORDS[s]}
          </li>
        ))}
      </ul>
      {ROUTE_ORDER.map((route) => {
        const rows = impact.regimes.map((r) => ({ regime: r.regime, counts: r.routes[route] }));
        const label = `${ROUTE_WORDS[route].name}: ${rows
          .map((r) => `${r.regime} ${r.counts.available} open of ${impact.cases}`)
          .join('; ')}`;
        return (
          <figure key={route} className="chart">
            <figcaption>
              {ROUTE_WORDS[route].name} <span className="muted">— cases by status, of {impact.cases}</span>
            </figcaption>
            <svg
              viewBox={`0 0 ${width} ${rows.length * rowH + 4}`}
              role="img"
              aria-label={label}
              data-chart={route}
              preserveAspectRatio="xMinYMin meet"
            >
              {rows.map((r, i) => {
                let x = labelW;
                return (
                  <g key={r.regime} transform={`translate(0 ${i * rowH + 2})`}>
                    <text x={labelW - 6} y={rowH / 2 + 4} textAnchor="end" className="axis-label">
                      {r.regime}
                    </text>
                    {STATUS_ORDER.map((s) => {
                      const w = scale(r.counts[s]);
                      const at = x;
                      x += w;
                      return w > 0 ? (
                        <g key={s}>
                          <rect x={at} y={2} width={w} height={rowH - 6} className={`fill-${s}`}>
                            <title>
                              {r.regime}: {r.counts[s]} {STATUS_WORDS[s].toLowerCase()}
                            </title>
                          </rect>
                          {w > 18 ? (
                            <text
                              x={at + w / 2}
                              y={rowH / 2 + 3}
                              textAnchor="middle"
                              className={`bar-label on-${s}`}
                            >
                              {r.counts[s]}
                            </text>
                          ) : null}
                        </g>
                      ) : null;
                    })}
                  </g>
                );
              })}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
