import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';

/**
 * The store tests run on PGlite always, and on PostgreSQL when DATABASE_URL names a server
 * (.ci/run starts a throwaway one). Each test file gets a database of its own on that server,
 * dropped at the end, so files can run in parallel.
 */

export const POSTGRES_URL = process.env.DATABASE_URL;

export const HOW_TO_RUN_ON_POSTGRES =
  'PostgreSQL store tests skipped: DATABASE_URL is not set. Run them with a server, e.g. ' +
  '`.ci/run` (starts a throwaway cluster), or DATABASE_URL=postgres://user@127.0.0.1:54329/db npx vitest run src/store';

/** `describe` for the PostgreSQL half: skipped, saying how to run it, when there is no server. */
export function describePostgres(name: string, body: () => void): void {
  if (!POSTGRES_URL) {
    console.info(HOW_TO_RUN_ON_POSTGRES);
    describe.skip(`${name} (${HOW_TO_RUN_ON_POSTGRES})`, body);
  } else {
    describe(name, body);
  }
}

/** A fresh database on the server of DATABASE_URL, and how to drop it. */
export async function freshDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `recourse_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
