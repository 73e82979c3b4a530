import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_ISSUES, openStore, type RecourseExport, type Store, StoreError } from './index.js';
import { describePostgres, freshDatabase, POSTGRES_URL } from './testkit.js';

/**
 * The news review queue's store: importing an article with its quotations in one transaction,
 * correcting, rejecting and accepting them (an accepted one becomes a position with its source),
 * and articles in export/import. On PGlite always, on PostgreSQL when DATABASE_URL is set.
 */

const TEXT =
  'WASHINGTON — Sen. Tim Scott said on Sunday that "(Section 242) is off the table for me," ' +
  'referring to the criminal standard. "It is," Rep. Karen Bass told CNN. ' +
  'Scott called the talks "a good start" and added: "We will see where we land."';

const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

const ARTICLE = {
  text: TEXT,
  title: 'Policing talks: <b>Section 242</b> & the «standard»',
  url: 'https://news.example.org/2021/04/22/policing?a=1&b=2',
  outlet: 'Example News',
  date: '2021-04-22',
  quotations: [
    {
      speaker: 'Tim Scott',
      party: 'SCOTT',
      ...span('(Section 242) is off the table for me,'),
      issue: 'S242',
      stance: 'opposes change',
      confidence: 0.9,
    },
    {
      speaker: 'Karen Bass',
      party: 'BASS',
      ...span('It is,'),
      issue: 'S242',
      stance: 'supports change',
      stanceBasis: 'speaker role' as const,
    },
    { speaker: null, ...span('We will see where we land.'), issue: 'general', stance: 'not a stance' },
  ],
};

async function refusal(p: Promise<unknown>): Promise<StoreError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('expected the store to refuse this call');
}

