import { describe, expect, it } from 'vitest';
import { documentedSide } from './sides.js';

describe('documentedSide', () => {
  it('reads the bundled positions: a reform author for the change, a police union against ending immunity', () => {
    expect(documentedSide('BASS', 'QI')).toBe('supports change');
    expect(documentedSide('NAPO', 'QI')).toBe('opposes change');
  });

  it('counts a stance on the status quo the other way, issue by issue', () => {
    // Scott's JUSTICE Act bans chokeholds and collects data, and he would keep qualified immunity.
    expect(documentedSide('SCOTT', 'CHOKEHOLD')).toBe('supports change');
    expect(documentedSide('SCOTT', 'QI')).toBe('opposes change');
  });

  it('gives a general side only to a party on one side of every issue, and none to the unknown', () => {
    expect(documentedSide('BOOKER', 'general')).toBe('supports change');
    expect(documentedSide('SCOTT', 'general')).toBeNull();
    expect(documentedSide(null, 'QI')).toBeNull();
    expect(documentedSide('NOBODY', 'QI')).toBeNull();
  });
});
