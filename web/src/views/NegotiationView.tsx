import { useEffect, useMemo, useState } from 'react';
import type { RouteName } from '../api.js';
import { Status, useApi } from '../components/useApi.js';
import {
  type DealSpaceAnswer,
  type NegotiationAnswer,
  negotiationApi,
  type PackageAnswer,
  type PositionAnswer,
} from '../negotiation-api.js';
import { onAppLink } from '../router.js';
import { ROUTE_WORDS } from '../words.js';

/**
 * The 2020-2021 negotiation (issue 14): where each party stood on each issue as of a day chosen on
 * a slider, in their own words; how feasibility and the blocking sets moved; and a deal explorer
 * judging one package by who objects and what it changes for real cases. Everything shown comes
 * from the API; quotes may come from users, and React escapes all text.
 */

const DAY = 86_400_000;
const FROM = '2020-06-01';
const TO = '2021-12-31';
const dayIndex = (date: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${FROM}T00:00:00Z`)) / DAY);
const dateAt = (i: number) => new Date(Date.parse(`${FROM}T00:00:00Z`) + i * DAY).toISOString().slice(0, 10);
const LAST = dayIndex(TO);

/** A link into the view (an accepted news quotation's): `?date=` sets the slider, `?position=` opens that position. */
const linked = (key: 'date' | 'position') => new URLSearchParams(window.location.search).get(key);
function firstDay(): number {
  const date = linked('date');
  const i = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? dayIndex(date) : Number.NaN;
  return Number.isInteger(i) && i >= 0 && i <= LAST ? i : dayIndex('2021-09-22');
}

const longDate = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });

const STANCE_WORDS: Readonly<Record<string, string>> = {
  'red-line-against': 'red line against',
  opposes: 'opposes',
  accepts: 'accepts',
  supports: 'supports',
  'red-line-for': 'red line for',
};

/** Only web links are links: a `javascript:` or other URL a user gave is shown as text. */
const isWebLink = (url: string | undefined): url is string => url !== undefined && /^https?:\/\//i.test(url);

type Evidence = PositionAnswer['evidence'][number];

function EvidenceItem({ e }: { readonly e: Evidence }) {
  return (
    <li>
      {e.quote ? <q>{e.quote}</q> : <span>{e.paraphrase}</span>}{' '}
      <span className="muted">
        ({e.speaker}, {e.date})
      </span>{' '}
      {isWebLink(e.url) ? (
        <a href={e.url} rel="noopener noreferrer">
          source
        </a>
      ) : (
        <span className="muted">{e.url ?? e.sourceNote}</span>
      )}
    </li>
  );
}

function EvidenceList({ evidence }: { readonly evidence: readonly Evidence[] }) {
  return (
    <ul className="evidence">
      {evidence.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: evidence has no id; its order is fixed
        <EvidenceItem key={i} e={e} />
      ))}
    </ul>
  );
}

/** Each party's latest position on each option of each issue, on or before `asOf` (as the deal space counts them). */
function latestPositions(
  n: NegotiationAnswer,
  positions: readonly PositionAnswer[],
  asOf: string,
): Map<string, PositionAnswer[]> {
  const active = new Set(n.parties.filter((p) => p.until === undefined || p.until >= asOf).map((p) => p.id));
  const latest = new Map<string, PositionAnswer>();
  for (const p of positions) {
    if (p.date > asOf || !active.has(p.party)) continue;
    const key = `${p.party} ${p.issue} ${p.option}`;
    const was = latest.get(key);
    if (!was || was.date <= p.date) latest.set(key, p);
  }
  const cells = new Map<string, PositionAnswer[]>();
  for (const p of latest.values()) {
    const key = `${p.party} ${p.issue}`;
    cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  return cells;
}

type Line = DealSpaceAnswer['blockingSets'][number][number];

function BlockingSets({ sets }: { readonly sets: readonly (readonly Line[])[] }) {
  return (
    <ol className="blocking-sets">
      {sets.map((set, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the sets come in the server's order
        <li key={i}>
          <p>
            Blocking set {i + 1}:{' '}
            {set.map((l) => `${l.party} ${STANCE_WORDS[l.stance]} ${l.issue} ${l.option}`).join(' · ')}
          </p>
          <ul>
            {set.map((l) => (
              <li key={`${l.party} ${l.issue} ${l.option}`}>
                <strong>
                  {l.party}: {STANCE_WORDS[l.stance]} {l.issue} {l.option}
                </strong>{' '}
                since {l.date}
                {l.dateInferred ? ' (date inferred)' : ''}
                <EvidenceList evidence={l.evidence} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function Matrix({
  n,
  positions,
  asOf,
}: {
  readonly n: NegotiationAnswer;
  readonly positions: readonly PositionAnswer[];
  readonly asOf: string;
}) {
  const cells = useMemo(() => latestPositions(n, positions, asOf), [n, positions, asOf]);
  const optionTitle = (issue: string, option: string) =>
    n.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.title ?? option;
  return (
    <div className="table-scroll">
      <table className="negotiation-matrix">
        <caption>Latest stance of each party on each issue as of {longDate(asOf)}</caption>
        <thead>
          <tr>
            <th scope="col">Party</th>
            {n.issues.map((i) => (
              <th scope="col" key={i.id} title={i.title}>
                {i.id}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {n.parties.map((party) => (
            <tr key={party.id}>
              <th scope="row">
                {party.id}
                <span className="small muted"> {party.name}</span>
              </th>
              {n.issues.map((issue) => {
                const here = cells.get(`${party.id} ${issue.id}`) ?? [];
                return (
                  <td key={issue.id} data-cell={`${party.id} ${issue.id}`}>
                    {here.map((p) => (
                      <details
                        key={p.option}
                        className={p.stance.startsWith('red-line') ? 'red-line' : undefined}
                        open={p.id === linked('position') || undefined}
                      >
                        <summary>
                          <span className="stance">{STANCE_WORDS[p.stance]}</span> {p.option}
                          {p.source === 'stored' ? <span className="tag">recorded</span> : null}
                        </summary>
                        <p className="small">
                          {optionTitle(issue.id, p.option)}; since {p.date}
                          {p.dateInferred ? ` (inferred${p.dateAsGiven ? `: “${p.dateAsGiven}”` : ''})` : ''}
                        </p>
                        <EvidenceList evidence={p.evidence} />
                      </details>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DealSpaceSummary({ asOf }: { readonly asOf: string }) {
  const space = useApi(`deal-space ${asOf}`, () => negotiationApi.dealSpace(asOf));
  return (
    <section aria-labelledby="space-heading" aria-live="polite">
      <h2 id="space-heading">Deal space as of {longDate(asOf)}</h2>
      <Status loaded={space} what="the deal space" />
      {space.state === 'done' ? (
        space.value.feasibleCount === 0 ? (
          <>
            <p className="verdict infeasible">
              No feasible package: the red lines in force rule out all{' '}
              {space.value.packages.toLocaleString('en-US')} packages.
            </p>
            <BlockingSets sets={space.value.blockingSets} />
          </>
        ) : (
          <>
            <p className="verdict feasible">
              {space.value.feasibleCount.toLocaleString('en-US')} of{' '}
              {space.value.packages.toLocaleString('en-US')} packages are feasible;{' '}
              {space.value.frontierCount} on the Pareto frontier of the parties’ support.
            </p>
            {space.value.best[0] ? (
              <p>
                Best supported:{' '}
                {Object.entries(space.value.best[0].options)
                  .map(([issue, option]) => `${issue} ${option}`)
                  .join(', ')}
                .
              </p>
            ) : null}
          </>
        )
      ) : null}
    </section>
  );
}

function Timeline({ asOf }: { readonly asOf: string }) {
  const timeline = useApi('timeline', () => negotiationApi.timeline());
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline of feasibility</h2>
      <Status loaded={timeline} what="the timeline" />
      {timeline.state === 'done' ? (
        <div className="table-scroll">
          <table>
            <caption>
              Each date the feasible packages or the blocking sets changed, {timeline.value.from} to{' '}
              {timeline.value.to}
            </caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Feasible packages</th>
                <th scope="col">Issues separating the parties</th>
                <th scope="col">Blocking sets</th>
              </tr>
            </thead>
            <tbody>
              {timeline.value.steps.map((s, i) => {
                const next = timeline.value.steps[i + 1];
                const current = s.date <= asOf && (!next || next.date > asOf);
                return (
                  <tr
                    key={s.date}
                    className={current ? 'current' : undefined}
                    aria-current={current ? 'date' : undefined}
                  >
                    <td>{s.date}</td>
                    <td>{s.feasibleCount.toLocaleString('en-US')}</td>
                    <td>{s.separating.join(', ') || '—'}</td>
                    <td>
                      {s.blockingSets.length === 0
                        ? '—'
                        : s.blockingSets
                            .map((set) =>
                              set
                                .map((l) => `${l.party} ${STANCE_WORDS[l.stance]} ${l.issue} ${l.option}`)
                                .join(' + '),
                            )
                            .join('; ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

const routeName = (r: string) => ROUTE_WORDS[r as RouteName]?.name ?? r;

function Explorer({ n, asOf }: { readonly n: NegotiationAnswer; readonly asOf: string }) {
  const [choice, setChoice] = useState<Record<string, string>>(() =>
    Object.fromEntries(n.issues.map((i) => [i.id, i.options[0]?.id ?? ''])),
  );
  const [judged, setJudged] = useState<
    | { state: 'idle' }
    | { state: 'loading' }
    | { state: 'done'; value: PackageAnswer }
    | { state: 'error'; message: string }
  >({ state: 'idle' });
  const judge = (e: React.FormEvent) => {
    e.preventDefault();
    setJudged({ state: 'loading' });
    negotiationApi.judge(asOf, choice).then(
      (value) => setJudged({ state: 'done', value }),
      (err: unknown) =>
        setJudged({ state: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
  };
  return (
    <section aria-labelledby="explorer-heading">
      <h2 id="explorer-heading">Deal explorer</h2>
      <p className="muted">
        Choose an option per issue: who objects as of {longDate(asOf)}, and what the package changes for real
        cases.
      </p>
      <form onSubmit={judge} className="package-form">
        {n.issues.map((issue) => (
          <div className="field" key={issue.id}>
            <label htmlFor={`option-${issue.id}`}>
              {issue.id}: {issue.title}
            </label>
            <select
              id={`option-${issue.id}`}
              value={choice[issue.id]}
              onChange={(e) => setChoice({ ...choice, [issue.id]: e.target.value })}
            >
              {issue.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.id}: {o.title}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit">Judge this package</button>
      </form>
      <div aria-live="polite">
        {judged.state === 'loading' ? <p role="status">Judging the package…</p> : null}
        {judged.state === 'error' ? (
          <p className="error" role="alert">
            Could not judge the package: {judged.message}
          </p>
        ) : null}
        {judged.state === 'done' ? <Judged outcome={judged.value} /> : null}
      </div>
    </section>
  );
}

function Judged({ outcome }: { readonly outcome: PackageAnswer }) {
  return (
    <div className="judged">
      <p className={`verdict ${outcome.feasible ? 'feasible' : 'infeasible'}`}>
        {outcome.feasible
          ? 'Feasible: no red line in force is broken.'
          : 'Not feasible: it breaks red lines in force.'}
      </p>
      <h3>Who objects, and why</h3>
      {outcome.objections.length === 0 ? (
        <p>No position in force goes against it.</p>
      ) : (
        <ul className="objections">
          {outcome.objections.map((o) => (
            <li key={`${o.party} ${o.issue} ${o.option}`}>
              <strong>
                {o.party} {STANCE_WORDS[o.stance]} {o.issue} {o.option}
              </strong>
              {o.option !== o.chosen ? ` (the package chooses ${o.chosen})` : ''}
              {o.redLine ? <span className="tag red">red line</span> : null}
              <EvidenceList evidence={o.evidence} />
            </li>
          ))}
        </ul>
      )}
      {outcome.unmeasured.length > 0 ? (
        <>
          <h3>Not measured</h3>
          <ul>
            {outcome.unmeasured.map((u) => (
              <li key={u.issue}>
                {u.issue} {u.option}: {u.why}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>What it changes for real cases</h3>
      {outcome.cases.length === 0 ? (
        <p>No route changes for any of the {outcome.casesEvaluated} cases, against current law.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>
              Cases whose routes change against current law ({outcome.cases.length} of{' '}
              {outcome.casesEvaluated})
            </caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Routes opened</th>
                <th scope="col">Routes closed</th>
              </tr>
            </thead>
            <tbody>
              {outcome.cases.map((c) => (
                <tr key={c.id}>
                  <td>
                    <a href={c.scenario} onClick={onAppLink}>
                      {c.title ?? c.id}
                    </a>
                  </td>
                  <td>{c.opened.map(routeName).join(', ') || '—'}</td>
                  <td>{c.closed.map(routeName).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function NegotiationView() {
  const n = useApi('negotiation', () => negotiationApi.negotiation());
  const positions = useApi('positions', () => negotiationApi.positions());
  const [day, setDay] = useState(firstDay);
  // The deal space is asked for once the slider rests.
  const [asOf, setAsOf] = useState(dateAt(day));
  useEffect(() => {
    const t = setTimeout(() => setAsOf(dateAt(day)), 250);
    return () => clearTimeout(t);
  }, [day]);
  const shown = dateAt(day);
  return (
    <main id="main" className="negotiation">
      <h1>Negotiation, 2020–2021</h1>
      <p className="lede">
        The Congressional police-reform talks: where each party stood, in their own words, and which deals the
        red lines left possible, judged by what they would change under the law.
      </p>
      <div className="date-slider">
        <label htmlFor="as-of">Positions as of</label>
        <input
          id="as-of"
          type="range"
          min={0}
          max={LAST}
          step={1}
          value={day}
          aria-valuetext={longDate(shown)}
          onChange={(e) => setDay(Number(e.target.value))}
        />
        <output htmlFor="as-of">{longDate(shown)}</output>
      </div>
      <DealSpaceSummary asOf={asOf} />
      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">Who stood where</h2>
        <p className="muted">Open a cell for the quotes and their sources. Red lines are marked.</p>
        <Status loaded={n} what="the negotiation" />
        <Status loaded={positions} what="the positions" />
        {n.state === 'done' && positions.state === 'done' ? (
          <Matrix n={n.value} positions={positions.value} asOf={shown} />
        ) : null}
      </section>
      <Timeline asOf={asOf} />
      {n.state === 'done' ? <Explorer n={n.value} asOf={asOf} /> : null}
    </main>
  );
}
