import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserSession, screenshots, serious, TOKEN, watchedPage } from './harness.js';

/**
 * The news review queue in Chromium against a real server (issue 15): an article of our own
 * making, with a <script> and an onerror= attribute in it, imported through the view; one
 * quotation accepted; the position it became seen in the negotiation view. No script of the
 * article runs (a window flag it would set, a dialog it would open), no request leaves
 * 127.0.0.1, and the console shows no error.
 */

const ARTICLE = `<!doctype html><html><head><title>Policing talks stall over Section 242</title>
<script>window.__pwned = 'script'; alert('script ran');</script></head><body>
<h1>Policing talks stall over Section 242</h1>
<p>WASHINGTON — Sen. Tim Scott said on Sunday that "(Section 242) is off the table for me," referring to the part of the law that Democrats want to amend.</p>
<p><img src="/no-such-image.png" onerror="window.__pwned = 'onerror'; alert('onerror ran')">"It is," Rep. Karen Bass told CNN when asked whether lowering the standard is essential.</p>
<p>"That's a good start," Rep. Jim Clyburn said of the talks on qualified immunity.</p>
</body></html>`;

/**
 * An article where one quotation's stance is in no word of it: the extractor reads it from the
 * speaker's role as the article introduces her (a mother whose son police killed). Checked with
 * the library: Whitfield's quotation gets 'supports change' with stanceBasis 'speaker role',
 * Scott's gets its stance from its words.
 */
const ROLE_ARTICLE = `<!doctype html><html><head><title>Families of the dead press the Senate</title></head><body>
<h1>Families of the dead press the Senate</h1>
<p>WASHINGTON — Dana Whitfield, the mother of Jordan Pryor, who was killed by police in 2019, came to the Capitol on Tuesday to lobby on qualified immunity. "I have been coming to this building for seven years," Whitfield said.</p>
<p>"A chokehold ban is essential," Sen. Tim Scott said.</p>
</body></html>`;

const session = browserSession();
const consoleErrors: string[] = [];
const dialogs: string[] = [];

async function newPage(): Promise<Page> {
  const page = await watchedPage(session.browser, consoleErrors);
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return page;
}

/** A new page on the review view that imports `article` with the editor's token, the form's other fields by label. */
async function importArticle(article: string, fields: Readonly<Record<string, string>>): Promise<Page> {
  const page = await newPage();
  await page.goto(`${session.server.url}/news`);
  await page.getByRole('heading', { name: 'News review' }).waitFor();
  await page.getByLabel('Editor’s token').fill(TOKEN);
  await page.getByLabel('The article (its HTML page, or its text)').fill(article);
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Import' }).click();
  return page;
}

