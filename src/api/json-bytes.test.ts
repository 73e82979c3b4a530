import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateIncident, type Incident, REGIMES } from '../law/index.js';
import { jsonBytes, SPARE_SIZE } from './json-bytes.js';

/** jsonBytes must give exactly the bytes of Buffer.from(JSON.stringify(x)), in a buffer of its own. */

const plain = (x: unknown) => Buffer.from(JSON.stringify(x), 'utf8');
const owns = (b: Buffer) => b.byteOffset === 0 && b.buffer.byteLength === b.length;

function expectSame(x: unknown): void {
  const got = jsonBytes(x);
  expect(got.equals(plain(x))).toBe(true);
  expect(owns(got)).toBe(true);
}

describe('jsonBytes', () => {
  it('gives the bytes of Buffer.from(JSON.stringify(x)) for the texts of the law and beyond', () => {
    for (const text of [
      '',
      '42 U.S.C. § 1983',
      'the officer’s conduct — “clearly established”',
      'a surrogate pair: 𝔏 and an emoji 🚓',
      'lone surrogates \ud800 and \udc00',
      'control characters \u0000\n\t"\\',
      '’'.repeat(200_000),
    ]) {
      expectSame(text);
      expectSame([text, { text }]);
      expectSame({ a: [{ b: { c: [text] } }] });
    }
  });

  it('leaves out what JSON leaves out, writes null where it does, and respects toJSON and classes', () => {
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
    }
    const withToJson = { toJSON: () => ({ replaced: true }), hidden: 1 };
    const listWithToJson = Object.assign([1, 2], { toJSON: () => 'list' });
    expectSame({
      a: undefined,
      b: () => 1,
      c: Symbol('s'),
      d: [undefined, () => 1, Symbol('s'), Number.NaN, Number.POSITIVE_INFINITY, -0],
      e: new Date(Date.UTC(2020, 4, 25)),
      f: withToJson,
      g: [withToJson, listWithToJson],
      h: new Point(1, 2),
      i: Object.assign(Object.create(null), { z: 1, a: 2 }),
      j: { 2: 'two', 1: 'one', b: 'b', a: 'a' },
      k: new Map([[1, 2]]),
      // A sparse list: JSON writes its hole as null.
      l: Object.assign(new Array(3), { 0: 1, 2: 3 }),
    });
    expect(() => jsonBytes(undefined)).toThrow(TypeError);
  });

  it('gives the same bytes for a string seen before, past the bound of the strings it keeps, and for keys', () => {
    // More distinct strings (values and keys) than are kept: the cache starts again midway.
    const many = Array.from({ length: 20_000 }, (_, i) => `incident ${i} — “${i % 7}”`);
    const keyed = Object.fromEntries(many.slice(0, 9_000).map((s, i) => [s, i % 2 === 0 ? s : -i]));
    for (let round = 0; round < 2; round++) {
      expectSame(many);
      expectSame(keyed);
      expectSame({ again: many.slice(0, 50), 'incident 3 — “3”': 'incident 3 — “3”' });
    }
  });

  it('writes into a spare ArrayBuffer large enough, taken from the list, or a new one to be reused', () => {
    const value = { text: 'the officer’s conduct — “clearly established”', n: [1, 2, 3] };
    const large = new ArrayBuffer(SPARE_SIZE);
    new Uint8Array(large).fill(0x78);
    const spare = [large];
    const reused = jsonBytes(value, spare);
    expect(reused.buffer).toBe(large);
    expect(spare).toEqual([]);
    expect(reused.byteOffset).toBe(0);
    expect(reused.equals(plain(value))).toBe(true);
    // A spare too small is dropped; the new memory is large enough to be reused for an answer.
    const small = new ArrayBuffer(4);
    const fresh = jsonBytes(value, [small]);
    expect(fresh.buffer).not.toBe(small);
    expect(fresh.buffer.byteLength).toBe(SPARE_SIZE);
    expect(fresh.equals(plain(value))).toBe(true);
    const huge = 'x'.repeat(SPARE_SIZE * 2);
    expect(jsonBytes([huge], []).equals(plain([huge]))).toBe(true);
  });

  it('agrees with JSON.stringify on any JSON value (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (x) => {
        expect(jsonBytes(x).equals(plain(x))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees on every Result v1 of a random incident under every regime, as a list', () => {
    const regimes = [...REGIMES.values()];
    const incident: Incident = {
      id: 'json-bytes',
      date: '2021-06-01',
      place: { state: 'NY', locality: 'New York City' },
      conduct: { force: ['chokehold'] },
    };
    expectSame(regimes.map((r) => evaluateIncident(r, incident)));
  });
});
