import { respond } from './headers.js';
import { notFound } from './problem.js';

/**
 * Reading and removing a stored item by the id in the request's path (`/v1/scenarios/:id`,
 * `/v1/cases/:id`, ...): the item, or a 404 that names the path's `id` and the kind of item.
 */

/** Something the store reads by id: null (or undefined) when it has no such item. */
type Read<Item> = (id: string) => Promise<Item | null | undefined>;

const title = (what: string) => `${what.charAt(0).toUpperCase()}${what.slice(1)}`;

const missing = (what: string, id: string) => notFound(title(what), 'id', `no ${what} "${id}"`);

/** The item `read` finds under `id`; a 404 ("no scenario "x"") when there is none. */
export async function getById<Item>(what: string, id: string, read: Read<Item>): Promise<Item> {
  const item = await read(id);
  if (item === null || item === undefined) throw missing(what, id);
  return item;
}

/** Removes the item under `id` (`remove` says whether there was one): 204, or a 404 when there was none. */
export async function removeById(
  what: string,
  id: string,
  remove: (id: string) => Promise<boolean>,
): Promise<Response> {
  if (!(await remove(id))) throw missing(what, id);
  return respond(null, 204);
}
