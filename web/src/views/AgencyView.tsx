import { useState } from 'react';
import {
  type AgencyRegime,
  type AgencyResult,
  agencyApi,
  type ProfileDraft,
  type Row,
  type SideBySideRow,
} from '../agency-api.js';
import { ApiError } from '../api.js';
import { AgencyImpactRun } from '../components/AgencyImpactRun.js';
import { AgencyProfileForm } from '../components/AgencyProfileForm.js';
import { Cite } from '../components/Cite.js';
import { Derivation } from '../components/Derivation.js';
import { Status, useApi } from '../components/useApi.js';
import { today } from '../facts.js';
import { factWords } from '../words.js';
import './agency.css';

/**
 * The agency view: a police agency's profile (filled in, uploaded, or bundled), and what each
 * regime would ask of it: the regimes × obligations matrix, each cell with its status in words and
 * its citation, opening to the explanation and the facts needed; and the federal money at risk per
 * regime, in dollars a year with the kind of loss.
 */

type Obligation = AgencyResult['obligations'][number];
type GrantAtRisk = AgencyResult['grantsAtRisk'][number];

const blankProfile = (): ProfileDraft => ({
  id: 'my-agency',
  date: today(),
  agency: { kind: 'local-police' },
});

const MECHANISM_WORDS: Readonly<Record<string, string>> = {
  law: 'binding law',
  'grant-condition': 'condition of a grant',
  'reporting-duty': 'duty to report',
  'grant-eligibility': 'grant its state may apply for',
  crime: 'new federal crime',
  unconfirmed: 'addressed; how it binds is UNCONFIRMED',
};

const LOSS_WORDS: Readonly<Record<string, string>> = {
  'ineligible-for-year': 'ineligible for the year',
  'reduced-by-percentage': 'reduced by a percentage',
  'conditioned-on-credentialing': 'conditioned on credentialing',
  unconfirmed: 'form of loss UNCONFIRMED',
  none: 'no loss',
};

const GRANT_NAMES: Readonly<Record<string, string>> = {
  'byrne-jag': 'Byrne JAG',
  cops: 'COPS',
  'doj-discretionary': 'DOJ discretionary grants',
  'other-federal-funds': 'other federal funds',
};

const dollars = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/** What a cell shows: its class (colour), mark and word (never colour alone). */
function cellOf(
  r: AgencyResult,
  row: Row,
): { o: Obligation | null; kind: string; mark: string; word: string } {
  const o = [...r.obligations, ...r.crimes].find((x) => x.row === row) ?? null;
  if (!o) {
    const silent = r.notAddressed.some((n) => n.row === row);
    return { o, kind: 'not-applicable', mark: '–', word: silent ? 'not addressed' : 'no obligation' };
  }
  if (o.mechanism === 'crime') return { o, kind: 'not-applicable', mark: '§', word: 'new federal crime' };
  if (o.mechanism === 'grant-eligibility')
    return { o, kind: 'not-applicable', mark: '+', word: 'grant offered' };
  if (o.mechanism === 'unconfirmed') return { o, kind: 'undetermined', mark: '?', word: 'addressed' };
  switch (o.status) {
    case 'met':
      return { o, kind: 'available', mark: '✓', word: 'met' };
    case 'not-met':
      return { o, kind: 'unavailable', mark: '✕', word: 'not met' };
    case 'undetermined':
      return { o, kind: 'undetermined', mark: '?', word: 'undetermined' };
    default:
      return { o, kind: 'not-applicable', mark: '–', word: 'nothing to meet' };
  }
}

interface OpenCell {
  readonly row: Row;
  readonly regime: string;
}

