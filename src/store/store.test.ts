import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIncident, type Incident, PROPOSALS, PROVISIONS, parseIncident } from '../law/index.js';
import {
  openStore,
  type RecourseExport,
  type Store,
  StoreError,
  StoreUnavailableError,
  userRegime,
} from './index.js';
import { freshDataDir } from './test-data-dir.js';
import { describePostgres, freshDatabase, POSTGRES_URL } from './testkit.js';

/**
 * The store's contract, on PGlite and on PostgreSQL alike. One store per backend for the whole
 * file (a PGlite instance costs seconds and most of a gigabyte); each test uses ids of its own.
 */

const CASES = join(import.meta.dirname, '..', '..', 'data', 'cases');
const garner = parseIncident(readFileSync(join(CASES, 'garner-2014.yaml'), 'utf8'));

let seq = 0;
/** A small valid incident with an id no other test uses. */
function incident(extra: Partial<Incident> = {}): Incident {
  seq += 1;
  return {
    id: `t-${seq}-${Math.random().toString(36).slice(2, 8)}`,
    date: '2020-05-25',
    place: { state: 'MN' },
    ...extra,
  };
}

/** The StoreError a call is refused with (fails the test if it is not refused). */
async function refusal(p: Promise<unknown>): Promise<StoreError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('expected the store to refuse this call');
}

const aProvision = [...PROVISIONS.keys()][0] as string;

