import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from './backends.js';
import {
  type NewPosition,
  openStore,
  type RecourseExport,
  type Store,
  type StoredPosition,
  StoreError,
} from './index.js';
import * as schema from './schema.js';
import { freshDataDir } from './test-data-dir.js';
import { describePostgres, freshDatabase, POSTGRES_URL } from './testkit.js';

/**
 * store.positions: the negotiation model's positions, recorded by users with their evidence and
 * the stored news quotations they cite. On PGlite (a data directory holding one article with two
 * quotations, written before the store opens) and on PostgreSQL when DATABASE_URL is set.
 */

async function refusal(p: Promise<unknown>): Promise<StoreError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('expected the store to refuse this call');
}

const evidence = {
  speaker: 'Sen. Tim Scott',
  quote: 'Qualified immunity is off the table.',
  url: 'https://example.org/scott-2021-05-01',
  date: '2021-05-01',
};

const position = (extra: Partial<NewPosition> = {}): NewPosition => ({
  party: 'SCOTT',
  issue: 'QI',
  option: 'QI-1',
  stance: 'red-line-against',
  date: '2021-05-01',
  evidence: [evidence],
  ...extra,
});

/** Puts an article and its quotations q-one and q-two in the database (the news code will). */
async function seedQuotations(db: Awaited<ReturnType<typeof openPglite>>['db']): Promise<void> {
  await db.insert(schema.articles).values({ id: 'art-1', text: 'Scott said: "off the table".' });
  await db.insert(schema.quotations).values([
    { id: 'q-one', articleId: 'art-1', speaker: 'Tim Scott', text: 'off the table', start: 13, end: 26 },
    { id: 'q-two', articleId: 'art-1', speaker: 'Tim Scott', text: 'Scott said', start: 0, end: 10 },
  ]);
}