export function AgencyView() {
  const schema = useApi('agency-schema', agencyApi.schema);
  const profiles = useApi('agency-profiles', agencyApi.profiles);
  const regimes = useApi('agency-regimes', agencyApi.regimes);
  const rows = useApi('agency-rows', agencyApi.rows);
  const [profile, setProfile] = useState<ProfileDraft>(blankProfile);
  const [chosen, setChosen] = useState('');
  const [notice, setNotice] = useState<{ readonly error: boolean; readonly lines: readonly string[] } | null>(
    null,
  );
  const [open, setOpen] = useState<OpenCell | null>(null);
  const results = useApi(`agency-evaluate ${JSON.stringify(profile)}`, () => agencyApi.evaluate(profile));

  const pickBundled = async () => {
    if (!chosen) return;
    setNotice(null);
    try {
      setProfile(await agencyApi.profile(chosen));
      setOpen(null);
      setNotice({ error: false, lines: [`Loaded the bundled profile ${chosen}.`] });
    } catch (e) {
      setNotice({ error: true, lines: [(e as Error).message] });
    }
  };

  const upload = async (file: File) => {
    setNotice(null);
    const bad = (lines: string[]) =>
      setNotice({ error: true, lines: [`${file.name} was not loaded:`, ...lines] });
    if (file.size > 1_000_000) return bad(['the file is over 1 MB']);
    let doc: unknown;
    try {
      const { parse } = await import('yaml');
      doc = parse(await file.text(), { prettyErrors: false });
    } catch (e) {
      return bad([`not valid YAML or JSON: ${(e as Error).message.split('\n')[0]}`]);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
      return bad(['expected an agency profile: an object with at least id, date and agency.kind']);
    try {
      await agencyApi.evaluate(doc as ProfileDraft);
    } catch (e) {
      if (!(e instanceof ApiError)) return bad([(e as Error).message]);
      // The API names the field inside the request's `profile`; the file's own path is the rest.
      return bad(
        e.errors.length > 0
          ? e.errors.map((x) => `${x.path.replace(/^profile\.?/, '') || '(the whole file)'}: ${x.message}`)
          : [e.message],
      );
    }
    setProfile(doc as ProfileDraft);
    setOpen(null);
    setNotice({ error: false, lines: [`Loaded ${file.name}.`] });
  };

  return (
    <main id="main" className="agency">
      <h1>What would each regime ask of a police agency?</h1>
      <p className="lede">
        Describe an agency on a date: the obligations each regime would place on it, whether it meets them,
        and the federal money at risk if it did nothing. Anything left unanswered stays unknown, and the
        obligations that turn on it say which facts would settle them. Proposals are read as if in force on
        the profile’s date.
      </p>
      <div className="scenario-layout">
        <div className="facts-pane">
          <section className="start" aria-labelledby="agency-start">
            <h2 id="agency-start">Start from</h2>
            <div className="row">
              <div className="field">
                <label htmlFor="agency-bundled">A bundled profile</label>
                <select id="agency-bundled" value={chosen} onChange={(e) => setChosen(e.target.value)}>
                  <option value="">choose a profile…</option>
                  {profiles.state === 'done'
                    ? profiles.value.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.title ?? p.id}
                        </option>
                      ))
                    : null}
                </select>
              </div>
              <button type="button" disabled={!chosen} onClick={() => void pickBundled()}>
                Load
              </button>
            </div>
            <div className="field">
              <label htmlFor="agency-upload">Or a profile file (YAML or JSON)</label>
              <input
                id="agency-upload"
                type="file"
                accept=".yaml,.yml,.json,application/json,text/yaml"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void upload(file);
                }}
              />
            </div>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setProfile(blankProfile());
                setOpen(null);
                setNotice(null);
              }}
            >
              Start a blank profile
            </button>
            {notice ? (
              <div className={notice.error ? 'error' : 'notice'} role={notice.error ? 'alert' : 'status'}>
                <p>{notice.lines[0]}</p>
                {notice.lines.length > 1 ? (
                  <ul>
                    {notice.lines.slice(1).map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null}
          </section>
          <h2>The agency</h2>
          <Status loaded={schema} what="the profile format" />
          {schema.state === 'done' ? (
            <AgencyProfileForm
              schema={schema.value}
              profile={profile}
              onChange={(p) => {
                setProfile(p);
              }}
            />
          ) : null}
        </div>
        <div>
          <section aria-labelledby="agency-matrix-heading">
            <h2 id="agency-matrix-heading">Obligations, by regime</h2>
            <Status loaded={results} what="the evaluation" />
            <Status loaded={rows} what="the rows" />
            {results.state === 'done' && rows.state === 'done' ? (
              <>
                <AgencyMatrix
                  results={results.value}
                  rows={rows.value}
                  regimes={regimes.state === 'done' ? regimes.value : []}
                  open={open}
                  onToggle={(c) => setOpen(open && open.row === c.row && open.regime === c.regime ? null : c)}
                />
                {open ? <CellDetail profile={profile} results={results.value} cell={open} /> : null}
                <MoneyAtRisk results={results.value} rows={rows.value} />
              </>
            ) : null}
          </section>
        </div>
      </div>
      {rows.state === 'done' ? <AgencyImpactRun rows={rows.value} /> : null}
    </main>
  );
}

function AgencyMatrix({
  results,
  rows,
  regimes,
  open,
  onToggle,
}: {
  readonly results: readonly AgencyResult[];
  readonly rows: readonly SideBySideRow[];
  readonly regimes: readonly AgencyRegime[];
  readonly open: OpenCell | null;
  readonly onToggle: (cell: OpenCell) => void;
}) {
  const title = (id: string) => regimes.find((r) => r.id === id)?.title ?? '';
  return (
    <div>
      <p className="matrix-note" id="agency-matrix-note">
        Each row is a row of the side-by-side of the two bills; each cell says how the regime binds the agency
        on it and whether the agency meets it. Choose a cell to see why, and the facts that would settle it.
      </p>
      <div className="matrix-scroll">
        <table className="matrix agency-matrix" aria-describedby="agency-matrix-note">
          <caption className="visually-hidden">Obligations on the agency by regime</caption>
          <thead>
            <tr>
              <th scope="col">Obligation</th>
              {results.map((r) => (
                <th scope="col" key={r.regime}>
                  <span className="regime-id">{r.regime}</span>
                  <span className="regime-title">{title(r.regime)}</span>
                  <span className="tag">{r.hypothetical ? 'as if in force' : 'law in force'}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.title}</th>
                {results.map((r) => {
                  const c = cellOf(r, row.row);
                  const pressed = open?.row === row.row && open.regime === r.regime;
                  return (
                    <td key={r.regime} className={`status-${c.kind}`}>
                      <button
                        type="button"
                        className="cell"
                        aria-pressed={pressed}
                        data-cell={`${row.row}@${r.regime}`}
                        onClick={() => onToggle({ row: row.row, regime: r.regime })}
                      >
                        <span className="status">
                          <span aria-hidden="true">{c.mark} </span>
                          {c.word}
                        </span>
                        {c.o?.mechanism &&
                        c.o.mechanism !== 'crime' &&
                        c.o.mechanism !== 'grant-eligibility' ? (
                          <span className="detail">{MECHANISM_WORDS[c.o.mechanism]}</span>
                        ) : null}
                        {c.o?.cite ? <span className="detail cell-cite">{c.o.cite}</span> : null}
                        {c.o?.unconfirmed ? <span className="detail unconfirmed">UNCONFIRMED</span> : null}
                        {c.o?.status === 'undetermined' && c.o.needs.length > 0 ? (
                          <span className="detail">
                            needs {c.o.needs.length} fact{c.o.needs.length > 1 ? 's' : ''}
                          </span>
                        ) : null}
                        <span className="visually-hidden">
                          {' '}
                          — {row.title} under {r.regime}; {pressed ? 'explanation open' : 'show why'}
                        </span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function CellDetail({
  profile,
  results,
  cell,
}: {
  readonly profile: ProfileDraft;
  readonly results: readonly AgencyResult[];
  readonly cell: OpenCell;
}) {
  const r = results.find((x) => x.regime === cell.regime);
  const explained = useApi(`agency-explain ${cell.regime} ${cell.row} ${JSON.stringify(profile)}`, () =>
    agencyApi.explain(profile, cell.regime, cell.row),
  );
  if (!r) return null;
  const c = cellOf(r, cell.row);
  const o = c.o;
  const silent = r.notAddressed.find((n) => n.row === cell.row);
  const risks = r.grantsAtRisk.filter((g) => g.row === cell.row);
  const traces = explained.state === 'done' ? (explained.value.rows[0]?.traces ?? []) : [];
  return (
    <section className={`explanation status-${c.kind}`} aria-labelledby="agency-detail-heading">
      <header>
        <h3 id="agency-detail-heading">
          {explained.state === 'done' ? explained.value.rows[0]?.title : cell.row} under {cell.regime}:{' '}
          {c.word}
        </h3>
      </header>
      {o ? (
        <>
          <p>
            {o.mechanism ? `How it binds: ${MECHANISM_WORDS[o.mechanism]}.` : 'How it binds is undetermined.'}
            {o.provision ? ` Provision ${o.provision}.` : ''}
          </p>
          {o.cite ? (
            <p>
              <Cite cite={o.cite} unconfirmed={o.unconfirmed ?? null} />
            </p>
          ) : null}
          {o.text ? <blockquote>{o.text}</blockquote> : null}
          {o.needs.length > 0 ? (
            <div>
              <p>The facts that would settle it:</p>
              <ul>
                {o.needs.map((n) => (
                  <li key={n}>{factWords(n)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {risks.length > 0 ? (
            <p>
              Money at risk on this row:{' '}
              {risks.map((g) => `${GRANT_NAMES[g.grant]}, ${riskWords(g)}`).join('; ')}
            </p>
          ) : null}
        </>
      ) : silent ? (
        <p>Not addressed by this regime: {silent.note}</p>
      ) : (
        <p>This regime places no obligation on this agency on this row.</p>
      )}
      <Status loaded={explained} what="the derivation" />
      {traces.length > 0 ? (
        <details open>
          <summary>The derivation, rule by rule</summary>
          {traces.map((t) => (
            <Derivation key={t.trace.definition} node={t.trace} />
          ))}
        </details>
      ) : null}
    </section>
  );
}

function riskWords(g: GrantAtRisk): string {
  const pct =
    g.percent === undefined ? '' : ` ${g.percent}%${g.laterPercent ? ` (then ${g.laterPercent}%)` : ''}`;
  const amount = g.usdPerYear === null ? (g.note ?? 'amount unknown') : `${dollars(g.usdPerYear)} a year`;
  return `${LOSS_WORDS[g.loss]}${pct}: ${amount}${g.determined ? '' : ', if not met'}`;
}

function MoneyAtRisk({
  results,
  rows,
}: {
  readonly results: readonly AgencyResult[];
  readonly rows: readonly SideBySideRow[];
}) {
  const rowTitle = (row: string) => rows.find((r) => r.row === row)?.title ?? row;
  return (
    <section aria-labelledby="agency-money-heading">
      <h2 id="agency-money-heading">Federal money at risk, by regime</h2>
      <p className="muted">
        Dollars a year the agency would lose if it did nothing, where the profile gives the grant’s amount and
        the law the form of the loss. A grant lost in full is counted once. Where a source leaves the loss
        UNCONFIRMED, no amount is given.
      </p>
      <div className="table-scroll">
        <table className="money">
          <thead>
            <tr>
              <th scope="col">Regime</th>
              <th scope="col">Known at risk a year</th>
              <th scope="col">Grants at risk, and the kind of loss</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => {
              const known = Object.entries(r.usdAtRisk).filter(([, v]) => (v ?? 0) > 0);
              const total = known.reduce((a, [, v]) => a + (v ?? 0), 0);
              return (
                <tr key={r.regime} data-regime={r.regime}>
                  <th scope="row" className="regime-id">
                    {r.regime}
                  </th>
                  <td>
                    <strong>{dollars(total)}</strong>
                    {known.length > 0 ? (
                      <span className="detail">
                        {' '}
                        ({known.map(([g, v]) => `${GRANT_NAMES[g]} ${dollars(v ?? 0)}`).join(', ')})
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {r.grantsAtRisk.length === 0 ? (
                      <span className="muted">none</span>
                    ) : (
                      <ul className="plain">
                        {r.grantsAtRisk.map((g) => (
                          <li key={`${g.row} ${g.grant}`}>
                            {GRANT_NAMES[g.grant]} — {riskWords(g)} ({rowTitle(g.row)})
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
