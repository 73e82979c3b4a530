import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseIncident } from '../law/index.js';
import { openStore, type Store } from '../store/index.js';
import { freshDataDir } from '../store/test-data-dir.js';
import { createApp } from './app.js';
import {
  caseSchema,
  caseSummaryList,
  regimeSummaryList,
  scenarioSchema,
  scenarioSummaryList,
  userRegimeSchema,
} from './responses.js';

/**
 * The documented response schemas of the saved items (scenarios, cases, user regimes, the regime
 * list) hold for what the API answers: every field the answer has is in the schema (strict
 * objects), and every field the schema requires is in the answer. /openapi.json refers to them.
 */

const TOKEN = 'schemas-test-token';
const garner = parseIncident(
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'cases', 'garner-2014.yaml'), 'utf8'),
);

let store: Store;
let dataDir = '';
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  // A copy of the migrated PGlite template: a fresh database runs initdb and the migrations (5-6 s of CPU).
  dataDir = await freshDataDir('recourse-schemas-');
  store = await openStore({ dataDir, envToken: TOKEN });
  app = createApp({ store });
}, 60_000);

afterAll(async () => {
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const res = await app.request(path, {
    method,
    headers:
      body === undefined ? {} : { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

function expectSchema(schema: z.ZodType, answer: { status: number; body: unknown }, status = 200): void {
  expect(answer.status).toBe(status);
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) expect.fail(JSON.stringify(parsed.error.issues.slice(0, 3)));
}

describe('the saved items answer as their schemas say', () => {
  it('user regimes, scenarios and cases: created, read and listed', async () => {
    const regime = await call('POST', '/v1/regimes', {
      id: 'schema-test-package',
      title: 'A package',
      provisions: [],
      with: ['co-sb20-217'],
    });
    expectSchema(userRegimeSchema, regime, 201);
    expectSchema(regimeSummaryList, await call('GET', '/v1/regimes'));

    const scenario = await call('POST', '/v1/scenarios', {
      title: 'Garner',
      incident: garner,
      regimes: ['current', 'schema-test-package'],
    });
    expectSchema(scenarioSchema, scenario, 201);
    const { id } = scenario.body as { id: string };
    expectSchema(scenarioSchema, await call('GET', `/v1/scenarios/${id}`));
    expectSchema(scenarioSummaryList, await call('GET', '/v1/scenarios'));

    const own = await call('POST', '/v1/cases', { ...garner, id: 'garner-copy' });
    expectSchema(caseSchema, own, 201);
    expectSchema(caseSchema, await call('GET', '/v1/cases/garner-copy'));
    expectSchema(caseSchema, await call('GET', '/v1/cases/garner-2014'));
    const list = await call('GET', '/v1/cases');
    expectSchema(caseSummaryList, list);
    expect((list.body as unknown[]).length).toBeGreaterThanOrEqual(29);
  });

  it('a schema refuses an answer with a field it does not document', () => {
    const answer = { id: 'x', title: null, incident: 'y', createdAt: '2026-12-02T09:30:00.000Z' };
    expect(scenarioSummaryList.safeParse([answer]).success).toBe(true);
    expect(scenarioSummaryList.safeParse([{ ...answer, extra: 1 }]).success).toBe(false);
  });

  it('/openapi.json refers to them', async () => {
    const doc = (await call('GET', '/openapi.json')).body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
      components: { schemas: Record<string, unknown> };
    };
    for (const id of ['Scenario', 'ScenarioSummary', 'Case', 'CaseSummary', 'UserRegime', 'RegimeSummary'])
      expect(doc.components.schemas).toHaveProperty(id);
    const ref = (path: string, method: string, status: string) =>
      JSON.stringify(doc.paths[path]?.[method]?.responses[status]?.content);
    expect(ref('/v1/scenarios/{id}', 'get', '200')).toContain('#/components/schemas/Scenario');
    expect(ref('/v1/scenarios', 'post', '201')).toContain('#/components/schemas/Scenario');
    expect(ref('/v1/cases', 'get', '200')).toContain('#/components/schemas/CaseSummary');
    expect(ref('/v1/cases/{id}', 'get', '200')).toContain('#/components/schemas/Case');
    expect(ref('/v1/regimes', 'get', '200')).toContain('#/components/schemas/RegimeSummary');
    expect(ref('/v1/regimes', 'post', '201')).toContain('#/components/schemas/UserRegime');
  });
});
