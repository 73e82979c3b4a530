import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { parseIncident } from '../law/index.js';
import {
  articlesCollection,
  exportedArticles,
  insertImportedArticles,
  oldArticles,
  type RecordPosition,
} from './articles.js';
import { type Db, openPglite, openPostgres } from './backends.js';
import { StoreError } from './errors.js';
import { checkExport } from './export-format.js';
import { shortId } from './ids.js';
import type {
  CaseSummary,
  ImportCounts,
  NewCase,
  NewRegime,
  NewScenario,
  Page,
  RecourseExport,
  Scenario,
  ScenarioSummary,
  Store,
  StoredCase,
  StoreOptions,
  TokenInfo,
  UserRegime,
} from './index.js';
import { afterCursor, checkCursor } from './pages.js';
import {
  bundledNegotiation,
  checkPosition,
  checkQuotations,
  insertPosition,
  positionsCollection,
  withQuotations,
} from './positions.js';
import { deepFreeze, ReadCache } from './read-cache.js';
import * as schema from './schema.js';
import { BUILT_IN_REGIMES, checkCase, checkRegime, checkScenario } from './validate.js';

/**
 * Opens the store: PostgreSQL when a database URL is given (or DATABASE_URL is set), else PGlite
 * in the data directory. Applies the committed migrations (drizzle/) and, unless told not to,
 * loads the bundled cases.
 */

/** A database or a transaction in it: both run the same queries. */
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const ROOT = fileURLToPath(new URL('../..', import.meta.url)); // src/store or dist/store -> the package
const BUNDLED_CASES = join(ROOT, 'data', 'cases');

/** What the saved scenarios read by id may take in memory (PGlite only), in UTF-16 units of JSON. */
const SCENARIO_CACHE_BYTES = 32 * 1024 * 1024;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(sha256(a), 'hex');
  const y = Buffer.from(sha256(b), 'hex');
  return timingSafeEqual(x, y);
}

const iso = (d: Date) => d.toISOString();

function toScenario(row: typeof schema.scenarios.$inferSelect): Scenario {
  return {
    id: row.id,
    title: row.title,
    incident: row.incident,
    regimes: row.regimes,
    with: row.with,
    createdAt: iso(row.createdAt),
  };
}

function toCase(row: typeof schema.cases.$inferSelect): StoredCase {
  return { id: row.id, incident: row.incident, bundled: row.bundled, createdAt: iso(row.createdAt) };
}

function toRegime(row: typeof schema.regimes.$inferSelect): UserRegime {
  return {
    id: row.id,
    title: row.title,
    provisions: row.provisions,
    base: row.base,
    with: row.with,
    createdAt: iso(row.createdAt),
  };
}

const listedCases = { table: schema.cases, id: schema.cases.id, createdAt: schema.cases.createdAt };
const listedRegimes = { table: schema.regimes, id: schema.regimes.id, createdAt: schema.regimes.createdAt };

/**
 * The cases after `page.after` in the list's order: the bundled ones first, then the users' own,
 * each by id (the bundled cases, a few dozen, are in the first page).
 */
function caseAfter(page: Page | undefined) {
  if (page?.after === undefined) return undefined;
  return sql`(not ${schema.cases.bundled}, ${schema.cases.id}) > (select not c.bundled, c.id from ${schema.cases} as c where c.id = ${page.after})`;
}

/** The regime ids a scenario may name: the built-in ones and the user's. */
async function regimeIds(tx: Tx | Db): Promise<Set<string>> {
  const rows = await tx.select({ id: schema.regimes.id }).from(schema.regimes);
  return new Set([...BUILT_IN_REGIMES, ...rows.map((r) => r.id)]);
}

