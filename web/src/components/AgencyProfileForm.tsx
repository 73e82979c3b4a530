import type { ProfileDraft, SchemaNode } from '../agency-api.js';
import type { Incident } from '../api.js';
import { factAt, withFact } from '../facts.js';
import { factWords } from '../words.js';

/**
 * The agency profile as a form, built from the profile format's JSON Schema (GET
 * /v1/agency/schema), so it follows the format field for field. Every field but the three the
 * format requires can be left unanswered: "don't know" for a choice or yes/no, an empty box for a
 * number or a name. Unanswered is unknown, never no.
 */

interface Props {
  readonly schema: SchemaNode;
  readonly profile: ProfileDraft;
  readonly onChange: (profile: ProfileDraft) => void;
}

/** The sections of the format, in the form's order, with what each is about. */
const SECTIONS: readonly { readonly key: string | null; readonly legend: string; readonly about: string }[] =
  [
    {
      key: null,
      legend: 'The profile',
      about: 'Which agency, and on which day its law and grants are read.',
    },
    { key: 'agency', legend: 'The agency', about: 'What kind of agency, where, and how large.' },
    {
      key: 'grants',
      legend: 'Federal grants it receives',
      about: 'The money a bill’s conditions can put at risk.',
    },
    {
      key: 'policy',
      legend: 'Law or policy in force for it',
      about: 'What it already requires of its officers.',
    },
    { key: 'reporting', legend: 'What it reports', about: 'The data it sends, and to whom.' },
  ];

/** Labels for the fields whose schema has no description. */
const LABELS: Readonly<Record<string, string>> = {
  id: 'Profile id (lower-case letters, digits and dashes)',
  title: 'Title',
  date: 'The day the profile describes',
  'agency.kind': 'Kind of agency',
  'agency.state': 'State it serves (none for a federal agency)',
  'agency.locality': 'City or county',
  'agency.swornOfficers': 'Sworn officers',
  'grants.byrneJag': 'How it gets Byrne JAG money (its own award, a subgrant from the state, or none)',
  'grants.cops': 'Receives COPS grants',
  'grants.dojDiscretionaryUsd': 'DOJ discretionary dollars a year',
};

const DONT_KNOW = '';

/** A nullable field's schema is `anyOf: [X, null]`: X. */
function unwrap(node: SchemaNode): SchemaNode {
  const inner = node.anyOf?.find((n) => n.type !== 'null');
  return inner ? { ...inner, description: node.description ?? inner.description } : node;
}

const typeOf = (node: SchemaNode) =>
  Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : (node.type as string | undefined);

function Field({
  path,
  node,
  required,
  profile,
  onChange,
}: {
  readonly path: string;
  readonly node: SchemaNode;
  readonly required: boolean;
} & Omit<Props, 'schema'>) {
  const id = `agency-field-${path.replace(/\./g, '-')}`;
  const label = LABELS[path] ?? (node.description ? capitalise(node.description) : factWords(path));
  // The dotted-path helpers of the incident form serve any nested object.
  const value = factAt(profile as unknown as Incident, path);
  const set = (v: unknown) =>
    onChange(withFact(profile as unknown as Incident, path, v) as unknown as ProfileDraft);
  const type = typeOf(node);
  const hint = required ? (
    <p className="hint">Required.</p>
  ) : (
    <p className="hint">{node.enum || type === 'boolean' ? '' : 'Empty means “don’t know”.'}</p>
  );
  if (node.enum || type === 'boolean') {
    const options: readonly (readonly [string, string])[] = node.enum
      ? node.enum.map((v) => [v, v] as const)
      : [
          ['true', 'yes'],
          ['false', 'no'],
        ];
    const current = value === undefined || value === null ? DONT_KNOW : String(value);
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          name={path}
          value={current}
          onChange={(e) => {
            const v = e.target.value;
            set(v === DONT_KNOW ? undefined : type === 'boolean' ? v === 'true' : v);
          }}
        >
          {required ? null : <option value={DONT_KNOW}>don’t know</option>}
          {options.map(([v, words]) => (
            <option key={v} value={v}>
              {words}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const numeric = type === 'number' || type === 'integer';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={path}
        type={numeric ? 'number' : node.format === 'date' ? 'date' : 'text'}
        min={numeric ? (node.minimum ?? 0) : undefined}
        step={type === 'integer' ? 1 : undefined}
        value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
        onChange={(e) => {
          const v = e.target.value;
          set(v === '' ? undefined : numeric ? Number(v) : v);
        }}
      />
      {hint}
    </div>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function AgencyProfileForm({ schema, profile, onChange }: Props) {
  return (
    <form className="agency-form" aria-label="Agency profile" onSubmit={(e) => e.preventDefault()}>
      {SECTIONS.map((section) => {
        const node = section.key ? unwrap(schema.properties?.[section.key] ?? {}) : schema;
        const fields = Object.entries(node.properties ?? {}).filter(
          ([key, n]) => section.key !== null || (typeOf(unwrap(n)) !== 'object' && key !== 'sources'),
        );
        return (
          <fieldset key={section.legend}>
            <legend>{section.legend}</legend>
            <p className="group-about">{section.about}</p>
            {fields.map(([key, n]) => {
              const path = section.key ? `${section.key}.${key}` : key;
              return (
                <Field
                  key={path}
                  path={path}
                  node={unwrap(n)}
                  required={
                    (node.required ?? []).includes(key) && (section.key === null || section.key === 'agency')
                  }
                  profile={profile}
                  onChange={onChange}
                />
              );
            })}
          </fieldset>
        );
      })}
    </form>
  );
}