function contract(name: string, open: () => Promise<Store>) {
  describe(name, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    }, 120_000);
    afterAll(async () => {
      await store?.close();
    });

    it('records a position with its evidence and quotations, and reads it back whole', async () => {
      const made = await store.positions.create(
        position({ dateInferred: true, dateAsGiven: 'early May 2021', quotationIds: ['q-two', 'q-one'] }),
      );
      expect(made).toEqual({
        id: made.id,
        party: 'SCOTT',
        issue: 'QI',
        option: 'QI-1',
        stance: 'red-line-against',
        date: '2021-05-01',
        dateInferred: true,
        dateAsGiven: 'early May 2021',
        evidence: [evidence],
        quotationIds: ['q-two', 'q-one'],
        createdAt: made.createdAt,
        updatedAt: made.createdAt,
      });
      expect(made.id).toMatch(/^[a-z2-9]{10}$/);
      expect(await store.positions.get(made.id)).toEqual(made);
      expect(await store.positions.get('nosuchid00')).toBeNull();
      expect(await store.positions.remove(made.id)).toBe(true);
      expect(await store.positions.remove(made.id)).toBe(false);
    });

    it('lists by party, issue and date known', async () => {
      const a = await store.positions.create(
        position({ party: 'BASS', date: '2021-03-01', stance: 'supports' }),
      );
      const b = await store.positions.create(
        position({
          party: 'BASS',
          issue: 'S242',
          option: '242-1',
          date: '2021-04-25',
          stance: 'red-line-for',
        }),
      );
      const c = await store.positions.create(
        position({ party: 'NAPO', date: '2021-06-01', stance: 'opposes' }),
      );
      const ids = (list: StoredPosition[]) =>
        list.map((p) => p.id).filter((id) => [a.id, b.id, c.id].includes(id));
      expect(ids(await store.positions.list())).toEqual([a.id, b.id, c.id]);
      expect(ids(await store.positions.list({ party: 'BASS' }))).toEqual([a.id, b.id]);
      expect(ids(await store.positions.list({ issue: 'QI' }))).toEqual([a.id, c.id]);
      expect(ids(await store.positions.list({ asOf: '2021-04-25' }))).toEqual([a.id, b.id]);
      expect(ids(await store.positions.list({ party: 'NAPO', asOf: '2021-05-31' }))).toEqual([]);
      expect((await refusal(store.positions.list({ asOf: 'May 2021' }))).errors).toEqual([
        { path: 'asOf', message: 'expected a date YYYY-MM-DD, got "May 2021"' },
      ]);
      for (const p of [a, b, c]) await store.positions.remove(p.id);
    });

    it('refuses a position without evidence, naming `evidence`, and writes nothing', async () => {
      const before = (await store.positions.list()).length;
      const { evidence: _, ...bare } = position();
      for (const input of [bare, position({ evidence: [] })]) {
        const e = await refusal(store.positions.create(input as NewPosition));
        expect(e.kind).toBe('invalid');
        expect(e.errors).toEqual([
          {
            path: 'evidence',
            message:
              'required: expected a list of at least one piece of evidence, each { speaker, quote or paraphrase, url or sourceNote, date }',
          },
        ]);
      }
      expect((await store.positions.list()).length).toBe(before);
    });

    it('refuses bad fields by their path: the model schema and the negotiation both', async () => {
      const e = await refusal(
        store.positions.create({
          ...position({
            party: 'NOBODY',
            stance: 'keen' as never,
            date: '2021-02-30',
            evidence: [{ speaker: 'x', date: '2021-05-01', url: 'not a url' }] as never,
          }),
          colour: 'red',
        } as NewPosition),
      );
      const paths = e.errors.map((x) => x.path).sort();
      expect(paths).toEqual(['colour', 'date', 'evidence.0', 'evidence.0.url', 'party', 'stance'].sort());
      expect(e.errors.find((x) => x.path === 'evidence.0')?.message).toBe('expected a quote or a paraphrase');
      const script = await refusal(
        store.positions.create(position({ evidence: [{ ...evidence, url: 'javascript:alert(1)' }] })),
      );
      expect(script.errors).toEqual([
        { path: 'evidence.0.url', message: 'expected an http:// or https:// URL, got "javascript:alert(1)"' },
      ]);
      const opt = await refusal(store.positions.create(position({ option: 'QI-9' })));
      expect(opt.errors).toEqual([
        {
          path: 'option',
          message: expect.stringMatching(/^unknown option "QI-9" of QI; expected one of QI-0, QI-1/),
        },
      ]);
      const q = await refusal(
        store.positions.create(position({ quotationIds: ['q-one', 'q-none', 7 as never] })),
      );
      expect(q.errors).toEqual([{ path: 'quotationIds.2', message: 'expected a quotation id, got 7' }]);
      const missing = await refusal(store.positions.create(position({ quotationIds: ['q-one', 'q-none'] })));
      expect(missing.errors).toEqual([{ path: 'quotationIds.1', message: 'no stored quotation "q-none"' }]);
      expect((await store.positions.list()).some((p) => p.party === 'NOBODY' || p.option === 'QI-9')).toBe(
        false,
      );
    });

    it('takes an edit only with new evidence, and replaces the position whole', async () => {
      const made = await store.positions.create(position({ quotationIds: ['q-one'] }));
      const same = await refusal(store.positions.update(made.id, position({ stance: 'opposes' })));
      expect(same.errors).toEqual([
        {
          path: 'evidence',
          message:
            'an edit must carry new evidence: every piece given is already on the position; add the source for the change',
        },
      ]);
      const none = await refusal(
        store.positions.update(made.id, position({ stance: 'opposes', evidence: [] })),
      );
      expect(none.errors.map((x) => x.path)).toEqual(['evidence']);
      expect(await store.positions.get(made.id)).toEqual(made);

      const later = {
        speaker: 'Sen. Tim Scott',
        paraphrase: 'open to employer liability',
        sourceNote: 'CBS, no URL',
        date: '2021-06-02',
      };
      const edited = await store.positions.update(
        made.id,
        position({ stance: 'opposes', evidence: [evidence, later], quotationIds: ['q-two'] }),
      );
      expect(edited).toMatchObject({
        id: made.id,
        stance: 'opposes',
        evidence: [evidence, later],
        quotationIds: ['q-two'],
      });
      expect(edited?.createdAt).toBe(made.createdAt);
      expect(Date.parse(edited?.updatedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(made.updatedAt));
      expect(await store.positions.get(made.id)).toEqual(edited);
      expect(await store.positions.update('nosuchid00', position({ evidence: [later] }))).toBeNull();
      await store.positions.remove(made.id);
    });

    it('goes into an export and back losslessly; a bad position fails the whole import', async () => {
      const made = [
        await store.positions.create(position({ quotationIds: ['q-one', 'q-two'] })),
        await store.positions.create(
          position({
            party: 'CIVIL',
            issue: 'FUNDING',
            option: 'FUND-1',
            stance: 'supports',
            date: '2021-09-01',
            dateInferred: true,
            dateAsGiven: 'September 2021',
            evidence: [{ ...evidence, speaker: 'LDF', quote: '<b>"Fund" & condition</b>' }],
          }),
        ),
      ];
      const first = JSON.parse(JSON.stringify(await store.exportAll())) as RecourseExport;
      expect(first.positions.filter((p) => made.some((m) => m.id === p.id))).toEqual(made);
      expect(await store.importAll(first)).toMatchObject({ positions: 0 });

      for (const p of first.positions) await store.positions.remove(p.id);
      expect(await store.importAll(first)).toMatchObject({ positions: first.positions.length });
      const second = JSON.parse(JSON.stringify(await store.exportAll())) as RecourseExport;
      expect(JSON.stringify({ ...second, exportedAt: null })).toBe(
        JSON.stringify({ ...first, exportedAt: null }),
      );

      const changed = { ...first, positions: [{ ...first.positions[0], stance: 'accepts' }] };
      expect((await refusal(store.importAll(changed))).errors).toEqual([
        { path: 'positions.0.id', message: `a different position "${made[0]?.id}" is already there` },
      ]);
      const fresh = { ...position(), id: 'imported-1' };
      const bad = {
        format: 'recourse-export',
        version: 1,
        positions: [fresh, { ...position(), id: 'imported-2', evidence: undefined }],
      };
      expect((await refusal(store.importAll(bad))).errors.map((x) => x.path)).toEqual([
        'positions.1.evidence',
      ]);
      const unknownQuote = {
        format: 'recourse-export',
        version: 1,
        positions: [{ ...fresh, quotationIds: ['q-gone'] }],
      };
      expect((await refusal(store.importAll(unknownQuote))).errors).toEqual([
        { path: 'positions.0.quotationIds.0', message: 'no stored quotation "q-gone"' },
      ]);
      expect(await store.positions.get('imported-1')).toBeNull();
      for (const p of made) await store.positions.remove(p.id);
    });
  });
}

// A copy of the migrated PGlite template: a fresh data directory runs initdb and the migrations (5-6 s of CPU).
let dir = '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

contract('store.positions on PGlite', async () => {
  dir = await freshDataDir('recourse-positions-');
  const backend = await openPglite(dir);
  await seedQuotations(backend.db);
  await backend.close();
  return openStore({ dataDir: dir, loadBundledCases: false });
});

describePostgres('store.positions on PostgreSQL', () => {
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => drop?.());
  contract('contract', async () => {
    const fresh = await freshDatabase(POSTGRES_URL as string);
    drop = fresh.drop;
    const { openPostgres } = await import('./backends.js');
    const backend = await openPostgres(fresh.url);
    await seedQuotations(backend.db);
    await backend.close();
    return openStore({ databaseUrl: fresh.url, loadBundledCases: false });
  });
});
