import { describe, expect, it } from 'vitest';
import { deepFreeze, ReadCache } from './read-cache.js';

describe('ReadCache', () => {
  it('keeps what was read, and drops it on removal', () => {
    const cache = new ReadCache<string>(100);
    cache.keep('a', 'A', 10, cache.version);
    expect(cache.get('a')).toBe('A');
    cache.remove('a');
    expect(cache.get('a')).toBeUndefined();
  });

  it('does not keep a read that raced with a removal', () => {
    const cache = new ReadCache<string>(100);
    const version = cache.version; // the read starts
    cache.remove('a'); // a removal runs meanwhile
    cache.keep('a', 'A', 10, version); // the read ends with the row as it was before
    expect(cache.get('a')).toBeUndefined();
    cache.keep('a', 'A', 10, cache.version);
    expect(cache.get('a')).toBe('A');
  });

  it('drops the least recently read items past its budget, and never keeps one larger than it', () => {
    const cache = new ReadCache<string>(30);
    for (const id of ['a', 'b', 'c']) cache.keep(id, id.toUpperCase(), 10, cache.version);
    expect(cache.get('a')).toBe('A'); // a is now the most recent
    cache.keep('d', 'D', 10, cache.version);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual(['A', 'C', 'D']);
    cache.keep('e', 'E', 31, cache.version);
    expect(cache.get('e')).toBeUndefined();
    expect(cache.size).toBe(3);
  });

  it('counts an item kept again once', () => {
    const cache = new ReadCache<string>(20);
    cache.keep('a', 'A', 10, cache.version);
    cache.keep('a', 'A2', 10, cache.version);
    cache.keep('b', 'B', 10, cache.version);
    expect([cache.get('a'), cache.get('b')]).toEqual(['A2', 'B']);
  });
});

describe('deepFreeze', () => {
  it('freezes every level, so a reader cannot change what the next one gets', () => {
    const x = deepFreeze({ incident: { place: { state: 'NY' }, conduct: { force: ['chokehold'] } } });
    expect(Object.isFrozen(x.incident.place)).toBe(true);
    expect(() => {
      (x.incident.conduct.force as string[]).push('taser');
    }).toThrow(TypeError);
  });
});
