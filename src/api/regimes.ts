import type { Regime } from '../engine/index.js';
import { REGIMES, regimeWith, STATE_AND_LOCAL_LAWS } from '../law/index.js';
import { type Store, userRegime } from '../store/index.js';
import { badRequest, type FieldProblem, type Location } from './problem.js';

/**
 * Regime ids as the API takes them: a built-in regime (`current`, `gfjpa-2021`, ...) or a user
 * regime saved in the store (a package of provisions on a built-in base), each optionally with
 * state or local laws applied everywhere (`with`). Built regimes are kept, a bounded number, so
 * that evaluating under the same regime again does not build it again.
 */

const STATE_LAW_IDS = new Set(STATE_AND_LOCAL_LAWS.map((l) => l.id));
const CACHE_LIMIT = 256;

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

  constructor(private readonly store: Store) {}

  private remember(key: string, regime: Regime): Regime {
    if (this.built.size >= CACHE_LIMIT) this.built.delete(this.built.keys().next().value as string);
    this.built.set(key, regime);
    return regime;
  }

  /** The regimes named; every bad id is reported at once, by its field path. */
  async resolve(ids: readonly string[], withLaws: readonly string[], fields: IdFields): Promise<Regime[]> {
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
    const withKey = [...new Set(withLaws)].sort().join('+');
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
      // Keyed by content too: a regime removed and saved again under the same id is built again.
      const key = `${JSON.stringify([user.id, user.title, user.base, user.provisions, user.with, user.createdAt])}|${withKey}`;
      out.push(this.built.get(key) ?? this.remember(key, userRegime(user, withLaws)));
    }
    if (errors.length > 0) throw badRequest(errors);
    return out;
  }
}
