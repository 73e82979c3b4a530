import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserSession, screenshots, serious, watchedPage } from './harness.js';

/**
 * The agency view in a real Chromium against a real Recourse server: a bundled profile (the small
 * rural sheriff) gives the regimes x obligations matrix with a known cell and the dollars at risk;
 * a field changed in the form changes a cell; a bad file is refused naming its field. No request
 * leaves 127.0.0.1, no console error but the refusal the test provokes, and no serious or critical
 * axe violation.
 */

const session = browserSession();
const consoleErrors: string[] = [];

// The browser logs the bad file's refusal (400), which the test provokes on purpose.
const newPage = () => watchedPage(session.browser, consoleErrors, /status of 400/);

/** A loaded machine (the browser, the server and other jobs on two cores) can take seconds to answer. */
const WAIT = { timeout: 20_000, interval: 100 };

const cell = (page: Page, id: string) => page.locator(`button[data-cell="${id}"]`);

describe('the agency view in Chromium', () => {
  it('shows the rural sheriff’s obligations, its money at risk, a cell’s explanation, a change, and a bad file refused', async () => {
    const page = await newPage();
    await page.goto(`${session.server.url}/agency`);
    await expect(page.getByRole('link', { name: 'Agency' })).toBeTruthy();
    expect(await page.getByRole('link', { name: 'Agency' }).getAttribute('aria-current')).toBe('page');

    // A bundled profile: the small rural sheriff served through the state's JAG share.
    const bundled = page.locator('#agency-bundled');
    await bundled.locator('option[value="rural-sheriff-state-jag-2021"]').waitFor({ state: 'attached' });
    await bundled.selectOption('rural-sheriff-state-jag-2021');
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await expect
      .poll(() => page.locator('#agency-field-id').inputValue(), WAIT)
      .toBe('rural-sheriff-state-jag-2021');

    // A known cell: under H.R. 1280 the chokehold condition on Byrne JAG is not met (no chokehold law).
    const chokehold = cell(page, 'chokehold@gfjpa-2021');
    await expect.poll(() => chokehold.locator('.status').innerText(), WAIT).toMatch(/not met/);
    expect(await chokehold.innerText()).toMatch(/condition of a grant/);
    expect(await chokehold.innerText()).toMatch(/H\.R\. 1280/);
    expect(await cell(page, 'chokehold@scott-2021').innerText()).toMatch(/not addressed/);
    // Unknown stays unknown: the Senate bill's records row turns on a fact the sheriff did not give.
    expect(await cell(page, 'misconduct-records@justice-act-2020').innerText()).toMatch(/undetermined/);

    // The dollars at risk per regime, with the kind of loss.
    const house = page.locator('table.money tr[data-regime="gfjpa-2021"]');
    expect(await house.innerText()).toMatch(/\$9,000/);
    expect(await house.innerText()).toMatch(/ineligible for the year/);
    const senate = page.locator('table.money tr[data-regime="justice-act-2020"]');
    expect(await senate.innerText()).toMatch(/\$1,800/);
    expect(await senate.innerText()).toMatch(/reduced by a percentage 20%/);
    expect(await senate.innerText()).toMatch(/UNCONFIRMED/);

    // A cell opens to its explanation: the citation, the derivation and the facts needed.
    await cell(page, 'misconduct-records@justice-act-2020').click();
    const detail = page.locator('section.explanation');
    await detail.getByText('The derivation, rule by rule').waitFor();
    expect(await detail.innerText()).toMatch(/The facts that would settle it/);
    expect(await detail.innerText()).toMatch(/disciplinary records/i);
    expect(await detail.innerText()).toMatch(/S\. 3985/);
    expect(serious(await axeViolations(page))).toEqual([]);
    await screenshots(page, 'agency-rural-sheriff');

    // One field changed in the form changes a cell: a chokehold law in force meets the condition.
    await page.locator('#agency-field-policy-chokehold').selectOption('law');
    await expect.poll(() => chokehold.locator('.status').innerText(), WAIT).toMatch(/^\W*met$/);
    // ... and back to "don't know": the cell is undetermined, naming the fact.
    await page.locator('#agency-field-policy-chokehold').selectOption('');
    await expect.poll(() => chokehold.locator('.status').innerText(), WAIT).toMatch(/undetermined/);

    // A bad file is refused naming its field, and the profile stays as it was.
    await page.locator('#agency-upload').setInputFiles({
      name: 'bad-profile.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('id: bad-one\ndate: 2021-03-03\nagency: { kind: army }\n'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/bad-profile\.yaml was not loaded/);
    expect(await alert.innerText()).toMatch(/agency\.kind: expected one of .*sheriff/);
    expect(await page.locator('#agency-field-id').inputValue()).toBe('rural-sheriff-state-jag-2021');
    // A file that is not YAML at all says so.
    await page.locator('#agency-upload').setInputFiles({
      name: 'broken.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('id: [unclosed\n'),
    });
    await expect
      .poll(() => page.getByRole('alert').innerText(), WAIT)
      .toMatch(/broken\.yaml was not loaded[\s\S]*not valid YAML/);
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.close();
  });

  it('runs the agency model over a synthetic population as a job, with its progress and its estimates', async () => {
    const page = await newPage();
    await page.goto(`${session.server.url}/agency`);
    await page.locator('#agency-impact-n').fill('2000');
    await page.locator('#agency-impact-replicates').fill('2');
    await page.getByRole('button', { name: 'Run the agency model' }).click();
    await page.locator('#agency-impact-progress').waitFor();
    const result = page.locator('[data-impact="agency"]');
    await result.waitFor({ timeout: 45_000 });
    expect(await page.locator('#agency-impact-progress').getAttribute('value')).toBe('2');
    expect(await result.innerText()).toMatch(/model estimates: 2,000 synthetic agencies scaled to/);
    expect(await result.locator('table.agency-impact').innerText()).toMatch(
      /gfjpa-2021[\s\S]*use-of-force data/,
    );
    expect(await result.locator('li[data-regime="gfjpa-2021"]').innerText()).toMatch(/Byrne JAG \$[\d,]+ \(/);
    expect(serious(await axeViolations(page))).toEqual([]);
    await screenshots(page, 'agency-impact');
    await page.close();
  });

  it('made no request off the machine and logged no error', () => {
    expect(session.browser.offHost).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