describe('news review in Chromium', () => {
  it('imports an article with a script in it, accepts a quotation, and sees the position in the negotiation view; no script runs', async () => {
    const page = await importArticle(ARTICLE, {
      'Its address (URL)': 'https://news.example.org/2021/04/22/policing-talks',
      'Published on': '2021-04-22',
      Outlet: 'Example News',
    });
    await page
      .getByText(/Imported "Policing talks stall over Section 242": 3 quotations to review/)
      .waitFor();

    // The article is shown as text, the first quotation highlighted; nothing of its markup is in the page.
    const text = page.locator('.article-text');
    await expect.poll(() => text.locator('mark').innerText()).toBe('(Section 242) is off the table for me,');
    expect(await text.innerText()).toContain('Rep. Karen Bass told CNN');
    expect(await page.locator('.article-text script, .article-text img').count()).toBe(0);
    expect(await page.content()).not.toContain('__pwned');
    expect(await page.locator('#queue-heading + ul li').count()).toBe(3);

    // Another quotation of the queue: the highlight moves to it.
    await page.locator('.queue button', { hasText: 'Review' }).nth(1).click();
    await expect.poll(() => text.locator('mark').innerText()).toBe('It is,');
    await page.locator('.queue button', { hasText: 'Review' }).nth(0).click();
    await expect.poll(() => text.locator('mark').innerText()).toBe('(Section 242) is off the table for me,');

    // The proposal: Scott, § 242, the change (242-1), a red line in his own words.
    expect(await page.getByLabel('Party', { exact: true }).inputValue()).toBe('SCOTT');
    expect(await page.locator('#accept-issue').inputValue()).toBe('S242');
    expect(await page.getByLabel('Option', { exact: true }).inputValue()).toBe('242-1');
    expect(await page.getByLabel('Stance toward that option').inputValue()).toBe('red-line-against');
    // Every list of the review panel is the API's: the negotiation's stance scale, and a quotation's
    // issues and stances (GET /v1/news/vocabulary), none written again in the app.
    const negotiation = (await (await fetch(`${session.server.url}/v1/negotiation`)).json()) as {
      stances: string[];
    };
    const vocabulary = (await (await fetch(`${session.server.url}/v1/news/vocabulary`)).json()) as {
      issues: string[];
      stances: string[];
    };
    expect(vocabulary.issues).toContain('general');
    expect(await page.locator('#accept-stance option').allInnerTexts()).toEqual([
      '(choose)',
      ...negotiation.stances,
    ]);
    await expect
      .poll(() => page.locator('#correct-issue option').allInnerTexts())
      .toEqual(['(none)', ...vocabulary.issues]);
    expect(await page.locator('#correct-stance option').allInnerTexts()).toEqual([
      '(none)',
      ...vocabulary.stances,
    ]);
    expect(await page.locator('#correct-issue').inputValue()).toBe('S242');
    await screenshots(page, 'news-review');
    expect(serious(await axeViolations(page))).toEqual([]);

    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    const link = page.getByRole('link', { name: 'see it in the negotiation view' });
    await link.waitFor();
    await expect
      .poll(() => link.getAttribute('href'))
      .toMatch(/^\/negotiation\?date=2021-04-22&position=\w+$/);
    expect(await page.locator('#queue-heading + ul li').count()).toBe(2);

    await link.click();
    await page.waitForURL(/\/negotiation\?/, { waitUntil: 'commit' });
    // The negotiation view, on the article's date, with the position recorded from the quotation open
    // in Scott's § 242 cell: a red line against 242-1, in his own words, with its source.
    const recorded = page.locator('td[data-cell="SCOTT S242"] details[open]', { hasText: 'recorded' });
    await recorded.waitFor({ timeout: 30_000 });
    expect(await recorded.innerText()).toContain('(Section 242) is off the table for me,');
    expect(await recorded.innerText()).toContain('242-1');
    expect(await page.locator('#as-of').getAttribute('aria-valuetext')).toMatch(/April 22, 2021/);
    await screenshots(page, 'news-accepted-in-negotiation');

    // Nothing of the article ran, anywhere.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await page.goto(`${session.server.url}/news`);
    await page.getByRole('heading', { name: 'News review' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('shows, next to a stance no word of the quotation says, where it came from', async () => {
    const page = await importArticle(ROLE_ARTICLE, { 'Published on': '2021-05-04' });
    await page
      .getByText(/Imported "Families of the dead press the Senate": 2 quotations to review/)
      .waitFor();

    // The first quotation is open: Whitfield's, its stance from her role in the article.
    const text = page.locator('.article-text');
    await expect
      .poll(() => text.locator('mark').innerText())
      .toBe('I have been coming to this building for seven years,');
    const panel = page.locator('.review-panel');
    expect(await panel.locator('dt', { hasText: 'Issue, stance' }).locator('+ dd').innerText()).toMatch(
      /^QI, supports change/,
    );
    const basis = panel.locator('dt', { hasText: 'Where the stance comes from' }).locator('+ dd');
    expect(await basis.innerText()).toBe(
      'Not from the quotation’s words but from the speaker’s role as the article introduces them (a victim’s relative, a civil-rights advocate). Check that the words bear it out.',
    );
    expect(await panel.locator('.how li', { hasText: /^stance:/ }).innerText()).toMatch(
      /no word of the quotation says it: it is read from the speaker's role/,
    );
    // In the queue too; Scott's, from his own words, says nothing of the kind.
    const queued = page.locator('.queue li', { hasText: 'Dana Whitfield' });
    expect(await queued.innerText()).toContain('on QI, supports change (not in the words)');
    expect(
      await page.locator('.queue li', { hasText: 'A chokehold ban is essential' }).innerText(),
    ).not.toContain('not in the words');
    expect(serious(await axeViolations(page))).toEqual([]);
    await screenshots(page, 'news-stance-basis');

    await page.locator('.quotation-list button', { hasText: 'Tim Scott' }).click();
    await expect.poll(() => text.locator('mark').innerText()).toBe('A chokehold ban is essential,');
    expect(await panel.locator('dt', { hasText: 'Issue, stance' }).locator('+ dd').innerText()).toMatch(
      /^CHOKEHOLD, supports change/,
    );
    expect(await panel.locator('dt', { hasText: 'Where the stance comes from' }).count()).toBe(0);
    await page.close();
  });

  it('made no request off the machine and logged no error', () => {
    expect(session.browser.offHost).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
