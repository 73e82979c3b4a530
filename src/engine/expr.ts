/**
 * Expressions: the small language rules are written in. An expression is plain data, so the
 * engine can evaluate it, list the facts it reads, compile it and print it.
 *
 * Values are three-valued: a fact that is missing is unknown (never false), and unknown
 * propagates through the operators with Kleene's strong logic (false AND unknown = false).
 */

/** A known value. Unknown is represented by `undefined` everywhere in the engine. */
export type Scalar = boolean | number | string;
export type Value = Scalar | readonly string[];

export type Expr =
  | { readonly kind: 'lit'; readonly value: Value }
  | { readonly kind: 'fact'; readonly path: string }
  | { readonly kind: 'ref'; readonly id: string }
  | { readonly kind: 'not'; readonly arg: Expr }
  | { readonly kind: 'and'; readonly args: readonly Expr[] }
  | { readonly kind: 'or'; readonly args: readonly Expr[] }
  | { readonly kind: 'eq'; readonly arg: Expr; readonly value: Scalar }
  | { readonly kind: 'oneOf'; readonly arg: Expr; readonly values: readonly Scalar[] }
  | { readonly kind: 'hasAny'; readonly arg: Expr; readonly values: readonly string[] };

/** A literal value. */
export const lit = (value: Value): Expr => ({ kind: 'lit', value });
/** The value of a fact of the case, by dotted path (`officer.employer`). */
export const fact = (path: string): Expr => ({ kind: 'fact', path });
/** The value of another definition of the regime. */
export const ref = (id: string): Expr => ({ kind: 'ref', id });
export const not = (arg: Expr): Expr => ({ kind: 'not', arg });
export const and = (...args: Expr[]): Expr => ({ kind: 'and', args });
export const or = (...args: Expr[]): Expr => ({ kind: 'or', args });
/** True when the value equals `value` (unknown when the value is unknown). */
export const eq = (arg: Expr, value: Scalar): Expr => ({ kind: 'eq', arg, value });
/** True when the value is one of `values`. */
export const oneOf = (arg: Expr, values: readonly Scalar[]): Expr => ({ kind: 'oneOf', arg, values });
/** True when a set-valued fact contains at least one of `values`. */
export const hasAny = (arg: Expr, values: readonly string[]): Expr => ({ kind: 'hasAny', arg, values });
/** True when a set-valued fact contains `value`. */
export const has = (arg: Expr, value: string): Expr => hasAny(arg, [value]);
/** Shorthand for a boolean fact being known true. */
export const isTrue = (path: string): Expr => eq(fact(path), true);
/** Shorthand for a boolean fact being known false. */
export const isFalse = (path: string): Expr => eq(fact(path), false);

export const TRUE: Expr = lit(true);
export const FALSE: Expr = lit(false);

/** Every fact path an expression reads (directly, not through references). */
export function factsRead(expr: Expr, into: Set<string> = new Set()): Set<string> {
  switch (expr.kind) {
    case 'fact':
      into.add(expr.path);
      break;
    case 'not':
    case 'eq':
    case 'oneOf':
    case 'hasAny':
      factsRead(expr.arg, into);
      break;
    case 'and':
    case 'or':
      for (const a of expr.args) factsRead(a, into);
      break;
    default:
      break;
  }
  return into;
}

/** Every definition an expression refers to. */
export function refsOf(expr: Expr, into: Set<string> = new Set()): Set<string> {
  switch (expr.kind) {
    case 'ref':
      into.add(expr.id);
      break;
    case 'not':
    case 'eq':
    case 'oneOf':
    case 'hasAny':
      refsOf(expr.arg, into);
      break;
    case 'and':
    case 'or':
      for (const a of expr.args) refsOf(a, into);
      break;
    default:
      break;
  }
  return into;
}

/** A readable rendering of an expression, for documentation and explanations. */
export function showExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'lit':
      return JSON.stringify(expr.value);
    case 'fact':
      return expr.path;
    case 'ref':
      return `[${expr.id}]`;
    case 'not':
      return `not ${showExpr(expr.arg)}`;
    case 'and':
      return expr.args.length === 0 ? 'true' : `(${expr.args.map(showExpr).join(' and ')})`;
    case 'or':
      return expr.args.length === 0 ? 'false' : `(${expr.args.map(showExpr).join(' or ')})`;
    case 'eq':
      return `${showExpr(expr.arg)} = ${JSON.stringify(expr.value)}`;
    case 'oneOf':
      return `${showExpr(expr.arg)} in ${JSON.stringify(expr.values)}`;
    case 'hasAny':
      return `${showExpr(expr.arg)} includes any of ${JSON.stringify(expr.values)}`;
  }
}

/** Two values are the same: equal, or lists with the same members in the same order. */
export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return false;
}
