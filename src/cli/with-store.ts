import type { Store } from '../store/index.js';
import { UsageError } from './errors.js';

/**
 * Runs a command against the store (PGlite in ./.recourse or RECOURSE_DATA; PostgreSQL when
 * DATABASE_URL is set) and closes it. A refusal of the store is bad input (exit 2), each bad field
 * named by its path, prefixed by `source` (e.g. the file it came from).
 */
export async function withStore<T>(run: (store: Store) => Promise<T>, source?: string): Promise<T> {
  // Loaded here, not at the top: the other commands never load the database drivers.
  const { openStore, StoreBusyError, StoreError, StoreUnavailableError } = await import('../store/index.js');
  let store: Store;
  try {
    store = await openStore();
  } catch (e) {
    if (e instanceof StoreBusyError || e instanceof StoreUnavailableError) throw new UsageError(e.message);
    throw e;
  }
  try {
    return await run(store);
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    const where = source ? `${source}: ` : '';
    throw new UsageError(
      e.kind === 'conflict'
        ? 'conflict with what the store holds; nothing was changed'
        : 'bad input; nothing was changed',
      e.errors.map((x) => `${where}${x.path || '(document)'}: ${x.message}`),
    );
  } finally {
    await store.close();
  }
}