/** The bundled case files of `dir` (YAML or JSON), by name, in a stable order, with their text. */
function bundledCaseFiles(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const digestOfFiles = (files: readonly { name: string; text: string }[]) =>
  sha256(files.map((f) => `${f.name}\0${f.text}`).join('\0\0'));

/**
 * The digest by which a store knows it holds this version of the bundled cases: of the files'
 * names and texts. The incident schema only checks (strict objects, no defaults, no transforms),
 * so a parsed case is its file's document and the texts decide the stored cases; digesting the
 * texts spares every opening of the store the parse of every case (about 1 s of CPU for the
 * YAML), which is done only when they changed.
 */
export function bundledCasesDigest(dir: string = BUNDLED_CASES): string {
  return digestOfFiles(bundledCaseFiles(dir));
}

/**
 * Puts the bundled cases in the store when it does not have this version of them yet: new ones
 * are added, changed ones updated, withdrawn ones removed. A user's own case keeps its id.
 */
async function loadBundledCases(db: Db, dir: string): Promise<void> {
  const files = bundledCaseFiles(dir);
  const digest = digestOfFiles(files);
  const [seen] = await db.select().from(schema.meta).where(eq(schema.meta.key, 'bundled-cases'));
  if (seen?.value === digest) return;
  const incidents = files.map((f) => parseIncident(f.text, join(dir, f.name)));
  await db.transaction(async (tx) => {
    const ids = incidents.map((i) => i.id);
    await tx
      .delete(schema.cases)
      .where(
        and(eq(schema.cases.bundled, true), ids.length > 0 ? notInArray(schema.cases.id, ids) : undefined),
      );
    if (incidents.length > 0) {
      await tx
        .insert(schema.cases)
        .values(incidents.map((incident) => ({ id: incident.id, incident, bundled: true })))
        .onConflictDoUpdate({
          target: schema.cases.id,
          set: { incident: sql`excluded.incident` },
          setWhere: eq(schema.cases.bundled, true),
        });
    }
    await tx
      .insert(schema.meta)
      .values({ key: 'bundled-cases', value: digest })
      .onConflictDoUpdate({ target: schema.meta.key, set: { value: digest } });
  });
}

export async function openStore(opts: StoreOptions = {}): Promise<Store> {
  // An explicit data directory means PGlite, whatever DATABASE_URL says.
  const databaseUrl = opts.databaseUrl ?? (opts.dataDir ? undefined : process.env.DATABASE_URL);
  const backend = databaseUrl
    ? await openPostgres(databaseUrl)
    : await openPglite(opts.dataDir ?? process.env.RECOURSE_DATA ?? '.recourse');
  const { db } = backend;
  const envToken = opts.envToken ?? process.env.RECOURSE_TOKEN;
  try {
    if (opts.loadBundledCases ?? true) await loadBundledCases(db, opts.bundledCasesDir ?? BUNDLED_CASES);
  } catch (e) {
    await backend.close();
    throw e;
  }

  // A saved scenario never changes: where this process is the database's only client, one read
  // by id is kept (32 MB at most), and a removal drops it. GET /v1/scenarios/:id then costs no
  // query (docs/performance.md). On a PostgreSQL server other processes may remove it: no cache.
  const readCache = backend.exclusive ? new ReadCache<Scenario>(SCENARIO_CACHE_BYTES) : null;

  const scenarios: Store['scenarios'] = {
    async create(input: NewScenario): Promise<Scenario> {
      return db.transaction(async (tx) => {
        const s = checkScenario(input, await regimeIds(tx));
        for (;;) {
          const [row] = await tx
            .insert(schema.scenarios)
            .values({ id: shortId(), ...s, createdAt: new Date() })
            .onConflictDoNothing()
            .returning();
          if (row) return toScenario(row);
        }
      });
    },
    async get(id) {
      const kept = readCache?.get(id);
      if (kept) return kept;
      const version = readCache?.version ?? 0;
      const [row] = await db.select().from(schema.scenarios).where(eq(schema.scenarios.id, id));
      if (!row) return null;
      const scenario = toScenario(row);
      if (readCache) {
        // The size of its JSON, roughly what it holds in memory.
        readCache.keep(id, deepFreeze(scenario), JSON.stringify(scenario).length, version);
      }
      return scenario;
    },
    async list(page?: Page): Promise<ScenarioSummary[]> {
      const listed = {
        table: schema.scenarios,
        id: schema.scenarios.id,
        createdAt: schema.scenarios.createdAt,
      };
      const query = db
        .select({
          id: schema.scenarios.id,
          title: schema.scenarios.title,
          incident: sql<string>`${schema.scenarios.incident}->>'id'`,
          createdAt: schema.scenarios.createdAt,
        })
        .from(schema.scenarios)
        .where(afterCursor(listed, page))
        .orderBy(asc(schema.scenarios.createdAt), asc(schema.scenarios.id));
      const rows = page ? await query.limit(page.limit) : await query;
      await checkCursor(db, listed, page, rows, 'scenario');
      return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt) }));
    },
    async remove(id) {
      readCache?.remove(id);
      try {
        const rows = await db
          .delete(schema.scenarios)
          .where(eq(schema.scenarios.id, id))
          .returning({ id: schema.scenarios.id });
        return rows.length > 0;
      } finally {
        readCache?.remove(id);
      }
    },
  };

  const cases: Store['cases'] = {
    async create(input: NewCase): Promise<StoredCase> {
      const { incident } = checkCase(input);
      const [row] = await db
        .insert(schema.cases)
        .values({ id: incident.id, incident, bundled: false, createdAt: new Date() })
        .onConflictDoNothing()
        .returning();
      if (!row) {
        throw new StoreError('conflict', [
          { path: 'incident.id', message: `a case "${incident.id}" is already there` },
        ]);
      }
      return toCase(row);
    },
    async get(id) {
      const [row] = await db.select().from(schema.cases).where(eq(schema.cases.id, id));
      return row ? toCase(row) : null;
    },
    async list(page?: Page): Promise<CaseSummary[]> {
      const order = [desc(schema.cases.bundled), asc(schema.cases.id)];
      // The page's ids are chosen first, from the ids alone; then the summary's fields are taken
      // out of those incidents only, by the database, instead of every incident read whole.
      const inPage = page
        ? inArray(
            schema.cases.id,
            db
              .select({ id: schema.cases.id })
              .from(schema.cases)
              .where(caseAfter(page))
              .orderBy(...order)
              .limit(page.limit),
          )
        : undefined;
      const rows = await db
        .select({
          id: schema.cases.id,
          title: sql<string | null>`${schema.cases.incident}->>'title'`,
          date: sql<string>`${schema.cases.incident}->>'date'`,
          state: sql<string>`${schema.cases.incident}->'place'->>'state'`,
          bundled: schema.cases.bundled,
          createdAt: schema.cases.createdAt,
        })
        .from(schema.cases)
        .where(inPage)
        .orderBy(...order);
      await checkCursor(db, listedCases, page, rows, 'case');
      return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt) }));
    },
    async remove(id) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .select({ bundled: schema.cases.bundled })
          .from(schema.cases)
          .where(eq(schema.cases.id, id));
        if (!row) return false;
        if (row.bundled) {
          throw new StoreError('read-only', [
            { path: 'id', message: `"${id}" is a bundled case; it cannot be removed` },
          ]);
        }
        await tx.delete(schema.cases).where(eq(schema.cases.id, id));
        return true;
      });
    },
  };

  const regimes: Store['regimes'] = {
    async create(input: NewRegime): Promise<UserRegime> {
      const r = checkRegime(input);
      const [row] = await db
        .insert(schema.regimes)
        .values({ ...r, createdAt: new Date() })
        .onConflictDoNothing()
        .returning();
      if (!row)
        throw new StoreError('conflict', [{ path: 'id', message: `a regime "${r.id}" is already there` }]);
      return toRegime(row);
    },
    async get(id) {
      const [row] = await db.select().from(schema.regimes).where(eq(schema.regimes.id, id));
      return row ? toRegime(row) : null;
    },
    async list(page?: Page): Promise<UserRegime[]> {
      const query = db
        .select()
        .from(schema.regimes)
        .where(
          page?.after === undefined
            ? undefined
            : sql`${schema.regimes.id} > (select c.id from ${schema.regimes} as c where c.id = ${page.after})`,
        )
        .orderBy(asc(schema.regimes.id));
      const rows = page ? await query.limit(page.limit) : await query;
      await checkCursor(db, listedRegimes, page, rows, 'saved regime');
      return rows.map(toRegime);
    },
    /** A regime a saved scenario names is kept: the scenario would no longer evaluate. */
    async remove(id) {
      return db.transaction(async (tx) => {
        const users = await tx
          .select({ id: schema.scenarios.id })
          .from(schema.scenarios)
          .where(sql`${schema.scenarios.regimes} @> ${JSON.stringify([id])}::jsonb`)
          .orderBy(asc(schema.scenarios.id))
          .limit(5);
        if (users.length > 0) {
          const named = users.map((u) => u.id).join(', ');
          throw new StoreError('conflict', [
            {
              path: 'id',
              message: `regime "${id}" is named by saved scenarios (${named}${users.length === 5 ? ', ...' : ''}); remove them first`,
            },
          ]);
        }
        const rows = await tx
          .delete(schema.regimes)
          .where(eq(schema.regimes.id, id))
          .returning({ id: schema.regimes.id });
        return rows.length > 0;
      });
    },
  };

  const positions = positionsCollection(db, () => opts.negotiation ?? bundledNegotiation());

  const tokens: Store['tokens'] = {
    async create(label: string) {
      if (typeof label !== 'string' || label.trim() === '' || label.length > 200) {
        throw new StoreError('invalid', [
          { path: 'label', message: 'expected a label of 1 to 200 characters' },
        ]);
      }
      const token = `rct_${randomBytes(32).toString('base64url')}`;
      const id = shortId();
      await db.insert(schema.tokens).values({ id, label, hash: sha256(token), createdAt: new Date() });
      return { id, token };
    },
    async verify(token: string) {
      if (typeof token !== 'string' || token === '') return false;
      if (envToken && sameSecret(token, envToken)) return true;
      const rows = await db
        .select({ id: schema.tokens.id })
        .from(schema.tokens)
        .where(eq(schema.tokens.hash, sha256(token)));
      return rows.length > 0;
    },
    async list(): Promise<TokenInfo[]> {
      const rows = await db
        .select({ id: schema.tokens.id, label: schema.tokens.label, createdAt: schema.tokens.createdAt })
        .from(schema.tokens)
        .orderBy(asc(schema.tokens.createdAt), asc(schema.tokens.id));
      return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt) }));
    },
    async revoke(id: string) {
      const rows = await db
        .delete(schema.tokens)
        .where(eq(schema.tokens.id, id))
        .returning({ id: schema.tokens.id });
      return rows.length > 0;
    },
  };

  async function exportAll(): Promise<RecourseExport> {
    return db.transaction(async (tx) => {
      const [s, c, r, p, a] = [
        await tx
          .select()
          .from(schema.scenarios)
          .orderBy(asc(schema.scenarios.createdAt), asc(schema.scenarios.id)),
        await tx
          .select()
          .from(schema.cases)
          .where(eq(schema.cases.bundled, false))
          .orderBy(asc(schema.cases.id)),
        await tx.select().from(schema.regimes).orderBy(asc(schema.regimes.id)),
        await tx
          .select()
          .from(schema.positions)
          .orderBy(asc(schema.positions.date), asc(schema.positions.createdAt), asc(schema.positions.id)),
        await exportedArticles(tx),
      ];
      return {
        format: 'recourse-export',
        version: 1,
        exportedAt: iso(new Date()),
        scenarios: s.map(toScenario),
        cases: c.map(toCase),
        regimes: r.map(toRegime),
        positions: await withQuotations(tx, p),
        articles: a,
      };
    });
  }

  async function importAll(data: unknown): Promise<ImportCounts> {
    return db.transaction(async (tx) => {
      const existingRegimes = await tx.select({ id: schema.regimes.id }).from(schema.regimes);
      const x = checkExport(
        data,
        new Set([...BUILT_IN_REGIMES, ...existingRegimes.map((r) => r.id)]),
        opts.negotiation ?? bundledNegotiation(),
      );
      const conflicts: { path: string; message: string }[] = [];
      let unchanged = 0;
      /** The items not in the store yet; an item there already is unchanged if identical, else a conflict. */
      const toAdd = <T extends { id: string }>(
        items: T[],
        there: Map<string, unknown>,
        list: string,
        what: string,
      ) =>
        items.filter((item, i) => {
          const old = there.get(item.id);
          if (old === undefined) return true;
          if (JSON.stringify(canonical(old)) === JSON.stringify(canonical(item))) unchanged++;
          else
            conflicts.push({
              path: `${list}.${i}.id`,
              message: `a different ${what} "${item.id}" is already there`,
            });
          return false;
        });

      const oldRegimes = new Map<string, unknown>();
      for (const ids of chunks(x.regimes.map((r) => r.id))) {
        for (const r of await tx.select().from(schema.regimes).where(inArray(schema.regimes.id, ids)))
          oldRegimes.set(r.id, toRegime(r));
      }
      const oldCases = new Map<string, unknown>();
      for (const ids of chunks(x.cases.map((c) => c.id))) {
        // A bundled case never equals an imported one: importing over it is a conflict.
        for (const c of await tx.select().from(schema.cases).where(inArray(schema.cases.id, ids)))
          oldCases.set(c.id, c.bundled ? { bundled: true } : toCase(c));
      }
      const oldScenarios = new Map<string, unknown>();
      for (const ids of chunks(x.scenarios.map((s) => s.id))) {
        for (const s of await tx.select().from(schema.scenarios).where(inArray(schema.scenarios.id, ids)))
          oldScenarios.set(s.id, toScenario(s));
      }
      const oldPositions = new Map<string, unknown>();
      for (const ids of chunks(x.positions.map((p) => p.id))) {
        const rows = await tx.select().from(schema.positions).where(inArray(schema.positions.id, ids));
        for (const p of await withQuotations(tx, rows)) oldPositions.set(p.id, p);
      }
      const regimes = toAdd(x.regimes, oldRegimes, 'regimes', 'regime');
      const cases = toAdd(x.cases, oldCases, 'cases', 'case');
      const scenarios = toAdd(x.scenarios, oldScenarios, 'scenarios', 'scenario');
      // An article is compared whole, its quotations' reviews included (but not the positions citing them).
      const old = await oldArticles(tx, x.articles);
      conflicts.push(...old.conflicts);
      const articles = toAdd(x.articles, old.articles, 'articles', 'article');
      const positions = toAdd(
        x.positions.map((p) => ({
          ...p.position,
          id: p.id,
          createdAt: iso(p.createdAt),
          updatedAt: iso(p.updatedAt),
        })),
        oldPositions,
        'positions',
        'position',
      );
      if (conflicts.length > 0) throw new StoreError('conflict', conflicts);

      for (const rows of chunks(regimes)) await tx.insert(schema.regimes).values(rows);
      for (const rows of chunks(cases)) await tx.insert(schema.cases).values(rows);
      for (const rows of chunks(scenarios)) await tx.insert(schema.scenarios).values(rows);
      await insertImportedArticles(tx, articles);
      // The positions may cite the quotations of the articles just written.
      for (const [i, p] of x.positions.entries())
        await checkQuotations(tx, p.position.quotationIds, `positions.${i}`);
      const adding = new Set(positions.map((p) => p.id));
      for (const p of x.positions)
        if (adding.has(p.id)) await insertPosition(tx, p.id, p.position, p.createdAt, p.updatedAt);
      return {
        scenarios: scenarios.length,
        cases: cases.length,
        regimes: regimes.length,
        positions: positions.length,
        articles: articles.length,
        unchanged,
      };
    });
  }

  // Accepting a quotation records its position in the review's own transaction, checked as store.positions checks one.
  const recordPosition: RecordPosition = async (tx, position, quotationIds) => {
    const p = checkPosition({ ...position, quotationIds }, opts.negotiation ?? bundledNegotiation());
    await checkQuotations(tx, p.quotationIds);
    const now = new Date();
    for (;;) {
      const id = shortId();
      if (await insertPosition(tx, id, p, now, now)) return id;
    }
  };
  const articles = articlesCollection(db, recordPosition);

  return {
    scenarios,
    cases,
    regimes,
    positions,
    tokens,
    articles,
    exportAll,
    importAll,
    description: backend.description,
    close: () => backend.close(),
  };
}

/** Slices of at most 1,000 items: one statement's parameters stay well under PostgreSQL's 65,535. */
function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += 1000) out.push(items.slice(i, i + 1000));
  return out;
}

/** A value with its keys sorted at every depth, to compare documents whatever their key order. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v instanceof Date) return v.toISOString();
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}