function contract(
  name: string,
  open: () => Promise<{ store: Store; raw?: (q: string) => Promise<unknown[]> }>,
) {
  describe(name, () => {
    let store: Store;
    let raw: ((q: string) => Promise<unknown[]>) | undefined;
    beforeAll(async () => {
      ({ store, raw } = await open());
    }, 120_000);
    afterAll(async () => {
      await store?.close();
    });

    describe('bundled cases', () => {
      it('are loaded on first start, marked bundled, exactly as data/cases has them', async () => {
        const list = await store.cases.list();
        const bundled = list.filter((c) => c.bundled);
        expect(bundled.length).toBeGreaterThanOrEqual(28);
        expect(bundled.map((c) => c.id)).toContain('garner-2014');
        const got = await store.cases.get('garner-2014');
        expect(got).toMatchObject({ id: 'garner-2014', bundled: true });
        expect(got?.incident).toEqual(garner);
        expect(list.find((c) => c.id === 'garner-2014')).toMatchObject({ date: '2014-07-17', state: 'NY' });
      });

      it('are read-only', async () => {
        const e = await refusal(store.cases.remove('garner-2014'));
        expect(e.kind).toBe('read-only');
        expect(await store.cases.get('garner-2014')).not.toBeNull();
        const taken = await refusal(store.cases.create({ incident: { ...garner, title: 'mine' } }));
        expect(taken).toMatchObject({ kind: 'conflict', errors: [{ path: 'incident.id' }] });
        expect((await store.cases.get('garner-2014'))?.incident.title).toBe(garner.title);
      });
    });

    describe('scenarios', () => {
      it('are saved under a short shareable id, read back whole, listed and removed', async () => {
        const inc = incident({
          title: 'Über «quotes» & <b>tags</b>',
          conduct: { force: ['chokehold'] },
          harm: 'death',
        });
        const saved = await store.scenarios.create({
          title: 'A title',
          incident: inc,
          regimes: ['current', 'gfjpa-2021'],
          with: ['co-sb20-217'],
        });
        expect(saved.id).toMatch(/^[a-km-np-z2-9]{10}$/);
        expect(saved).toMatchObject({
          title: 'A title',
          incident: inc,
          regimes: ['current', 'gfjpa-2021'],
          with: ['co-sb20-217'],
        });
        expect(new Date(saved.createdAt).toISOString()).toBe(saved.createdAt);
        expect(await store.scenarios.get(saved.id)).toEqual(saved);
        expect(await store.scenarios.list()).toContainEqual({
          id: saved.id,
          title: 'A title',
          incident: inc.id,
          createdAt: saved.createdAt,
        });
        expect(await store.scenarios.remove(saved.id)).toBe(true);
        expect(await store.scenarios.get(saved.id)).toBeNull();
        expect(await store.scenarios.remove(saved.id)).toBe(false);
      });

      it('default to no title, the default regimes and no --with laws', async () => {
        const saved = await store.scenarios.create({ incident: incident() });
        expect(saved).toMatchObject({ title: null, regimes: [], with: [] });
      });

      it('refuse bad input naming every bad field, and write nothing', async () => {
        const before = (await store.scenarios.list()).length;
        const e = await refusal(
          store.scenarios.create({
            incident: { id: 'Bad Id', date: '2020-02-30', place: {} },
            regimes: ['current', 'no-such-regime'],
            with: 'co-sb20-217',
            colour: 'red',
          } as never),
        );
        expect(e.kind).toBe('invalid');
        expect(e.errors.map((x) => x.path).sort()).toEqual(
          ['colour', 'incident.date', 'incident.id', 'incident.place.state', 'regimes.1', 'with'].sort(),
        );
        expect(e.errors.find((x) => x.path === 'regimes.1')?.message).toMatch(
          /expected a regime id.*"no-such-regime"/,
        );
        expect((await store.scenarios.list()).length).toBe(before);
        expect((await refusal(store.scenarios.create(null as never))).errors).toEqual([
          { path: '', message: 'expected a scenario object, got null' },
        ]);
      });

      it('may name a user regime, once it exists', async () => {
        const id = `mine-${seq++}`;
        const e = await refusal(store.scenarios.create({ incident: incident(), regimes: [id] }));
        expect(e.errors[0]?.path).toBe('regimes.0');
        await store.regimes.create({ id, title: 'Mine', provisions: [aProvision] });
        const saved = await store.scenarios.create({ incident: incident(), regimes: [id] });
        expect(saved.regimes).toEqual([id]);
        // ...and the regime stays while a scenario names it.
        expect(await refusal(store.regimes.remove(id))).toMatchObject({
          kind: 'conflict',
          errors: [{ path: 'id', message: expect.stringContaining(saved.id) }],
        });
        expect(await store.regimes.get(id)).not.toBeNull();
        expect(await store.scenarios.remove(saved.id)).toBe(true);
        expect(await store.regimes.remove(id)).toBe(true);
      });

      it('written 40 at once all arrive, each under its own id', async () => {
        const made = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            store.scenarios.create({ title: `burst ${i}`, incident: incident() }),
          ),
        );
        expect(new Set(made.map((s) => s.id)).size).toBe(40);
        const listed = new Set((await store.scenarios.list()).map((s) => s.id));
        for (const s of made) expect(listed.has(s.id)).toBe(true);
      });
    });

    describe("users' cases", () => {
      it('are kept under the incident id, not bundled, and can be removed', async () => {
        const inc = incident({ title: 'My case', findings: { rightViolated: true, mentalState: null } });
        const saved = await store.cases.create({ incident: inc });
        expect(saved).toMatchObject({ id: inc.id, bundled: false, incident: inc });
        expect(await store.cases.get(inc.id)).toEqual(saved);
        expect((await store.cases.list()).find((c) => c.id === inc.id)).toEqual({
          id: inc.id,
          title: 'My case',
          date: '2020-05-25',
          state: 'MN',
          bundled: false,
          createdAt: saved.createdAt,
        });
        const again = await refusal(store.cases.create({ incident: inc }));
        expect(again).toMatchObject({ kind: 'conflict', errors: [{ path: 'incident.id' }] });
        expect(await store.cases.remove(inc.id)).toBe(true);
        expect(await store.cases.get(inc.id)).toBeNull();
        expect(await store.cases.remove(inc.id)).toBe(false);
      });

      it('refuse an incident with a bad field by its path', async () => {
        const e = await refusal(store.cases.create({ incident: { ...incident(), harm: 'bruise' } as never }));
        expect(e).toMatchObject({ kind: 'invalid', errors: [{ path: 'incident.harm' }] });
        expect(e.errors[0]?.message).toMatch(/expected one of .*death.*got "bruise"/);
      });
    });

    describe('user regimes', () => {
      it('are packages of provisions on a base, which the library evaluates', async () => {
        const id = `pkg-${seq++}`;
        const saved = await store.regimes.create({
          id,
          title: 'Registry only',
          provisions: [aProvision],
          base: 'current',
        });
        expect(saved).toMatchObject({
          id,
          title: 'Registry only',
          provisions: [aProvision],
          base: 'current',
        });
        expect(await store.regimes.get(id)).toEqual(saved);
        expect(await store.regimes.list()).toContainEqual(saved);
        const result = evaluateIncident(userRegime(saved), garner);
        expect(result).toMatchObject({ regime: id, hypothetical: true });
        expect(Object.keys(result.routes).sort()).toEqual([
          'employerSuit',
          'federalProsecution',
          'officerSuit',
          'patternOrPractice',
          'stateSuit',
        ]);
        // A base brings its own provisions: on gfjpa-2021 with nothing added, the same results as gfjpa-2021.
        const onBase = userRegime({ id: 'x', title: 'x', provisions: [], base: 'gfjpa-2021' });
        const hr1280 = PROPOSALS.find((p) => p.id === 'gfjpa-2021');
        expect(hr1280).toBeDefined();
        expect(evaluateIncident(onBase, garner).routes).toEqual(
          evaluateIncident(
            userRegime({ id: 'y', title: 'y', provisions: hr1280?.provisions.map((o) => o.id) ?? [] }),
            garner,
          ).routes,
        );
        expect(await store.regimes.remove(id)).toBe(true);
        expect(await store.regimes.remove(id)).toBe(false);
      });

      it('keep the state or local laws of their package, and apply them whenever used', async () => {
        const id = `overlaid-${seq++}`;
        const saved = await store.regimes.create({
          id,
          title: 'With Colorado',
          provisions: [],
          with: ['co-sb20-217'],
        });
        expect(saved.with).toEqual(['co-sb20-217']);
        const read = await store.regimes.get(id);
        expect(read).toEqual(saved);
        // Colorado's SB 20-217 action, applied everywhere, opens a state suit in New York that the law
        // in force leaves not applicable: read back, the regime still carries it.
        const plain = userRegime({ id: 'plain', title: 'plain', provisions: [] });
        expect(evaluateIncident(plain, garner).routes.stateSuit.status).toBe('not-applicable');
        expect(
          evaluateIncident(userRegime(read as NonNullable<typeof read>), garner).routes.stateSuit.status,
        ).toBe('undetermined');
        // Laws asked for at use are added to the saved ones, not put in their place.
        const both = userRegime(read as NonNullable<typeof read>, ['nm-hb4-2021']);
        expect(both.id).toBe(`${id}+nm-hb4-2021`);
        expect(evaluateIncident(both, garner).routes.stateSuit.status).toBe('undetermined');
        expect(userRegime(read as NonNullable<typeof read>).id).toBe(id);
        // Saved without any, a regime keeps an empty list.
        const bare = await store.regimes.create({ id: `bare-${seq++}`, title: 'Bare', provisions: [] });
        expect(bare.with).toEqual([]);
        // An export written before regimes kept their laws imports as a regime without any.
        const old = `old-${seq++}`;
        const counts = await store.importAll({
          ...(await store.exportAll()),
          scenarios: [],
          cases: [],
          regimes: [{ id: old, title: 'Old', provisions: [], base: null, createdAt: saved.createdAt }],
        });
        expect(counts.regimes).toBe(1);
        expect((await store.regimes.get(old))?.with).toEqual([]);
        const bad = await refusal(
          store.regimes.create({
            id: `bad-${seq++}`,
            title: 'B',
            provisions: [],
            with: ['co-sb20-217', 'atlantis'],
          }),
        );
        expect(bad.errors.map((e) => e.path)).toEqual(['with.1']);
        expect(bad.errors[0]?.message).toMatch(/expected a state or local law id.*"atlantis"/);
      });

      it('refuse unknown provisions, bases and built-in ids, and taken ids', async () => {
        const bad = await refusal(
          store.regimes.create({
            id: 'current',
            title: '',
            provisions: [aProvision, 'nope'],
            base: 'nowhere',
          }),
        );
        expect(bad.errors.map((e) => e.path).sort()).toEqual(['base', 'id', 'provisions.1', 'title']);
        const twice = await refusal(
          store.regimes.create({ id: 'twice', title: 'T', provisions: [aProvision, aProvision] }),
        );
        expect(twice.errors).toEqual([{ path: 'provisions.1', message: `"${aProvision}" is listed twice` }]);
        const id = `taken-${seq++}`;
        await store.regimes.create({ id, title: 'T', provisions: [] });
        expect(await refusal(store.regimes.create({ id, title: 'T2', provisions: [] }))).toMatchObject({
          kind: 'conflict',
          errors: [{ path: 'id' }],
        });
        expect((await store.regimes.get(id))?.title).toBe('T');
      });
    });

    describe('tokens', () => {
      it('verify until revoked; only their hash is kept', async () => {
        const { id, token } = await store.tokens.create('editor one');
        expect(token).toMatch(/^rct_[A-Za-z0-9_-]{43}$/);
        expect(await store.tokens.verify(token)).toBe(true);
        expect(await store.tokens.verify(`${token}x`)).toBe(false);
        expect(await store.tokens.verify('')).toBe(false);
        const listed = await store.tokens.list();
        expect(listed.find((t) => t.id === id)).toMatchObject({ id, label: 'editor one' });
        expect(JSON.stringify(listed)).not.toContain(token);
        if (raw) {
          const rows = await raw('select * from tokens');
          expect(JSON.stringify(rows)).not.toContain(token);
          expect(JSON.stringify(rows)).not.toContain(token.slice(4));
        }
        expect(await store.tokens.revoke(id)).toBe(true);
        expect(await store.tokens.verify(token)).toBe(false);
        expect(await store.tokens.revoke(id)).toBe(false);
        expect((await store.tokens.list()).some((t) => t.id === id)).toBe(false);
      });

      it('refuse an empty label', async () => {
        expect(await refusal(store.tokens.create('  '))).toMatchObject({
          kind: 'invalid',
          errors: [{ path: 'label' }],
        });
      });
    });

    describe('export and import', () => {
      it('round-trips everything users created, losslessly, and leaves out bundled cases and tokens', async () => {
        const regimeId = `rt-${seq++}`;
        await store.regimes.create({
          id: regimeId,
          title: 'Round trip «ü»',
          provisions: [aProvision],
          base: 'scott-2021',
          with: ['co-sb20-217', 'nm-hb4-2021'],
        });
        await store.scenarios.create({
          title: null,
          incident: garner,
          regimes: [regimeId, 'current'],
          with: ['nm-hb4-2021'],
        });
        await store.scenarios.create({
          title: 'Émoji 🚓 and "quotes"',
          incident: incident({
            sources: [{ url: 'https://example.org/a?b=c&d', note: null }],
            actual: { settlementUsd: 5_900_000, federalCharges: 'declined', x: null, y: true },
          }),
        });
        await store.cases.create({
          incident: incident({
            notes: 'line one\nline two',
            conduct: { force: ['taser', 'k9'], claims: null },
          }),
        });
        const { token } = await store.tokens.create('not exported');

        const first = JSON.parse(JSON.stringify(await store.exportAll())) as RecourseExport;
        expect(first).toMatchObject({ format: 'recourse-export', version: 1 });
        expect(first.cases.every((c) => !c.bundled)).toBe(true);
        expect(first.cases.some((c) => c.id === 'garner-2014')).toBe(false);
        expect(JSON.stringify(first)).not.toContain(token);
        expect(first.regimes.find((r) => r.id === regimeId)?.with).toEqual(['co-sb20-217', 'nm-hb4-2021']);

        // Importing what is there already changes nothing.
        expect(await store.importAll(first)).toEqual({
          scenarios: 0,
          cases: 0,
          regimes: 0,
          positions: 0,
          articles: 0,
          unchanged: first.scenarios.length + first.cases.length + first.regimes.length,
        });

        // Remove all of it, import it back: the next export is the same, item for item.
        for (const s of first.scenarios) await store.scenarios.remove(s.id);
        for (const c of first.cases) await store.cases.remove(c.id);
        for (const r of first.regimes) await store.regimes.remove(r.id);
        expect((await store.exportAll()).scenarios).toEqual([]);
        expect(await store.importAll(first)).toEqual({
          scenarios: first.scenarios.length,
          cases: first.cases.length,
          regimes: first.regimes.length,
          positions: 0,
          articles: 0,
          unchanged: 0,
        });
        const second = JSON.parse(JSON.stringify(await store.exportAll())) as RecourseExport;
        expect({ ...second, exportedAt: null }).toEqual({ ...first, exportedAt: null });
        expect(JSON.stringify({ ...second, exportedAt: null })).toBe(
          JSON.stringify({ ...first, exportedAt: null }),
        );
      });

      it('is all or nothing: one bad or conflicting item and nothing is imported', async () => {
        const before = await store.exportAll();
        const good = {
          id: 'goodscen01',
          title: 'ok',
          incident: incident(),
          regimes: [],
          with: [],
          createdAt: '2021-01-01T00:00:00.000Z',
        };
        const bad = { ...good, id: 'badscen001', incident: { ...incident(), date: 'yesterday' } };
        const e = await refusal(
          store.importAll({
            format: 'recourse-export',
            version: 1,
            exportedAt: '',
            scenarios: [good, bad],
            cases: [],
            regimes: [],
          }),
        );
        expect(e).toMatchObject({ kind: 'invalid', errors: [{ path: 'scenarios.1.incident.date' }] });
        expect(await store.scenarios.get('goodscen01')).toBeNull();

        const mine = incident();
        await store.cases.create({ incident: mine });
        const clash = await refusal(
          store.importAll({
            format: 'recourse-export',
            version: 1,
            exportedAt: '',
            scenarios: [good],
            cases: [
              {
                id: mine.id,
                incident: { ...mine, title: 'different' },
                bundled: false,
                createdAt: '2021-01-01T00:00:00.000Z',
              },
            ],
            regimes: [],
          }),
        );
        expect(clash).toMatchObject({ kind: 'conflict', errors: [{ path: 'cases.0.id' }] });
        expect(await store.scenarios.get('goodscen01')).toBeNull();
        const after = await store.exportAll();
        expect(after.scenarios).toEqual(before.scenarios);
      });

      it('takes an import of more items than one insert carries (slices of 1,000), in one transaction', async () => {
        const many = Array.from({ length: 1200 }, (_, i) => ({
          id: `bulk${String(i).padStart(6, '0')}`,
          title: `bulk ${i}`,
          incident: incident(),
          regimes: ['current'],
          with: [],
          createdAt: '2024-01-01T00:00:00.000Z',
        }));
        const x = { format: 'recourse-export', version: 1, scenarios: many, cases: [], regimes: [] };
        expect(await store.importAll(x)).toEqual({
          scenarios: 1200,
          cases: 0,
          regimes: 0,
          positions: 0,
          articles: 0,
          unchanged: 0,
        });
        expect(await store.importAll(x)).toEqual({
          scenarios: 0,
          cases: 0,
          regimes: 0,
          positions: 0,
          articles: 0,
          unchanged: 1200,
        });
        expect(await store.scenarios.get('bulk001199')).toMatchObject({ title: 'bulk 1199' });
        await Promise.all(many.map((s) => store.scenarios.remove(s.id)));
      });

      it('refuses what is not an export, naming the field', async () => {
        expect((await refusal(store.importAll([]))).errors[0]).toEqual({
          path: '',
          message: 'expected a Recourse export object, got a list',
        });
        const e = await refusal(store.importAll({ format: 'other', version: 2, scenarios: {} }));
        expect(e.errors.map((x) => x.path)).toEqual(['format', 'version', 'scenarios']);
        const bundled = await refusal(
          store.importAll({
            format: 'recourse-export',
            version: 1,
            cases: [
              {
                id: 'zz-1',
                incident: { id: 'zz-1', date: '2020-01-01', place: { state: 'NY' } },
                bundled: true,
                createdAt: 'then',
              },
            ],
          }),
        );
        expect(bundled.errors.map((x) => x.path).sort()).toEqual(['cases.0.bundled', 'cases.0.createdAt']);
      });
    });
  });
}

