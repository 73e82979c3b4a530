import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIncident } from '../law/index.js';
import { parseNegotiation } from './load.js';
import { checkPackage, PackageError, packageOutcome } from './package-outcome.js';

/** One package of the bundled negotiation judged on a date: objections with evidence, and the cases it changes. */

const ROOT = join(import.meta.dirname, '..', '..');
const file = join(ROOT, 'data', 'negotiation', 'us-2020-2022.yaml');
const negotiation = parseNegotiation(readFileSync(file, 'utf8'), file);
const cases = join(ROOT, 'data', 'cases');
const corpus = readdirSync(cases)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseIncident(readFileSync(join(cases, f), 'utf8')));
const statusQuo = Object.fromEntries(negotiation.issues.map((i) => [i.id, i.options[0]?.id as string]));

describe('packageOutcome', () => {
  it('names who objects, why and on what evidence, and the cases whose routes change', () => {
    const pkg = checkPackage(negotiation, { ...statusQuo, QI: 'QI-1' });
    const o = packageOutcome(negotiation, pkg, '2021-09-22', corpus);
    expect(o.feasible).toBe(false);
    const scott = o.objections.find((x) => x.party === 'SCOTT' && x.issue === 'QI');
    expect(scott).toMatchObject({
      chosen: 'QI-1',
      option: 'QI-1',
      stance: 'red-line-against',
      redLine: true,
    });
    expect(scott?.evidence.length).toBeGreaterThan(0);
    // A red line for another option of the issue is an objection too: Booker's and Bass's FUND-1.
    expect(
      o.objections.filter((x) => x.issue === 'FUNDING').map((x) => [x.party, x.option, x.stance]),
    ).toEqual([
      ['BASS', 'FUND-1', 'red-line-for'],
      ['BOOKER', 'FUND-1', 'red-line-for'],
    ]);
    // Red lines first.
    const kinds = o.objections.map((x) => x.redLine);
    expect(kinds).toEqual([...kinds].sort((a, b) => Number(b) - Number(a)));
    expect(kinds).toContain(false);
    // Abolishing qualified immunity opens the suit against the officer where QI barred it.
    expect(o.cases.find((c) => c.id === 'jean-2018')).toEqual({
      id: 'jean-2018',
      title: 'Botham Jean, Dallas — Amber Guyger',
      opened: ['officerSuit'],
      closed: [],
    });
    expect(o.provisions).toContain('hr-1280-sec-102');
    expect(o.casesEvaluated).toBe(corpus.length);
  });

  it('the status quo changes no case', () => {
    const o = packageOutcome(negotiation, checkPackage(negotiation, statusQuo), '2020-06-01', corpus);
    expect(o.cases).toEqual([]);
    expect(o.objections.every((x) => x.option === x.chosen || x.stance === 'red-line-for')).toBe(true);
  });

  it('says which options are not measured, and why', () => {
    const o = packageOutcome(
      negotiation,
      checkPackage(negotiation, { ...statusQuo, QI: 'QI-2' }),
      '2021-01-01',
      [],
    );
    expect(o.unmeasured).toEqual([
      { issue: 'QI', option: 'QI-2', why: expect.stringContaining('not encoded') },
    ]);
  });

  it('refuses an unknown issue or option, and a missing issue, by name', () => {
    const { FUNDING: _, ...rest } = statusQuo;
    try {
      checkPackage(negotiation, { ...rest, QI: 'QI-9', XX: 'a' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PackageError);
      expect((e as PackageError).errors.map((x) => x.path)).toEqual(['FUNDING', 'QI', 'XX']);
    }
  });
});
