import { z } from 'zod';
import { type Page, StoreError } from '../store/index.js';
import { json } from './endpoint.js';
import { badRequest } from './problem.js';

/**
 * Pages of the lists that grow with use (saved scenarios, news articles): `?limit=` items at most
 * (DEFAULT_PAGE when not given, MAX_PAGE at most), oldest first, `?after=` the id of the last item
 * of the previous page. The answer is the same JSON array as before pages; when more items follow,
 * a `Link: <…>; rel="next"` header gives the next page's address (RFC 8288).
 */

/** Items of a page when `limit` is not given. */
export const DEFAULT_PAGE = 100;
/** The most items one page may ask for. */
export const MAX_PAGE = 1000;

const LIMIT_EXPECTED = `expected a number of items from 1 to ${MAX_PAGE}`;

export const pageQuery = z.strictObject({
  limit: z.coerce
    .number<string>()
    .int()
    .min(1, LIMIT_EXPECTED)
    .max(MAX_PAGE, LIMIT_EXPECTED)
    .default(DEFAULT_PAGE)
    .describe(`items in the page, 1 to ${MAX_PAGE} (default ${DEFAULT_PAGE}); oldest first`),
  after: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, 'expected the id of an item of the list')
    .optional()
    .describe('the id of the last item of the previous page: the `rel="next"` link of that page gives it'),
});

export const PAGE_DESCRIPTION = `One page (${DEFAULT_PAGE} items unless \`limit\` says otherwise, at most ${MAX_PAGE}), oldest first; when more follow, a \`Link: <…>; rel="next"\` header gives the next page.`;

/** One page of a list: its items, and the id to read the next page after (null: the last page). */
export interface ReadPage<Item> {
  readonly items: Item[];
  readonly next: string | null;
}

/** Reads the page `query` asks for; an `after` the list does not have is refused as the query's `after`. */
export async function readPage<Item extends { readonly id: string }>(
  query: z.output<typeof pageQuery>,
  list: (page: Page) => Promise<Item[]>,
): Promise<ReadPage<Item>> {
  // One more than asked: whether a next page exists, without a count of them all.
  const items = await list({ limit: query.limit + 1, after: query.after }).catch((e: unknown) => {
    if (e instanceof StoreError && e.kind === 'invalid')
      throw badRequest(e.errors.map((x) => ({ in: 'query', path: x.path, message: x.message })));
    throw e;
  });
  const page = items.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page, next: items.length > query.limit && last ? last.id : null };
}

/**
 * The headers of a page: a `Link` to the next page at `path` when there is one, with the other
 * parameters of the query (`also`) kept.
 */
export function pageHeaders(
  path: string,
  limit: number,
  next: string | null,
  also: Readonly<Record<string, readonly string[]>> = {},
): Record<string, string> {
  if (next === null) return {};
  const params = new URLSearchParams();
  for (const [key, values] of Object.entries(also)) for (const v of values) params.append(key, v);
  const rest = params.toString() === '' ? '' : `&${params.toString()}`;
  return { link: `<${path}?limit=${limit}&after=${encodeURIComponent(next)}${rest}>; rel="next"` };
}

/** The answer for one page of `list` at `path`: the items as a JSON array, with a link to the next page when there is one. */
export async function pageAnswer<Item extends { readonly id: string }>(
  path: string,
  query: z.output<typeof pageQuery>,
  list: (page: Page) => Promise<Item[]>,
): Promise<Response> {
  const { items, next } = await readPage(query, list);
  return json(items, 200, pageHeaders(path, query.limit, next));
}
