import { and, type Expr, type InForce, type Overlay, type Patch } from '../../engine/index.js';

/**
 * A state or local law: an overlay that applies where and when the law is in force. The same law
 * can be applied hypothetically anywhere and at any date (`--with ID`): then its place condition
 * and its dates are dropped, and nothing else changes.
 */
export interface PlaceOverlay {
  readonly id: string;
  readonly title: string;
  readonly cite: string;
  readonly inForce: InForce;
  readonly unconfirmed?: string;
  /** Where the law applies: a condition on `place.state` / `place.locality`. */
  readonly place: Expr;
  /**
   * The patches, each rule's condition wrapped by `where`. `applied` says whether the law applies
   * in its place and time, or hypothetically anywhere: a rule about the law's own uncertain start
   * (New York City's Local Law 48) has no place in the hypothetical.
   */
  readonly patches: (where: (condition: Expr) => Expr, applied: Applied) => readonly Patch[];
}

/** How a state or local law is applied: in its place and time, or anywhere at any date. */
export type Applied = 'in-place' | 'anywhere';

/** The law as it applies: only in its place, only while in force. */
export function inPlace(law: PlaceOverlay): Overlay {
  return {
    id: law.id,
    title: law.title,
    cite: law.cite,
    inForce: law.inForce,
    ...(law.unconfirmed ? { unconfirmed: law.unconfirmed } : {}),
    patches: law.patches((condition) => and(law.place, condition), 'in-place'),
  };
}

/** The law applied hypothetically to any place and date. */
export function anywhere(law: PlaceOverlay): Overlay {
  return {
    id: law.id,
    title: `${law.title} (applied hypothetically)`,
    cite: law.cite,
    ...(law.unconfirmed ? { unconfirmed: law.unconfirmed } : {}),
    patches: law.patches((condition) => condition, 'anywhere'),
  };
}
