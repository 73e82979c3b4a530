import { describe, expect, it } from 'vitest';
import { inWords } from './in-words.js';

describe('inWords', () => {
  it('says yes, no, unknown, a list or none, and anything else as it is', () => {
    expect(inWords(true)).toBe('yes');
    expect(inWords(false)).toBe('no');
    expect(inWords(undefined)).toBe('unknown');
    expect(inWords(null)).toBe('unknown');
    expect(inWords(['chokehold', 'firearm'])).toBe('chokehold, firearm');
    expect(inWords([])).toBe('none');
    expect(inWords('reckless')).toBe('reckless');
    expect(inWords(2_000_000)).toBe('2000000');
  });
});
