import { z } from 'zod';
import { ENGINE_VERSION } from '../engine/index.js';
import { incidentSchema } from '../law/index.js';
import type { Endpoint } from './endpoint.js';

/**
 * The OpenAPI 3.1 document, generated from the endpoint list and its zod schemas (the library's
 * incident schema among them): JSON Schema 2020-12, which OpenAPI 3.1 uses as it is.
 */

type JsonSchema = Record<string, unknown>;

const problemSchema: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details; `errors` names each bad field by where it is and its dotted path',
  required: ['type', 'title', 'status', 'detail', 'errors'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['in', 'path', 'message'],
        properties: {
          in: { enum: ['body', 'query', 'path', 'header'] },
          path: { type: 'string', description: "dotted path of the field ('' for the whole body)" },
          message: { type: 'string' },
        },
      },
    },
  },
};

const isZod = (x: unknown): x is z.ZodType => x instanceof z.ZodType;

const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

/** Component schemas: every schema with an id (`.meta({ id })`), referred to by $ref. */
function components(list: readonly Endpoint[]): {
  schemas: Record<string, JsonSchema>;
  ref: (s: z.ZodType) => JsonSchema;
} {
  const registry = z.registry<{ id: string }>();
  registry.add(incidentSchema, { id: 'Incident' });
  const named = new Map<z.ZodType, string>([[incidentSchema, 'Incident']]);
  const add = (s: unknown) => {
    if (!isZod(s) || named.has(s)) return;
    const id = (s.meta() as { id?: string } | undefined)?.id;
    if (!id) return;
    registry.add(s, { id });
    named.set(s, id);
  };
  for (const e of list) {
    add(e.body);
    for (const r of Object.values(e.responses)) {
      add(r.schema);
      if (r.schema instanceof z.ZodArray) add(r.schema.element);
    }
  }
  const out = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  // A schema with an id that only appears inside others (never as a body or a response) lands in
  // zod's `__shared` entry, referred to as `__shared#/$defs/ID`: hoist it to a component of its own.
  const { __shared: shared, ...registered } = out.schemas;
  const hoisted = { ...registered, ...((shared?.$defs ?? {}) as Record<string, JsonSchema>) };
  const fixRefs = (schema: JsonSchema): JsonSchema =>
    JSON.parse(
      JSON.stringify(schema).replaceAll('#/components/schemas/__shared#/$defs/', '#/components/schemas/'),
    );
  const schemas: Record<string, JsonSchema> = { Problem: problemSchema };
  for (const [id, schema] of Object.entries(hoisted)) {
    const { $schema: _s, $id: _i, ...rest } = fixRefs(schema);
    schemas[id] = rest;
  }
  const ref = (s: z.ZodType): JsonSchema => {
    const id = named.get(s);
    if (id) return { $ref: `#/components/schemas/${id}` };
    if (s instanceof z.ZodArray && named.has(s.element as z.ZodType))
      return { type: 'array', items: ref(s.element as z.ZodType) };
    const { $schema: _s, ...rest } = z.toJSONSchema(s, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
    }) as JsonSchema;
    return rest;
  };
  return { schemas, ref };
}

function queryParameters(schema: z.ZodType | undefined): JsonSchema[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, s]) => {
    const { $schema: _s, ...json } = z.toJSONSchema(s, {
      target: 'draft-2020-12',
      io: 'input',
    }) as JsonSchema;
    return {
      name,
      in: 'query',
      required: !s.safeParse(undefined).success,
      schema: json,
      ...(json.type === 'array' ? { style: 'form', explode: true } : {}),
    };
  });
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

export function openApiDocument(list: readonly Endpoint[]): unknown {
  const { schemas, ref } = components(list);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of list) {
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(e.responses)) {
      if (Number(status) >= 400) {
        responses[status] = problem(r.description);
        continue;
      }
      const media = r.mediaType ?? 'application/json';
      responses[status] =
        status === '204'
          ? { description: r.description }
          : {
              description: r.description,
              content: { [media]: isZod(r.schema) ? { schema: ref(r.schema) } : {} },
            };
    }
    if (e.body || e.query)
      responses['400'] ??= problem('a field of the request is invalid; `errors` names it');
    if (e.body) {
      responses['413'] = problem('the body is over 1 MB');
      responses['415'] = problem('the body is not JSON');
    }
    if (e.write) responses['401'] = problem('no bearer token, or not a valid one');
    const parameters = [
      ...Object.entries(e.params ?? {}).map(([name, description]) => ({
        name,
        in: 'path',
        required: true,
        description,
        schema: { type: 'string' },
      })),
      ...queryParameters(e.query as z.ZodType | undefined),
    ];
    paths[toOpenApiPath(e.path)] ??= {};
    (paths[toOpenApiPath(e.path)] as Record<string, unknown>)[e.method] = {
      summary: e.summary,
      ...(e.description ? { description: e.description } : {}),
      tags: [e.tag],
      operationId: `${e.method}${toOpenApiPath(e.path).replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(e.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: ref(e.body as z.ZodType) } },
            },
          }
        : {}),
      ...(e.write ? { security: [{ bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Recourse API',
      version: ENGINE_VERSION,
      description:
        'US police-accountability law as code: who can be held to account for an incident, and how, under the law in force and under each reform proposal, with the law cited. Reads are public; every write needs `Authorization: Bearer <token>`. Every error is application/problem+json naming the bad field.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'RECOURSE_TOKEN, or a token from `recourse token create`',
        },
      },
    },
  };
}
