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

/** The PGlite data directory is open in another process (PGlite serves one process at a time). */
export class StoreBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the data directory ${dataDir} is in use by process ${pid} (a running \`recourse serve\`?): ` +
        'PGlite serves one process at a time. Stop that process first, or use PostgreSQL (DATABASE_URL)',
    );
    this.name = 'StoreBusyError';
  }
}

/** DATABASE_URL is not a PostgreSQL URL, or its server cannot be reached; the password is never shown. */
export class StoreUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`DATABASE_URL: ${reason}`);
    this.name = 'StoreUnavailableError';
  }
}
