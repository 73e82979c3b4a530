/**
 * Saved items read by id, kept in memory by a store that is the only writer of its database
 * (PGlite: its data directory is locked to this process). A saved scenario never changes; it can
 * only be removed, through the same store, which drops it here. A read that raced with a removal
 * of the same id is not kept (`version`). The least recently read items go first once the
 * entries' sizes add up to more than the budget.
 */
export class ReadCache<T> {
  private readonly entries = new Map<string, { readonly value: T; readonly size: number }>();
  private used = 0;
  private removals = 0;

  constructor(private readonly budget: number) {}

  get(id: string): T | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    // Most recently read last: a Map iterates in insertion order.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.value;
  }

  /** Counts removals: pass it to `keep` with a value read from the database. */
  get version(): number {
    return this.removals;
  }

  /** Keeps a value read from the database, unless something was removed since `version` was read. */
  keep(id: string, value: T, size: number, version: number): void {
    if (version !== this.removals || size > this.budget) return;
    this.drop(id);
    this.entries.set(id, { value, size });
    this.used += size;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.budget) break;
      this.entries.delete(oldest);
      this.used -= entry.size;
    }
  }

  /** Before and after removing an item from the database. */
  remove(id: string): void {
    this.removals++;
    this.drop(id);
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.used -= entry.size;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A value frozen at every depth: what a cache hands out twice cannot be changed by its first reader. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