function contract(name: string, open: () => Promise<Store>, close: () => Promise<void> = async () => {}) {
  describe(name, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    }, 120_000);
    afterAll(async () => {
      await store?.close();
      await close();
    });

    it('imports an article and its quotations as proposed; each quotation is the span of the text', async () => {
      const a = await store.articles.import(ARTICLE);
      expect(a).toMatchObject({
        title: ARTICLE.title,
        url: ARTICLE.url,
        outlet: 'Example News',
        date: '2021-04-22',
      });
      expect(a.text).toBe(TEXT);
      expect(a.quotations.map((q) => [q.text, q.review, q.speaker])).toEqual([
        ['(Section 242) is off the table for me,', 'proposed', 'Tim Scott'],
        ['It is,', 'proposed', 'Karen Bass'],
        ['We will see where we land.', 'proposed', null],
      ]);
      expect(a.quotations[0]?.proposed).toEqual({
        speaker: 'Tim Scott',
        party: 'SCOTT',
        ...span('(Section 242) is off the table for me,'),
        issue: 'S242',
        stance: 'opposes change',
        stanceBasis: null,
      });
      expect(a.quotations.map((q) => q.stanceBasis)).toEqual([null, 'speaker role', null]);
      expect(a.quotations[1]?.proposed.stanceBasis).toBe('speaker role');
      expect(await store.articles.get(a.id)).toEqual(a);
      const listed = (await store.articles.list()).find((x) => x.id === a.id);
      expect(listed).toMatchObject({ quotations: 3, pending: 3 });
      const queued = (await store.articles.queue()).filter((q) => q.articleId === a.id);
      expect(queued.map((q) => q.text)).toEqual(a.quotations.map((q) => q.text));
      expect(queued[0]?.article).toMatchObject({ id: a.id, title: ARTICLE.title });
    });

    it('refuses a bad article naming every bad field, and writes none of it', async () => {
      const before = (await store.articles.list()).length;
      const e = await refusal(
        store.articles.import({
          ...ARTICLE,
          url: 'javascript:alert(1)',
          date: '2021-02-30',
          quotations: [
            ARTICLE.quotations[0] as (typeof ARTICLE.quotations)[number],
            { start: 5, end: TEXT.length + 1, issue: 'NOPE', stance: 'maybe' } as never,
          ],
        }),
      );
      expect(e.kind).toBe('invalid');
      expect(e.errors.map((x) => x.path).sort()).toEqual([
        'date',
        'quotations.1.end',
        'quotations.1.issue',
        'quotations.1.stance',
        'url',
      ]);
      expect((await store.articles.list()).length).toBe(before);
      expect((await refusal(store.articles.import({ quotations: [] } as never))).errors).toEqual([
        { path: 'text', message: "required: expected the article's text, got nothing" },
      ]);
    });

    it('says of each bad field what was expected and what was given', async () => {
      const e = await refusal(
        store.articles.import({
          ...ARTICLE,
          title: '  ',
          url: 'ftp://news.example.org/a',
          outlet: 'x'.repeat(201),
          date: '2021-02-30',
          byline: 'someone',
          quotations: [
            { speaker: 7, party: 'no such party!', start: -1, end: 3, confidence: 2 },
            { start: 20, end: 10, issue: 'NOPE' },
            'a quotation',
          ],
        } as never),
      );
      expect(e.errors).toEqual([
        { path: 'title', message: 'expected a non-empty string of at most 500 characters, got "  "' },
        { path: 'url', message: 'expected an http or https URL, got "ftp://news.example.org/a"' },
        {
          path: 'outlet',
          message: `expected a non-empty string of at most 200 characters, got "${'x'.repeat(77)}…" (201 characters)`,
        },
        { path: 'date', message: 'expected a real calendar date YYYY-MM-DD, got "2021-02-30"' },
        {
          path: 'quotations.0.speaker',
          message: 'expected a non-empty string of at most 200 characters, got 7',
        },
        {
          path: 'quotations.0.party',
          message: 'expected a party id (letters, digits and dashes), got "no such party!"',
        },
        {
          path: 'quotations.0.start',
          message: `expected an offset into the article's text, 0 to ${TEXT.length - 1}, got -1`,
        },
        { path: 'quotations.0.confidence', message: 'expected a number from 0 to 1, got 2' },
        {
          path: 'quotations.1.issue',
          message: `expected one of ${NEWS_ISSUES.join(' | ')}, got "NOPE"`,
        },
        { path: 'quotations.1.end', message: 'expected an offset after start (20), got 10' },
        { path: 'quotations.2', message: 'expected a quotation object, got "a quotation"' },
        { path: 'byline', message: 'unknown field' },
      ]);
      const many = Array.from({ length: 2_001 }, () => ({ start: 0, end: 1 }));
      expect((await refusal(store.articles.import({ ...ARTICLE, quotations: many }))).errors).toEqual([
        { path: 'quotations', message: 'expected at most 2000 quotations, got a list of 2001' },
      ]);
      expect(
        (await refusal(store.articles.import({ ...ARTICLE, text: 'a\u0000b', quotations: [] }))).errors,
      ).toEqual([
        {
          path: 'text',
          message: 'expected no NUL character (\\u0000): one cannot be stored, got "a\\u0000b"',
        },
      ]);
      const a = await store.articles.import(ARTICLE);
      const q = a.quotations[0]?.id as string;
      expect((await refusal(store.articles.correct(q, { end: TEXT.length + 1, party: '' }))).errors).toEqual([
        { path: 'party', message: 'expected a party id (letters, digits and dashes), got ""' },
        {
          path: 'end',
          message: `expected an offset into the article's text, at most ${TEXT.length}, got ${TEXT.length + 1}`,
        },
      ]);
      expect(
        (
          await refusal(
            store.articles.accept(q, {
              party: 'SCOTT',
              issue: 'S242',
              option: '242-1',
              stance: 'opposes',
              date: '22/04/2021',
            }),
          )
        ).errors,
      ).toEqual([{ path: 'date', message: 'expected a real calendar date YYYY-MM-DD, got "22/04/2021"' }]);
      expect(
        (
          await refusal(
            store.articles.accept(q, { issue: 'S242', option: '242-1', stance: 'opposes' } as never),
          )
        ).errors,
      ).toEqual([{ path: 'party', message: 'required: expected a party id, got nothing' }]);
    });

    it('corrects a quotation: the span is re-read from the text, and what was proposed is kept', async () => {
      const a = await store.articles.import(ARTICLE);
      const third = a.quotations[2]?.id as string;
      const fixed = await store.articles.correct(third, {
        speaker: 'Tim Scott',
        party: 'SCOTT',
        ...span('We will see where we land'),
      });
      expect(fixed).toMatchObject({
        review: 'corrected',
        speaker: 'Tim Scott',
        text: 'We will see where we land',
        proposed: { speaker: null, ...span('We will see where we land.') },
      });
      expect(fixed?.reviewedAt).not.toBeNull();
      const bad = await refusal(store.articles.correct(third, { start: 10, end: 3, stance: 'furious' }));
      expect(bad.errors.map((x) => x.path).sort()).toEqual(['end', 'stance']);
      expect(await store.articles.correct('nosuchquote', { speaker: 'X' })).toBeNull();
    });

    it('keeps where a stance not in the words came from; the stance an editor changes drops it, the proposal keeps it', async () => {
      const a = await store.articles.import(ARTICLE);
      const bass = a.quotations[1]?.id as string;
      expect(await store.articles.quotation(bass)).toMatchObject({
        stance: 'supports change',
        stanceBasis: 'speaker role',
      });
      // Another field corrected, or the same stance given again: the stance is still the extractor's.
      const same = await store.articles.correct(bass, {
        speaker: 'Karen R. Bass',
        stance: 'supports change',
      });
      expect(same).toMatchObject({ review: 'corrected', stanceBasis: 'speaker role' });
      const changed = await store.articles.correct(bass, { stance: 'opposes change' });
      expect(changed).toMatchObject({ stance: 'opposes change', stanceBasis: null });
      expect(changed?.proposed).toMatchObject({ stance: 'supports change', stanceBasis: 'speaker role' });
      expect((await store.articles.queue()).find((q) => q.id === bass)?.stanceBasis).toBeNull();

      // Only a side has a basis, and only the two bases there are.
      const bad = await refusal(
        store.articles.import({
          ...ARTICLE,
          quotations: [
            { ...span('It is,'), stance: 'not a stance', stanceBasis: 'speaker role' },
            { ...span('It is,'), stanceBasis: 'speaker role' },
            { ...span('It is,'), stance: 'supports change', stanceBasis: 'hunch' as never },
            // The basis the extractor no longer gives (no released version ever exported it).
            { ...span('It is,'), stance: 'opposes change', stanceBasis: 'documented side' as never },
          ],
        }),
      );
      expect(bad.errors).toEqual([
        {
          path: 'quotations.0.stanceBasis',
          message:
            'expected no basis for the stance "not a stance" (a stance from the speaker\'s side is "supports change" or "opposes change"), got "speaker role"',
        },
        {
          path: 'quotations.1.stanceBasis',
          message:
            'expected no basis for the stance null (a stance from the speaker\'s side is "supports change" or "opposes change"), got "speaker role"',
        },
        {
          path: 'quotations.2.stanceBasis',
          message: 'expected one of speaker role, got "hunch"',
        },
        {
          path: 'quotations.3.stanceBasis',
          message: 'expected one of speaker role, got "documented side"',
        },
      ]);

      // An export made before the bases were kept has none, in the quotation or in its proposal.
      const it = span('It is,');
      await store.importAll({
        format: 'recourse-export',
        version: 1,
        articles: [
          {
            id: 'nobasis1',
            text: TEXT,
            quotations: [
              {
                id: 'nobasisq1',
                ...it,
                stance: 'supports change',
                proposed: { ...it, stance: 'supports change' },
              },
            ],
          },
        ],
      });
      expect(await store.articles.quotation('nobasisq1')).toMatchObject({
        stanceBasis: null,
        proposed: { stance: 'supports change', stanceBasis: null },
      });
    });

    it('accepts a quotation: a position with the quote, the URL, the date and the speaker as its evidence', async () => {
      const a = await store.articles.import(ARTICLE);
      const q = a.quotations[0]?.id as string;
      const done = await store.articles.accept(q, {
        party: 'SCOTT',
        issue: 'S242',
        option: '242-1',
        stance: 'red-line-against',
      });
      expect(done?.quotation).toMatchObject({ review: 'accepted', positionIds: [done?.positionId] });
      expect((await store.articles.quotation(q))?.positionIds).toEqual([done?.positionId]);
      const position = await store.positions.get(done?.positionId as string);
      expect(position).toMatchObject({
        party: 'SCOTT',
        issue: 'S242',
        option: '242-1',
        stance: 'red-line-against',
        date: '2021-04-22',
        quotationIds: [q],
        evidence: [
          {
            speaker: 'Tim Scott',
            quote: '(Section 242) is off the table for me,',
            url: ARTICLE.url,
            date: '2021-04-22',
          },
        ],
      });
      // A decided quotation is decided: reviewing it again is a conflict, and changes nothing.
      expect((await refusal(store.articles.reject(q))).kind).toBe('conflict');
      expect((await refusal(store.articles.correct(q, { speaker: 'Y' }))).kind).toBe('conflict');
      expect((await store.articles.get(a.id))?.quotations.find((x) => x.id === q)?.speaker).toBe('Tim Scott');
    });

    it('refuses an acceptance the negotiation does not have, and leaves the quotation under review', async () => {
      const a = await store.articles.import(ARTICLE);
      const q = a.quotations[1]?.id as string;
      const e = await refusal(
        store.articles.accept(q, { party: 'BASS', issue: 'S242', option: 'QI-1', stance: 'loves it' }),
      );
      expect(e.kind).toBe('invalid');
      expect(e.errors.map((x) => x.path)).toEqual(expect.arrayContaining(['stance']));
      expect((await store.articles.quotation(q))?.review).toBe('proposed');
      expect((await refusal(store.articles.accept(q, {} as never))).errors.map((x) => x.path).sort()).toEqual(
        ['issue', 'option', 'party', 'stance'],
      );
    });

    it('needs a speaker and a date to accept; without a URL the evidence names the article instead', async () => {
      const a = await store.articles.import({ ...ARTICLE, url: null, date: null });
      const [first, , third] = a.quotations;
      const noDate = await refusal(
        store.articles.accept(first?.id as string, {
          party: 'SCOTT',
          issue: 'S242',
          option: '242-1',
          stance: 'opposes',
        }),
      );
      expect(noDate.errors.map((x) => x.path)).toEqual(['date']);
      const noSpeaker = await refusal(
        store.articles.accept(third?.id as string, {
          party: 'SCOTT',
          issue: 'QI',
          option: 'QI-1',
          stance: 'accepts',
          date: '2021-04-25',
        }),
      );
      expect(noSpeaker.errors.map((x) => x.path)).toEqual(['speaker']);
      const done = await store.articles.accept(first?.id as string, {
        party: 'SCOTT',
        issue: 'S242',
        option: '242-1',
        stance: 'opposes',
        date: '2021-04-25',
      });
      const position = await store.positions.get(done?.positionId as string);
      expect(position?.date).toBe('2021-04-25');
      expect(position?.evidence[0]?.url).toBeUndefined();
      expect(position?.evidence[0]?.sourceNote).toContain(`article ${a.id}`);
    });

    it('rejects a quotation', async () => {
      const a = await store.articles.import(ARTICLE);
      const q = a.quotations[2]?.id as string;
      expect(await store.articles.reject(q)).toMatchObject({ review: 'rejected' });
      expect((await store.articles.queue()).some((x) => x.id === q)).toBe(false);
      expect((await store.articles.list()).find((x) => x.id === a.id)).toMatchObject({
        quotations: 3,
        pending: 2,
      });
    });

    it('exports articles with their reviews and imports them back, losslessly', async () => {
      const a = await store.articles.import(ARTICLE);
      await store.articles.correct(a.quotations[2]?.id as string, { speaker: 'Tim Scott' });
      await store.articles.reject(a.quotations[1]?.id as string);
      // A stance from the speaker's side, changed by an editor: the proposal keeps where it came from.
      const b = await store.articles.import(ARTICLE);
      await store.articles.correct(b.quotations[1]?.id as string, { stance: 'opposes change' });
      const first = JSON.parse(JSON.stringify(await store.exportAll())) as RecourseExport;
      const mine = first.articles.find((x) => x.id === a.id);
      expect(mine?.quotations.map((q) => q.review)).toEqual(['proposed', 'rejected', 'corrected']);
      expect(mine?.quotations.map((q) => q.stanceBasis)).toEqual([null, 'speaker role', null]);
      const changed = first.articles.find((x) => x.id === b.id)?.quotations[1];
      expect([changed?.stanceBasis, changed?.proposed.stanceBasis]).toEqual([null, 'speaker role']);
      expect((await store.importAll(first)).unchanged).toBeGreaterThanOrEqual(first.articles.length);

      // Remove the articles and the positions accepted from them, import it all back: the same export,
      // each quotation's review and each position's link to its quotations included.
      expect(first.positions.some((p) => p.quotationIds.length > 0)).toBe(true);
      for (const x of first.positions) await store.positions.remove(x.id);
      for (const x of first.articles) await store.articles.remove(x.id);
      expect((await store.exportAll()).articles).toEqual([]);
      const counts = await store.importAll(first);
      expect(counts).toMatchObject({ articles: first.articles.length, positions: first.positions.length });
      const second = JSON.parse(JSON.stringify(await store.exportAll())) as RecourseExport;
      expect({ ...second, exportedAt: null }).toEqual({ ...first, exportedAt: null });
    });

    it('refuses an import whose article differs from the stored one, or has a bad quotation, importing nothing', async () => {
      const a = await store.articles.import(ARTICLE);
      const x = JSON.parse(JSON.stringify(await store.exportAll())) as RecourseExport;
      const changed = x.articles.map((art) => (art.id === a.id ? { ...art, title: 'another title' } : art));
      const conflict = await refusal(store.importAll({ ...x, articles: changed }));
      expect(conflict.kind).toBe('conflict');
      expect(conflict.errors[0]?.message).toMatch(/a different article/);
      const bad = await refusal(
        store.importAll({
          format: 'recourse-export',
          version: 1,
          articles: [
            {
              id: 'newart01',
              text: 'short text',
              quotations: [{ id: 'q1', start: 0, end: 5, text: 'wrong', review: 'maybe' }],
            },
          ],
        }),
      );
      expect(bad.errors.map((e) => e.path).sort()).toEqual([
        'articles.0.quotations.0.review',
        'articles.0.quotations.0.text',
      ]);
      expect(await store.articles.get('newart01')).toBeNull();
    });
  });
}

contract('articles on PGlite', () => openStore({ dataDir: 'memory://', loadBundledCases: false }));

describePostgres('articles on PostgreSQL', () => {
  let drop = async () => {};
  contract(
    'articles on PostgreSQL (contract)',
    async () => {
      const db = await freshDatabase(POSTGRES_URL as string);
      drop = db.drop;
      return openStore({ databaseUrl: db.url, loadBundledCases: false });
    },
    () => drop(),
  );
});
