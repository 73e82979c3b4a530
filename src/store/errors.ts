/**
 * Why the store refused a call. `kind`: `invalid` (bad input; 400/422), `conflict` (the id is
 * taken, or an import differs from what is there; 409), `read-only` (a bundled case; 403).
 * `path` is the dotted path of the field at fault ('' for the whole input).
 */
export class StoreError extends Error {
  constructor(
    readonly kind: 'invalid' | 'conflict' | 'read-only',
    readonly errors: readonly { readonly path: string; readonly message: string }[],
  ) {
    super(errors.map((e) => `${e.path || '(input)'}: ${e.message}`).join('; '));
    this.name = 'StoreError';
  }
}
