import { useState } from 'react';
import { api, type CorpusImpact, type RegimeDiff, type RuleListing } from '../api.js';
import { Cite } from '../components/Cite.js';
import { ImpactCharts } from '../components/ImpactCharts.js';
import { Status, useApi } from '../components/useApi.js';
import { onAppLink } from '../router.js';
import { ROUTE_WORDS, STATUS_WORDS } from '../words.js';

/** Regimes: each one's rules, the difference between two, and a package of your own. */
export function RegimesView() {
  const regimes = useApi('regimes', api.regimes);
  const ids = regimes.state === 'done' ? regimes.value.map((r) => r.id) : [];
  return (
    <main id="main" className="regimes">
      <h1>Regimes</h1>
      <p className="lede">
        A regime is the law in force on the incident’s date (<span className="regime-id">current</span>) or a
        reform proposal read as if in force then. Each is a set of provisions, every rule cited.
      </p>
      <Status loaded={regimes} what="the regimes" />
      {ids.length > 0 ? (
        <>
          <RegimeRules ids={ids} />
          <RegimeDiffView ids={ids} />
          <PackageBuilder
            bases={regimes.state === 'done' ? regimes.value.filter((r) => !r.saved).map((r) => r.id) : []}
          />
        </>
      ) : null}
    </main>
  );
}

type Inforce = { readonly from?: string | null; readonly until?: string | null } | null;

