import type { Contrast } from '../api.js';
import type { Cell } from '../permalink.js';
import { ROUTE_WORDS, valueWords } from '../words.js';
import { Cite } from './Cite.js';

/** Two cells side by side: why the same route comes out differently under two regimes. */
export function ContrastNote({
  cells,
  differences,
}: {
  readonly cells: readonly [Cell, Cell];
  readonly differences: readonly Contrast[];
}) {
  const [x, y] = cells;
  if (x.route !== y.route)
    return (
      <p className="contrast muted" role="status">
        These two cells are different routes. Choose two cells in the same row to see why a regime changes a
        route.
      </p>
    );
  const found = differences.find(
    (d) =>
      d.route === x.route &&
      ((d.a.regime === x.regime && d.b.regime === y.regime) ||
        (d.a.regime === y.regime && d.b.regime === x.regime)),
  );
  if (!found)
    return (
      <p className="contrast" role="status">
        {ROUTE_WORDS[x.route].name} comes out the same under {x.regime} and {y.regime}.
      </p>
    );
  return (
    <section className="contrast" aria-label="Why they differ">
      <h3>Why they differ</h3>
      <p className="sentence">{found.sentence}</p>
      <ul>
        {found.causes.map((c) => (
          <li key={c.definition}>
            <strong>{c.description || c.definition}</strong>:{' '}
            {[c.a, c.b].map((s, i) => (
              <span key={s.regime}>
                {i > 0 ? '; ' : ''}
                under <span className="regime-id">{s.regime}</span> {valueWords(s.value)}
                {s.cite ? (
                  <>
                    {' '}
                    (<Cite cite={s.cite} />)
                  </>
                ) : null}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
