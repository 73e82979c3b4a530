import { beforeAll, describe, expect, it } from 'vitest';
import { browserSession, TOKEN, watchedPage } from './harness.js';

/**
 * The web app with more saved cases and regimes than the API gives in one page (1,000): the case
 * picker and the regime choices follow the `Link: rel="next"` pages to the end and offer every
 * one, in the API's order, in a real Chromium against a real Recourse server.
 */

const MORE_THAN_A_PAGE = 1000 + 3;

const session = browserSession();
const consoleErrors: string[] = [];

/** Runs `save` for each index, a few at a time, and checks each answer is 201. */
async function saveAll(count: number, save: (i: number) => Promise<Response>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const res = await save(next++);
      expect(res.status).toBe(201);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

const post = (path: string, body: unknown) =>
  fetch(`${session.server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });

/** Every id of a list, following its pages as a client of the API would. */
async function everyId(path: string): Promise<string[]> {
  const ids: string[] = [];
  let at: string | null = path;
  while (at) {
    const res: Response = await fetch(`${session.server.url}${at}`);
    ids.push(...((await res.json()) as { id: string }[]).map((x) => x.id));
    at = res.headers.get('link')?.match(/^<([^>]+)>; rel="next"$/)?.[1] ?? null;
  }
  return ids;
}

beforeAll(async () => {
  const { incident: garner } = (await (await fetch(`${session.server.url}/v1/cases/garner-2014`)).json()) as {
    incident: Record<string, unknown>;
  };
  const n = (i: number) => String(i).padStart(4, '0');
  await saveAll(MORE_THAN_A_PAGE, (i) => post('/v1/cases', { ...garner, id: `own-case-${n(i)}` }));
  await saveAll(MORE_THAN_A_PAGE, (i) =>
    post('/v1/regimes', { id: `own-regime-${n(i)}`, title: `Own regime ${i}`, provisions: [] }),
  );
}, 300_000);

describe('long lists in the web app', () => {
  it('offers every case and every regime, beyond the first page of each', async () => {
    const cases = await everyId('/v1/cases');
    const regimes = await everyId('/v1/regimes');
    expect(cases).toContain(`own-case-${MORE_THAN_A_PAGE - 1}`);
    expect(cases.length).toBeGreaterThan(MORE_THAN_A_PAGE);
    expect(regimes).toContain(`own-regime-${MORE_THAN_A_PAGE - 1}`);

    const page = await watchedPage(session.browser, consoleErrors);
    await page.goto(`${session.server.url}/`);
    const options = page.locator('#case-picker option:not([value=""])');
    await expect.poll(() => options.count(), { timeout: 30_000 }).toBe(cases.length);
    expect(await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(cases);

    await page.getByLabel('A real case').selectOption(`own-case-${MORE_THAN_A_PAGE - 1}`);
    const ids = page.locator('details.regime-picker .regime-id');
    await expect.poll(() => ids.count(), { timeout: 30_000 }).toBe(regimes.length);
    expect(await ids.allTextContents()).toEqual(regimes);
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
