import { useState } from 'react';
import { api, type ScenarioInput } from '../api.js';

/** Keep the scenario: its permalink, a saved copy on the server (with an editor's token), JSON, or print. */
export function ScenarioActions({ scenario }: { readonly scenario: ScenarioInput }) {
  const [token, setToken] = useState('');
  const [saved, setSaved] = useState<{ id: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const exportJson = () => {
    const blob = new Blob([`${JSON.stringify(scenario, null, 2)}\n`], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${scenario.incident.id || 'scenario'}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
    <section className="actions no-print" aria-labelledby="keep-heading">
      <h2 id="keep-heading">Keep or share</h2>
      <div className="row">
        <button
          type="button"
          onClick={() =>
            navigator.clipboard?.writeText(window.location.href).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          Copy the permalink
        </button>
        <button type="button" onClick={exportJson}>
          Export JSON
        </button>
        <button type="button" onClick={() => window.print()}>
          Print a report
        </button>
      </div>
      {copied ? <p role="status">The address of this page is the permalink; it is copied.</p> : null}
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          api.saveScenario(scenario, scenario.incident.title ?? null, token).then(
            (s) => setSaved(s),
            (err: Error) => setError(err.message),
          );
        }}
      >
        <div className="field">
          <label htmlFor="save-token">Editor’s token</label>
          <input
            id="save-token"
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-describedby="save-token-help"
          />
          <p className="help" id="save-token-help">
            Saving on the server needs a token (<code>recourse token create</code>). The permalink needs none.
          </p>
        </div>
        <button type="submit" disabled={token === ''}>
          Save on the server
        </button>
      </form>
      {saved ? (
        <p role="status">
          Saved as <a href={`/?scenario=${encodeURIComponent(saved.id)}`}>{saved.id}</a>.
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
