import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { StoreBusyError, StoreUnavailableError } from './errors.js';

/**
 * The two databases the store runs on, opened with the committed migrations (drizzle/) applied:
 * a PostgreSQL server through a pool, or PGlite in a data directory (or in memory) held by this
 * process alone. Both give the same drizzle database; the store's queries do not know which.
 */

export type Db = PgDatabase<PgQueryResultHKT>;

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url)); // from src/store or dist/store

export interface Backend {
  readonly db: Db;
  readonly description: string;
  /**
   * Whether this process is the database's only client (PGlite: its directory is locked to it, or
   * it is in memory), so that what it read stays true until it writes it itself.
   */
  readonly exclusive: boolean;
  close(): Promise<void>;
}

/** Serialises migrations of concurrent starts on one PostgreSQL database. */
const MIGRATION_LOCK = 4_207_011;

export async function openPostgres(url: string): Promise<Backend> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    u = new URL('invalid:');
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new StoreUnavailableError('expected a URL like postgres://user@host:port/database');
  }
  const where = `postgres://${u.hostname}:${u.port || 5432}${u.pathname}`;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server must not take the process down with it.
  pool.on('error', () => {});
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    await pool.end().catch(() => {});
    throw new StoreUnavailableError(
      `cannot reach the PostgreSQL server at ${where}: ${(e as Error).message}`,
    );
  }
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migratePg(drizzlePg({ client }), { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } catch (e) {
    client.release();
    await pool.end().catch(() => {});
    throw e;
  }
  client.release();
  return {
    db: drizzlePg({ client: pool }) as unknown as Db,
    description: where.replace('postgres://', 'postgres:'),
    exclusive: false,
    close: () => pool.end(),
  };
}

export async function openPglite(dataDir: string): Promise<Backend> {
  let client: PGlite;
  let description: string;
  let unlock = () => {};
  if (dataDir === 'memory://') {
    client = new PGlite();
    description = 'pglite:memory';
  } else {
    const dir = resolve(dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    unlock = lockDataDir(resolve(dataDir));
    client = new PGlite(dir);
    description = `pglite:${dir}`;
  }
  try {
    await client.waitReady;
    const db = drizzlePglite({ client });
    await migratePglite(db, { migrationsFolder: MIGRATIONS });
    return {
      db: db as unknown as Db,
      description,
      exclusive: true,
      close: async () => {
        try {
          await client.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (e) {
    await client.close().catch(() => {});
    unlock();
    throw e;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data directory for this process (a `lock` file holding its pid), or throws
 * StoreBusyError naming the live process that has it: two PGlite instances on one directory
 * lose each other's writes. A lock left by a process that died (kill -9) is taken over.
 */
function lockDataDir(dir: string): () => void {
  const lock = join(dir, 'lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) throw new StoreBusyError(dir, pid);
    rmSync(lock, { force: true });
  }
  throw new StoreBusyError(dir, Number.NaN);
}
