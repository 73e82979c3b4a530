import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNegotiation } from '../negotiation/index.js';
import { changeOption, proposePosition } from './position-proposal.js';

/** The default position offered to an editor, on the bundled 2020-22 negotiation. */

const FILE = join(import.meta.dirname, '..', '..', 'data', 'negotiation', 'us-2020-2022.yaml');
const negotiation = parseNegotiation(readFileSync(FILE, 'utf8'), FILE);

describe('proposePosition', () => {
  it('takes "the change" of every issue to be its first option that changes the law', () => {
    const change = Object.fromEntries(negotiation.issues.map((i) => [i.id, changeOption(i)?.id]));
    expect(change).toEqual({
      QI: 'QI-1',
      S242: '242-1',
      CHOKEHOLD: 'CH-1',
      NOKNOCK: 'NK-1',
      DATA: 'DATA-1',
      PATTERN: 'PP-1',
      UOF: 'UF-1',
      MILEQUIP: 'ME-1',
      FUNDING: 'FUND-1',
    });
  });

  it('says when no word of the quotation gives its stance, and where the stance came from', () => {
    const q = { text: 'I am not moving.', party: 'SCOTT', issue: 'S242', stance: 'opposes change' };
    const stanceLine = (basis?: 'speaker role') =>
      proposePosition({ ...q, stanceBasis: basis }, negotiation).how.find((h) => h.startsWith('stance:'));
    expect(stanceLine()).toBe('stance: opposes, from "opposes change" toward the change (242-1)');
    expect(stanceLine('speaker role')).toMatch(
      /; no word of the quotation says it: it is read from the speaker's role/,
    );
  });

  it('proposes a red line only where the quotation uses red-line words', () => {
    const scott = proposePosition(
      {
        text: '(Section 242) is off the table for me,',
        party: 'SCOTT',
        issue: 'S242',
        stance: 'opposes change',
      },
      negotiation,
    );
    expect(scott).toMatchObject({
      party: 'SCOTT',
      issue: 'S242',
      option: '242-1',
      stance: 'red-line-against',
    });
    expect(scott.how.join('\n')).toMatch(/red-line words/);
    const plain = proposePosition(
      { text: 'We should not do that.', party: 'SCOTT', issue: 'S242', stance: 'opposes change' },
      negotiation,
    );
    expect(plain.stance).toBe('opposes');
    const denied = proposePosition(
      { text: "It isn't a red line for us.", party: 'SCOTT', issue: 'QI', stance: 'opposes change' },
      negotiation,
    );
    expect(denied.stance).toBe('opposes');
  });

  it('maps the news stances onto the scale', () => {
    const base = { text: 'It is,', party: 'BASS', issue: 'S242' };
    expect(proposePosition({ ...base, stance: 'supports change' }, negotiation).stance).toBe('supports');
    expect(proposePosition({ ...base, stance: 'open or conditional' }, negotiation).stance).toBe('accepts');
    const none = proposePosition({ ...base, stance: 'not a stance' }, negotiation);
    expect(none.stance).toBeNull();
    expect(none.option).toBe('242-1');
    expect(none.how.join('\n')).toMatch(/choose one of red-line-against/);
  });

  it('leaves the issue, option and stance to the editor for a quotation about the bill as a whole', () => {
    const p = proposePosition(
      { text: 'June or bust', party: 'SCOTT', issue: 'general', stance: 'not a stance' },
      negotiation,
    );
    expect(p).toMatchObject({ party: 'SCOTT', issue: null, option: null, stance: null });
    expect(p.how.join('\n')).toMatch(/bill as a whole/);
  });

  it('names no party the negotiation does not have', () => {
    const p = proposePosition(
      { text: 'x', party: 'NOBODY', issue: 'QI', stance: 'supports change' },
      negotiation,
    );
    expect(p.party).toBeNull();
    expect(p.how[0]).toMatch(/not matched/);
  });
});
