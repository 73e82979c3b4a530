import { INCIDENT_FACTS } from './facts.js';
import { incidentJsonSchema } from './incident.js';

/**
 * The JSON Schema of the incident format v1 with a description on every field. A fact's
 * description is the interview's question and help from the fact catalogue (facts.ts), the one
 * source of truth: a fact added to the format and the catalogue is described at once. The fields
 * that are not facts of the law (the id, the sources, the corpus's expectations) are described
 * here, in one place.
 */
export const FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  id: 'A slug naming the incident (lower-case letters, digits and dashes). Required.',
  title: 'A human-readable title.',
  date: 'The date of the conduct, YYYY-MM-DD: the law in force on that date applies. Required.',
  place: 'Where it happened. Required: the state.',
  officer: 'The officer: who employed them, their role, and what they believed or what befell them since.',
  agency: 'The employing agency: the federal grants it receives, its rules and its record.',
  conduct: 'What the officer did: the force used, the entry, the claims brought.',
  findings:
    'What a court, a jury or a prosecutor has found. Leave a finding out while none has been made: it stays unknown.',
  sources: 'Where the facts come from.',
  'sources[]': 'A source of the facts.',
  'sources[].url': 'The address of the source.',
  'sources[].note': 'What the source supports.',
  history:
    'What happened later, in date order: pleas, verdicts, sentences, acquittals, pattern-or-practice findings; for the record, not read by the law.',
  'history[]': 'A later event.',
  'history[].date': 'When it happened: YYYY-MM-DD, or YYYY-MM when only the month is known.',
  'history[].event': 'What happened, in words.',
  'history[].source': 'The address of the source reporting the event.',
  actual: 'What actually happened (settlement, charges, rulings), for the record; not read by the law.',
  expected:
    'For the cases corpus: the expected status of each route under each regime (regime id to route to status); checked by the tests, not read by the law.',
  notes: 'Free notes, e.g. why an expectation is what it is.',
};

const FACT_DESCRIPTIONS: ReadonlyMap<string, string> = new Map(
  INCIDENT_FACTS.map((f) => [f.path, `${f.question} ${f.help}`.trim()] as const),
);

/** The description of a field by its dotted path (`sources[].url` for a list's items), if any. */
export function fieldDescription(path: string): string | undefined {
  return FACT_DESCRIPTIONS.get(path) ?? FIELD_DESCRIPTIONS[path];
}

type SchemaNode = {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
};

/** Describes every property under `node`, `path` being the node's own dotted path. */
function describeProperties(node: SchemaNode, path: string): void {
  for (const variant of [node, ...(node.anyOf ?? [])]) {
    for (const [key, child] of Object.entries(variant.properties ?? {})) {
      const childPath = path ? `${path}.${key}` : key;
      const description = fieldDescription(childPath);
      if (description) child.description = description;
      describeProperties(child, childPath);
    }
    if (variant.items) {
      const description = fieldDescription(`${path}[]`);
      if (description) variant.items.description = description;
      describeProperties(variant.items, `${path}[]`);
    }
  }
}

export function documentedIncidentJsonSchema(): Record<string, unknown> {
  const schema = incidentJsonSchema() as SchemaNode & Record<string, unknown>;
  schema.description =
    'An incident, in the incident format v1 of Recourse. Only id, date and place.state are required; an omitted field, or null, is unknown, never false.';
  describeProperties(schema, '');
  return schema;
}
