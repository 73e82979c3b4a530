import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserSession, screenshots, serious, TOKEN, watchedPage } from './harness.js';

/**
 * The negotiation view in a real Chromium against a real Recourse server: the date slider moved to
 * 22 Sept 2021 shows no feasible package and a blocking set naming the conditions on federal
 * grants (FUNDING); the deal explorer names an objection and a case the package changes, linked to
 * the scenario view; a position recorded through the API with the token appears in the matrix,
 * its quote shown as text. No serious axe violation, no console error, nothing off the machine.
 */

const session = browserSession();
const consoleErrors: string[] = [];

const newPage = () => watchedPage(session.browser, consoleErrors);

/** The slider's value for a day (days since 1 June 2020). */
const sliderDay = (date: string) =>
  String(Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse('2020-06-01T00:00:00Z')) / 86_400_000));

const verdict = (page: Page) => page.locator('section[aria-labelledby="space-heading"] .verdict');

describe('the negotiation view', () => {
  it('on 22 Sept 2021 shows no feasible package, with a blocking set naming FUNDING', async () => {
    const page = await newPage();
    await page.goto(`${session.server.url}/negotiation`);
    await page.locator('table.negotiation-matrix').waitFor();
    const slider = page.getByLabel('Positions as of');
    await slider.fill(sliderDay('2020-06-30'));
    await expect.poll(() => page.locator('.date-slider output').innerText()).toBe('June 30, 2020');
    await expect.poll(() => verdict(page).innerText(), { timeout: 30_000 }).toMatch(/packages are feasible/);

    await slider.fill(sliderDay('2021-09-22'));
    await expect.poll(() => page.locator('.date-slider output').innerText()).toBe('September 22, 2021');
    await expect.poll(() => verdict(page).innerText(), { timeout: 30_000 }).toMatch(/^No feasible package/);
    const sets = page.locator('ol.blocking-sets > li');
    expect(await sets.count()).toBeGreaterThan(0);
    expect(await sets.first().locator('p').innerText()).toMatch(/FUNDING FUND-1/);
    expect(await page.locator('ol.blocking-sets').innerText()).toMatch(
      /SCOTT: red line against FUNDING FUND-1/,
    );

    // The matrix as of that day: Scott's red line on the grant conditions, marked, with its source.
    const cell = page.locator('td[data-cell="SCOTT FUNDING"] details');
    expect(await cell.getAttribute('class')).toBe('red-line');
    await cell.locator('summary').click();
    expect(await cell.innerText()).toMatch(/red line against FUND-1/);
    expect(await cell.locator('a[href^="http"]').count()).toBeGreaterThan(0);

    // The timeline marks the step the day falls in.
    expect(await page.locator('tr[aria-current="date"]').count()).toBe(1);
    expect(serious(await axeViolations(page))).toEqual([]);
    await screenshots(page, 'negotiation');
    await page.close();
  });

  it('judges a chosen package: an objection with its evidence, and a case it changes, linked to the scenario', async () => {
    const page = await newPage();
    await page.goto(`${session.server.url}/negotiation`);
    await page.getByLabel(/^QI:/).selectOption('QI-1');
    await page.getByRole('button', { name: 'Judge this package' }).click();
    const judged = page.locator('.judged');
    await judged.waitFor({ timeout: 30_000 });
    expect(await judged.locator('.verdict').innerText()).toMatch(/Not feasible/);
    const scott = judged.locator('ul.objections > li', { hasText: 'SCOTT red line against QI QI-1' });
    expect(await scott.count()).toBe(1);
    expect(await scott.locator('ul.evidence li').count()).toBeGreaterThan(0);
    const link = judged.getByRole('link', { name: /Botham Jean/ });
    expect(await link.getAttribute('href')).toBe('/?case=jean-2018');
    expect(await link.locator('xpath=ancestor::tr').innerText()).toMatch(/Sue the officer/);
    expect(serious(await axeViolations(page))).toEqual([]);
    await link.click();
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 30_000 }).toMatch(/Botham Jean/);
    await page.close();
  });

  it('shows a position recorded through the API with the token in the matrix, its quote as text', async () => {
    const quote = '<img src=x onerror="window.pwned=1"> We will not accept PP-0';
    const position = {
      party: 'NSA',
      issue: 'PATTERN',
      option: 'PP-0',
      stance: 'red-line-against',
      date: '2021-09-01',
      evidence: [
        { speaker: 'A sheriff', quote, url: 'https://example.org/?q="><b>x</b>', date: '2021-09-01' },
      ],
    };
    const script = await fetch(`${session.server.url}/v1/negotiation/positions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        ...position,
        evidence: [{ ...position.evidence[0], url: 'javascript:alert(1)' }],
      }),
    });
    expect(script.status).toBe(400);
    const refused = await fetch(`${session.server.url}/v1/negotiation/positions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(position),
    });
    expect(refused.status).toBe(401);
    const res = await fetch(`${session.server.url}/v1/negotiation/positions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(position),
    });
    expect(res.status).toBe(201);

    const page = await newPage();
    await page.goto(`${session.server.url}/negotiation`);
    const cell = page.locator('td[data-cell="NSA PATTERN"] details');
    await cell.waitFor();
    expect(await cell.locator('summary').innerText()).toMatch(/red line against PP-0/);
    await cell.locator('summary').click();
    expect(await cell.locator('q').innerText()).toBe(quote);
    expect(await cell.locator('img').count()).toBe(0);
    expect(await cell.locator('b').count()).toBe(0);
    expect(await cell.locator('a').getAttribute('href')).toBe('https://example.org/?q="><b>x</b>');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.close();
  });

  it('made no request off the machine and logged no console error', () => {
    expect(session.browser.offHost).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
