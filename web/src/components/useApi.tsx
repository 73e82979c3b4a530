import { useEffect, useState } from 'react';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'done'; readonly value: T }
  | { readonly state: 'error'; readonly message: string };

/**
 * The answer of an API call, called again whenever `key` changes; a stale answer is dropped. A call
 * not yet `enabled` waits (the scenario's first evaluation goes to the server before the rest).
 */
export function useApi<T>(key: string, load: () => Promise<T>, enabled = true): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` says when `load` changes.
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setLoaded({ state: 'loading' });
    load().then(
      (value) => live && setLoaded({ state: 'done', value }),
      (e: unknown) =>
        live && setLoaded({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [key, enabled]);
  return loaded;
}

export function Status({ loaded, what }: { readonly loaded: Loaded<unknown>; readonly what: string }) {
  if (loaded.state === 'loading')
    return (
      <p className="loading" role="status">
        Loading {what}…
      </p>
    );
  if (loaded.state === 'error')
    return (
      <p className="error" role="alert">
        Could not load {what}: {loaded.message}
      </p>
    );
  return null;
}
