import { eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './backends.js';
import { StoreError } from './errors.js';
import type { Page } from './index.js';

/**
 * Pages of a list kept oldest first (by its creation time, then its id): a page is the rows after
 * the one named by `after`, found by the index on the creation time instead of reading them all.
 */

interface Listed {
  readonly table: PgTable;
  readonly id: PgColumn;
  readonly createdAt: PgColumn;
}

/** The condition of the rows after `page.after` (none without it), read in the same query. */
export function afterCursor({ table, id, createdAt }: Listed, page: Page | undefined): SQL | undefined {
  if (page?.after === undefined) return undefined;
  return sql`(${createdAt}, ${id}) > (select c.${sql.identifier(createdAt.name)}, c.${sql.identifier(id.name)} from ${table} as c where c.${sql.identifier(id.name)} = ${page.after})`;
}

/**
 * Refuses an `after` no row has (an empty page is otherwise what it would give), naming it as
 * the field `after`; `what` is the kind of item listed.
 */
export async function checkCursor(
  db: Db,
  { table, id }: Listed,
  page: Page | undefined,
  rows: readonly unknown[],
  what: string,
): Promise<void> {
  if (page?.after === undefined || rows.length > 0) return;
  const found = await db.select({ id }).from(table).where(eq(id, page.after)).limit(1);
  if (found.length === 0)
    throw new StoreError('invalid', [
      { path: 'after', message: `no ${what} "${page.after}" to list after (removed since?)` },
    ]);
}
