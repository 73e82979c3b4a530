import type { FactSpec, Incident } from '../api.js';
import { factAt, withFact } from '../facts.js';
import { GROUP_WORDS } from '../words.js';

interface Props {
  readonly incident: Incident;
  readonly facts: readonly FactSpec[];
  readonly onChange: (incident: Incident) => void;
}

const DONT_KNOW = '';

/** One fact as a control: its question as the label, its help beneath, "don't know" always allowed. */
function FactField({ spec, incident, onChange }: { spec: FactSpec } & Omit<Props, 'facts'>) {
  const id = `fact-${spec.path.replace(/\./g, '-')}`;
  const value = factAt(incident, spec.path);
  const set = (v: unknown) => onChange(withFact(incident, spec.path, v));
  const help = spec.help ? (
    <p className="help" id={`${id}-help`}>
      {spec.help}
    </p>
  ) : null;
  const values: readonly string[] = 'values' in spec ? (spec.values ?? []) : [];
  if (spec.type === 'text' || spec.type === 'date') {
    return (
      <div className="field">
        <label htmlFor={id}>{spec.question}</label>
        <input
          id={id}
          type={spec.type === 'date' ? 'date' : 'text'}
          list={values.length > 0 ? `${id}-values` : undefined}
          value={typeof value === 'string' ? value : ''}
          aria-describedby={spec.help ? `${id}-help` : undefined}
          onChange={(e) => set(e.target.value === '' ? undefined : e.target.value)}
        />
        {values.length > 0 ? (
          <datalist id={`${id}-values`}>
            {values.map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        ) : null}
        <p className="hint">Empty means “don’t know”.</p>
        {help}
      </div>
    );
  }
  if (spec.type === 'set') {
    const chosen = Array.isArray(value) ? (value as string[]) : [];
    return (
      <fieldset className="field" aria-describedby={spec.help ? `${id}-help` : undefined}>
        <legend>{spec.question}</legend>
        <div className="choices">
          {values.map((v) => (
            <label key={v} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(v)}
                onChange={(e) =>
                  set(
                    e.target.checked
                      ? [...chosen, v]
                      : chosen.filter((c) => c !== v).length > 0
                        ? chosen.filter((c) => c !== v)
                        : undefined,
                  )
                }
              />
              {v}
            </label>
          ))}
        </div>
        <p className="hint">None ticked means “don’t know”.</p>
        {help}
      </fieldset>
    );
  }
  const options: readonly (readonly [string, string])[] =
    spec.type === 'boolean'
      ? [
          ['true', 'yes'],
          ['false', 'no'],
        ]
      : values.map((v) => [v, v] as const);
  const current = value === undefined ? DONT_KNOW : String(value);
  return (
    <div className="field">
      <label htmlFor={id}>{spec.question}</label>
      <select
        id={id}
        value={current}
        aria-describedby={spec.help ? `${id}-help` : undefined}
        onChange={(e) => {
          const v = e.target.value;
          set(v === DONT_KNOW ? undefined : spec.type === 'boolean' ? v === 'true' : v);
        }}
      >
        <option value={DONT_KNOW}>don’t know</option>
        {options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
      {help}
    </div>
  );
}

/** The incident format v1 as a form, grouped and labelled in plain words. */
export function IncidentForm({ incident, facts, onChange }: Props) {
  const groups = new Map<string, FactSpec[]>();
  for (const f of facts) {
    const g = f.path.split('.')[0] as string;
    groups.set(g, [...(groups.get(g) ?? []), f]);
  }
  return (
    <form className="incident-form" onSubmit={(e) => e.preventDefault()} aria-label="The incident">
      <fieldset className="group">
        <legend>The incident</legend>
        <div className="field">
          <label htmlFor="incident-title">A short title</label>
          <input
            id="incident-title"
            value={incident.title ?? ''}
            onChange={(e) => onChange(withFact(incident, 'title', e.target.value || undefined))}
          />
        </div>
        <div className="field">
          <label htmlFor="incident-date">Date of the conduct</label>
          <input
            id="incident-date"
            type="date"
            required
            value={incident.date}
            aria-describedby="incident-date-help"
            onChange={(e) => e.target.value && onChange(withFact(incident, 'date', e.target.value))}
          />
          <p className="help" id="incident-date-help">
            The law in force on this day applies; a proposal is read as if in force then.
          </p>
        </div>
        <div className="field">
          <label htmlFor="incident-id">Identifier</label>
          <input
            id="incident-id"
            value={incident.id}
            pattern="[a-z0-9][a-z0-9\-]*"
            aria-describedby="incident-id-help"
            onChange={(e) => onChange(withFact(incident, 'id', e.target.value))}
          />
          <p className="help" id="incident-id-help">
            Lower-case letters, digits and dashes, e.g. garner-2014.
          </p>
        </div>
      </fieldset>
      {[...groups].map(([g, specs]) => (
        <fieldset className="group" key={g}>
          <legend>{GROUP_WORDS[g]?.title ?? g}</legend>
          {GROUP_WORDS[g] ? <p className="group-about">{GROUP_WORDS[g].about}</p> : null}
          {specs.map((s) => (
            <FactField key={s.path} spec={s} incident={incident} onChange={onChange} />
          ))}
        </fieldset>
      ))}
    </form>
  );
}
