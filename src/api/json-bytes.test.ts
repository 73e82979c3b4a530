import { describe, expect, it } from 'vitest';
import { jsonBytes, utf8 } from './json-bytes.js';

/** jsonBytes must give exactly the bytes of Buffer.from(JSON.stringify(x)), in a buffer of its own. */

const owns = (b: Buffer) => b.byteOffset === 0 && b.buffer.byteLength === b.length;

describe('utf8 and jsonBytes', () => {
  const texts = [
    '',
    'plain ASCII',
    '42 U.S.C. § 1983',
    'the officer’s conduct — “clearly established”',
    'a surrogate pair: 𝔏 and an emoji 🚓',
    'a lone surrogate \ud800 then text, and a lone low one \udc00',
    'x'.repeat(70_000),
    '’'.repeat(40_000),
    // Longer than the scratch buffer's limit: encoded directly.
    `${'a’'.repeat(600_000)}🚓`,
  ];

  it('gives the bytes Buffer.from gives, for every kind of text, in a buffer owning its memory', () => {
    for (const text of texts) {
      const got = utf8(text);
      expect(got.equals(Buffer.from(text, 'utf8'))).toBe(true);
      expect(owns(got)).toBe(true);
    }
  });

  it('is not disturbed by a longer text encoded before (the scratch buffer is reused)', () => {
    utf8('’'.repeat(50_000));
    expect(utf8('short').toString('utf8')).toBe('short');
    expect(utf8('§').length).toBe(2);
  });

  it('serialises as JSON.stringify does', () => {
    const data = { a: [1, 'two', null, true], b: { c: 'it’s § 242', d: '\u0000\n"' }, e: 1.5e-7 };
    expect(jsonBytes(data).equals(Buffer.from(JSON.stringify(data)))).toBe(true);
  });
});
