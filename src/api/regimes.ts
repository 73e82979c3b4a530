import type { Regime } from '../engine/index.js';
import { REGIMES, regimeWith, STATE_AND_LOCAL_LAWS } from '../law/index.js';
import { type Store, type UserRegime, userRegime } from '../store/index.js';
import { badRequest, type FieldProblem, type Location } from './problem.js';

/**
 * Regime ids as the API takes them: a built-in regime (`current`, `gfjpa-2021`, ...) or a user
 * regime saved in the store (a package of provisions on a built-in base), each optionally with
 * state or local laws applied everywhere (`with`). Built regimes are kept, a bounded number, so
 * that evaluating under the same regime again does not build it again; the summaries of saved
 * regimes listed, much smaller, are kept in greater number, so that listing them does not build
 * them again.
 */

const STATE_LAW_IDS = new Set(STATE_AND_LOCAL_LAWS.map((l) => l.id));
const CACHE_LIMIT = 256;
/** Summaries kept: some 500 bytes each with their keys, 10 MB at most. */
const SUMMARY_LIMIT = 20_000;

/** What the list of regimes and a regime's page tell of it. */
export const regimeSummary = (r: Regime) => ({
  id: r.id,
  title: r.title,
  hypothetical: r.hypothetical,
  hash: r.hash,
  provisions: r.overlays.map((o) => o.id),
});

export type RegimeSummary = ReturnType<typeof regimeSummary>;

/**
 * The key of a saved regime built with `withKey`: its whole record, so that a regime removed and
 * saved again under the same id with other provisions is built again.
 */
const savedKey = (user: UserRegime, withKey: string) =>
  `${JSON.stringify([user.id, user.title, user.base, user.provisions, user.with, user.createdAt])}|${withKey}`;

/** The key of a set of state or local laws applied everywhere: the same whatever their order. */
const withKeyOf = (withLaws: readonly string[]) => [...new Set(withLaws)].sort().join('+');

/** Keeps `value` under `key` in `cache`, the first kept going first once it holds `limit`. */
function keep<T>(cache: Map<string, T>, limit: number, key: string, value: T): T {
  if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

/** Where the ids were read from, to name them in errors: `regimes` and `with` of the body, say. */
export interface IdFields {
  readonly in: Location;
  readonly regimes: string;
  readonly with: string;
  /** The field holds one id, not a list: it is named without an index. */
  readonly one?: boolean;
}

const expectedRegimes = () =>
  `expected one of ${[...REGIMES.keys()].join(', ')}, or the id of a saved regime (GET /v1/regimes)`;

export class RegimeResolver {
  private readonly built = new Map<string, Regime>();
  private readonly summaries = new Map<string, RegimeSummary>();

  constructor(private readonly store: Store) {}

  private remember(key: string, regime: Regime): Regime {
    return keep(this.built, CACHE_LIMIT, key, regime);
  }

  /**
   * The summaries of saved regimes (as the store lists them) with `withLaws` applied: each built
   * once, then kept (by its whole record), so that a list costs what reading its rows costs.
   */
  savedSummaries(
    saved: readonly UserRegime[],
    withLaws: readonly string[],
    fields: IdFields,
  ): RegimeSummary[] {
    this.checkWith(withLaws, fields);
    const withKey = withKeyOf(withLaws);
    return saved.map((user) => {
      const key = savedKey(user, withKey);
      const kept = this.summaries.get(key);
      if (kept) return kept;
      const regime = this.built.get(key) ?? userRegime(user, withLaws);
      return keep(this.summaries, SUMMARY_LIMIT, key, regimeSummary(regime));
    });
  }

  /** Refuses the ids of `withLaws` that are no state or local law, every one at once. */
  checkWith(withLaws: readonly string[], fields: IdFields): void {
    const errors: FieldProblem[] = [];
    withLaws.forEach((id, i) => {
      if (!STATE_LAW_IDS.has(id))
        errors.push({
          in: fields.in,
          path: `${fields.with}.${i}`,
          message: `unknown state or local law "${id}"; expected one of ${[...STATE_LAW_IDS].join(', ')}`,
        });
    });
    if (errors.length > 0) throw badRequest(errors);
  }

  /** The regimes named; every bad id is reported at once, by its field path. */
  async resolve(ids: readonly string[], withLaws: readonly string[], fields: IdFields): Promise<Regime[]> {
    this.checkWith(withLaws, fields);
    const errors: FieldProblem[] = [];
    const withKey = withKeyOf(withLaws);
    const out: Regime[] = [];
    for (const [i, id] of ids.entries()) {
      if (REGIMES.has(id)) {
        if (withKey === '') out.push(REGIMES.get(id) as Regime);
        else {
          const key = `${id}|${withKey}`;
          out.push(this.built.get(key) ?? this.remember(key, regimeWith(id, withLaws)));
        }
        continue;
      }
      const user = await this.store.regimes.get(id);
      if (!user) {
        errors.push({
          in: fields.in,
          path: fields.one ? fields.regimes : `${fields.regimes}.${i}`,
          message: `unknown regime "${id}"; ${expectedRegimes()}`,
        });
        continue;
      }
      const key = savedKey(user, withKey);
      out.push(this.built.get(key) ?? this.remember(key, userRegime(user, withLaws)));
    }
    if (errors.length > 0) throw badRequest(errors);
    return out;
  }
}