function RuleTable({ rules }: { readonly rules: readonly RuleListing[] }) {
  return (
    <div className="table-scroll">
      <table className="rules">
        <thead>
          <tr>
            <th scope="col">Citation</th>
            <th scope="col">In force</th>
            <th scope="col">What it says</th>
            <th scope="col">Decides</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={`${r.definition} ${r.id}`}>
              <td>
                <Cite cite={r.cite} sources={r.sources} unconfirmed={r.unconfirmed} />
              </td>
              <td>
                {r.inForce.from ?? '—'}
                {r.inForce.until ? ` to ${r.inForce.until}` : ''}
              </td>
              <td>{r.text}</td>
              <td>
                <code>{r.definition}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A regime's provisions, each with its citation and dates, opening onto its rules. */
function RegimeRules({ ids }: { readonly ids: readonly string[] }) {
  const [id, setId] = useState(ids[1] ?? ids[0] ?? 'current');
  const [filter, setFilter] = useState('');
  const regime = useApi(`regime ${id}`, () => api.regime(id));
  const provisions = useApi('provisions', api.provisions);
  const words = filter.toLowerCase();
  const matches = (r: RuleListing) =>
    !words || `${r.cite} ${r.text} ${r.definition} ${r.provision ?? ''}`.toLowerCase().includes(words);
  const about = new Map<
    string,
    { title: string; cite: string; unconfirmed?: string | null; inForce?: Inforce }
  >(
    provisions.state === 'done'
      ? [
          ...provisions.value.provisions.map((p) => [p.id, p] as const),
          ...provisions.value.stateAndLocalLaws.map((l) => [l.id, l] as const),
        ]
      : [],
  );
  const groups =
    regime.state === 'done'
      ? [null, ...regime.value.provisions].map((p) => ({
          provision: p,
          rules: regime.value.rules.filter((r) => (r.provision ?? null) === p && matches(r)),
        }))
      : [];
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Provisions and rules</h2>
      <div className="row">
        <div className="field">
          <label htmlFor="rules-regime">Regime</label>
          <select id="rules-regime" value={id} onChange={(e) => setId(e.target.value)}>
            {ids.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rules-filter">Find a rule</label>
          <input
            id="rules-filter"
            type="search"
            value={filter}
            placeholder="e.g. chokehold, 242, Monell"
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      </div>
      <Status loaded={regime} what="the rules" />
      {regime.state === 'done' ? (
        <>
          <p>
            <strong>{regime.value.title}</strong>: {regime.value.provisions.length} provisions over the
            baseline law, {regime.value.rules.length} rules
            {words ? `; ${groups.reduce((n, g) => n + g.rules.length, 0)} match` : ''}.
          </p>
          <ul className="provisions">
            {groups
              .filter((g) => g.rules.length > 0)
              .map((g) => {
                const p = g.provision ? about.get(g.provision) : undefined;
                return (
                  <li key={g.provision ?? 'baseline'}>
                    <details open={words !== ''}>
                      <summary>
                        <strong>
                          {g.provision ? (p?.title ?? g.provision) : 'The baseline: federal law as it stands'}
                        </strong>{' '}
                        {p ? <Cite cite={p.cite} unconfirmed={p.unconfirmed} /> : null}{' '}
                        <span className="muted">
                          {p?.inForce?.from ? `in force from ${p.inForce.from}` : ''}
                          {p?.inForce?.until ? ` to ${p.inForce.until}` : ''} · {g.rules.length} rule
                          {g.rules.length === 1 ? '' : 's'}
                        </span>
                      </summary>
                      <RuleTable rules={g.rules} />
                    </details>
                  </li>
                );
              })}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function caseLink(incident: string, route: string, a: string, b: string): string {
  const s = new URLSearchParams({ case: incident });
  s.append('regime', a);
  s.append('regime', b);
  s.append('open', `${route}@${a}`);
  s.append('open', `${route}@${b}`);
  return `/?${s.toString()}`;
}

function RegimeDiffView({ ids }: { readonly ids: readonly string[] }) {
  const [a, setA] = useState('current');
  const [b, setB] = useState(ids.find((i) => i !== 'current') ?? 'current');
  const diff = useApi<RegimeDiff>(`diff ${a} ${b}`, () => api.diff(a, b));
  return (
    <section aria-labelledby="diff-heading">
      <h2 id="diff-heading">What one regime changes from another</h2>
      <div className="row">
        {(
          [
            ['diff-a', 'From', a, setA],
            ['diff-b', 'To', b, setB],
          ] as const
        ).map(([id, label, value, set]) => (
          <div className="field" key={id}>
            <label htmlFor={id}>{label}</label>
            <select id={id} value={value} onChange={(e) => set(e.target.value)}>
              {ids.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <Status loaded={diff} what="the difference" />
      {diff.state === 'done' ? (
        <div className="diff">
          {(['added', 'replaced', 'removed'] as const).map((kind) =>
            diff.value[kind].length > 0 ? (
              <div key={kind}>
                <h3>
                  Provisions {kind} ({diff.value[kind].length})
                </h3>
                <ul>
                  {diff.value[kind].map((p) => (
                    <li key={p.provision}>
                      <strong>{p.title}</strong> — <Cite cite={p.cite} unconfirmed={p.unconfirmed} />
                      {p.cases.length > 0 ? (
                        <span className="muted">
                          {' '}
                          changes {p.cases.length} case route{p.cases.length > 1 ? 's' : ''} on its own
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null,
          )}
          <h3>Cases that change ({diff.value.cases.length})</h3>
          {diff.value.cases.length === 0 ? (
            <p className="muted">No bundled case comes out differently.</p>
          ) : (
            <ul>
              {diff.value.cases.map((c) => (
                <li key={`${c.incident} ${c.route}`}>
                  <a href={caseLink(c.incident, c.route, a, b)} onClick={onAppLink}>
                    {c.incident}
                  </a>
                  : {ROUTE_WORDS[c.route].name} {STATUS_WORDS[c.before]} → {STATUS_WORDS[c.after]}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}

function PackageBuilder({ bases }: { readonly bases: readonly string[] }) {
  const provisions = useApi('provisions', api.provisions);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [laws, setLaws] = useState<readonly string[]>([]);
  const [base, setBase] = useState('current');
  const [id, setId] = useState('my-package');
  const [title, setTitle] = useState('My package');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [impact, setImpact] = useState<{ id: string; laws: readonly string[]; value: CorpusImpact } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const toggle = (list: readonly string[], x: string, on: boolean) =>
    on ? [...list, x] : list.filter((y) => y !== x);

  const evaluate = async () => {
    setError(null);
    setBusy(true);
    try {
      // The state and local laws are saved with the package, and come back with it whenever it is used.
      const saved = await api.saveRegime(
        { id, title, provisions: [...chosen], base, with: [...laws] },
        token,
      );
      const value = await api.impact(['current', saved.id]);
      setImpact({ id: saved.id, laws: saved.with, value });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="package-heading">
      <h2 id="package-heading">Build your own package</h2>
      <p>
        Choose provisions from any proposal, and state or local laws to apply everywhere; Recourse saves the
        package as a regime of yours and evaluates it over the bundled cases against the law in force.
      </p>
      <Status loaded={provisions} what="the provisions" />
      {provisions.state === 'done' ? (
        <form
          className="package"
          onSubmit={(e) => {
            e.preventDefault();
            void evaluate();
          }}
        >
          <div className="row">
            <div className="field">
              <label htmlFor="package-id">Identifier</label>
              <input
                id="package-id"
                value={id}
                pattern="[a-z0-9][a-z0-9\-]*"
                onChange={(e) => setId(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="package-title">Title</label>
              <input id="package-title" value={title} onChange={(e) => setTitle(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="package-base">On top of</label>
              <select id="package-base" value={base} onChange={(e) => setBase(e.target.value)}>
                {bases.map((b) => (
                  <option key={b}>{b}</option>
                ))}
              </select>
            </div>
          </div>
          <fieldset>
            <legend>Provisions ({chosen.length} chosen)</legend>
            <div className="choices columns">
              {provisions.value.provisions.map((p) => (
                <label key={p.id} className="choice">
                  <input
                    type="checkbox"
                    name="provision"
                    value={p.id}
                    checked={chosen.includes(p.id)}
                    onChange={(e) => setChosen(toggle(chosen, p.id, e.target.checked))}
                  />
                  <span>
                    {p.title} <span className="muted">({p.cite})</span>
                    {p.unconfirmed ? <span className="unconfirmed">UNCONFIRMED</span> : null}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>State and local laws applied everywhere ({laws.length} chosen)</legend>
            <div className="choices columns">
              {provisions.value.stateAndLocalLaws.map((l) => (
                <label key={l.id} className="choice">
                  <input
                    type="checkbox"
                    name="law"
                    value={l.id}
                    checked={laws.includes(l.id)}
                    onChange={(e) => setLaws(toggle(laws, l.id, e.target.checked))}
                  />
                  <span>
                    {l.title} <span className="muted">({l.cite})</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="row">
            <div className="field">
              <label htmlFor="package-token">Editor’s token</label>
              <input
                id="package-token"
                type="password"
                autoComplete="off"
                value={token}
                onChange={(e) => setToken(e.target.value)}
              />
            </div>
            <button type="submit" disabled={busy || token === '' || chosen.length === 0}>
              {busy ? 'Evaluating…' : 'Save and evaluate'}
            </button>
          </div>
          {error ? (
            <p className="error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
      {impact ? (
        <div className="package-result" role="status">
          <h3>
            <span className="regime-id">{impact.id}</span> over the {impact.value.cases} bundled cases
          </h3>
          {impact.laws.length > 0 ? (
            <p className="package-laws">
              Saved with the state and local laws {impact.laws.join(', ')} applied everywhere.
            </p>
          ) : null}
          <ImpactCharts impact={impact.value} />
          <p>
            {impact.value.changes.length} case route{impact.value.changes.length === 1 ? '' : 's'} change
            against the law in force.
          </p>
        </div>
      ) : null}
    </section>
  );
}