describe('a DATABASE_URL that cannot be used', () => {
  it('is refused naming DATABASE_URL, and never shows the password', async () => {
    await expect(openStore({ databaseUrl: 'not a url' })).rejects.toThrow(
      new StoreUnavailableError('expected a URL like postgres://user@host:port/database'),
    );
    const down = openStore({ databaseUrl: 'postgres://me:hunter2@127.0.0.1:1/db' });
    await expect(down).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(down).rejects.toThrow(
      /^DATABASE_URL: cannot reach the PostgreSQL server at postgres:\/\/127\.0\.0\.1:1\/db: /,
    );
    await expect(down).rejects.not.toThrow(/hunter2/);
  });
});

// A copy of the migrated template (test-data-dir.ts), not memory://: initdb and the migrations
// cost 5-6 s of CPU, the copy about 1 s. memory:// stays tested by articles.test.ts.
let pgliteDir = '';
afterAll(() => {
  if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
});
contract('the store on PGlite', async () => {
  pgliteDir = await freshDataDir('recourse-store-');
  return { store: await openStore({ dataDir: pgliteDir }) };
});

describePostgres('the store on PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  afterAll(async () => {
    await db?.drop();
  });
  contract('contract', async () => {
    db = await freshDatabase(POSTGRES_URL as string);
    const raw = async (q: string) => {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        return (await c.query(q)).rows;
      } finally {
        await c.end();
      }
    };
    return { store: await openStore({ databaseUrl: db.url }), raw };
  });

  it('keeps the bundled cases in step with the install: added, changed and withdrawn, never over a user case', async () => {
    const own = await freshDatabase(POSTGRES_URL as string);
    const dir = mkdtempSync(join(tmpdir(), 'recourse-bundled-'));
    const write = (id: string, title: string) =>
      writeFileSync(
        join(dir, `${id}.yaml`),
        `id: ${id}\ntitle: ${title}\ndate: 2020-01-01\nplace: { state: NY }\n`,
      );
    try {
      write('b-kept', 'first');
      write('b-withdrawn', 'first');
      let store = await openStore({ databaseUrl: own.url, bundledCasesDir: dir });
      await store.cases.create({
        incident: { id: 'b-new', title: 'mine', date: '2021-01-01', place: { state: 'CA' } },
      });
      await store.close();
      rmSync(join(dir, 'b-withdrawn.yaml'));
      write('b-kept', 'second');
      write('b-new', 'bundled now');
      write('b-added', 'first');
      store = await openStore({ databaseUrl: own.url, bundledCasesDir: dir });
      try {
        const cases = await store.cases.list();
        expect(cases.map((c) => [c.id, c.title, c.bundled])).toEqual([
          ['b-added', 'first', true],
          ['b-kept', 'second', true],
          ['b-new', 'mine', false],
        ]);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await own.drop();
    }
  });

  it('two stores starting together on one database migrate it once, and both work', async () => {
    const [a, b] = await Promise.all([
      openStore({ databaseUrl: db.url }),
      openStore({ databaseUrl: db.url }),
    ]);
    const s = await a.scenarios.create({ incident: incident() });
    expect(await b.scenarios.get(s.id)).toEqual(s);
    await Promise.all([a.close(), b.close()]);
  });
});
