import { describe, expect, it } from 'vitest';
import { current, REGIMES, regimeWith, STATE_AND_LOCAL_LAWS, UnknownIdError } from '../regimes.js';
import { decideYaml, evaluateYaml } from '../testkit.js';
import { coloradoSb20217 } from './co-sb20-217.js';
import { anywhere, inPlace } from './place-overlay.js';

/**
 * A state or local law applies where and when it is in force (`inPlace`); with `--with ID` it is
 * applied hypothetically anywhere and at any date (`anywhere`), and the result says it is
 * hypothetical (DESIGN.md §3).
 */

/** A St. Paul officer beats a man during an arrest in 2015, five years before Colorado's law. */
const stPaul = `
  id: st-paul-arrest-2015
  title: A St. Paul officer beats a man during an arrest
  date: 2015-03-01
  place: { state: MN, locality: St. Paul }
  officer: { employer: local, role: police, underColorOfLaw: true, goodFaithBelief: false, convictedForConduct: false }
  conduct: { force: [bodily-force, k9], claims: [excessive-force] }
  harm: serious-injury
  findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false }
`;

describe('--with: a state law applied hypothetically anywhere and at any date', () => {
  it('with Colorado’s SB 20-217, a 2015 beating in Minnesota gets Colorado’s civil action against the officer', () => {
    const withColorado = regimeWith('current', ['co-sb20-217']);
    expect(withColorado.id).toBe('current+co-sb20-217');
    expect(withColorado.hypothetical).toBe(true);
    const result = evaluateYaml(withColorado, stPaul);
    expect(result.regime).toBe('current+co-sb20-217');
    expect(result.hypothetical).toBe(true);
    expect(result.routes.stateSuit).toMatchObject({
      status: 'available',
      decidedBy: 'co-sb20-217.no-qualified-immunity',
      defendant: 'officer',
      officerPays: 'lesser-of-5-percent-or-25000',
    });
    expect(result.routes.stateSuit.reasons[0]).toMatchObject({ rule: 'co-sb20-217.civil-action' });
  });

  it('under the law actually in force there was none, and the result is not hypothetical', () => {
    const result = evaluateYaml(current, stPaul);
    expect(result.hypothetical).toBe(false);
    expect(result.routes.stateSuit.status).toBe('not-applicable');
  });

  it('only the named law is lifted out of its place and dates; the others still apply by place and date', () => {
    const withColorado = regimeWith('current', ['co-sb20-217']);
    const minneapolisChokehold = stPaul.replace('[bodily-force, k9]', '[chokehold]');
    expect(decideYaml(withColorado, minneapolisChokehold, 'tactics.chokehold.rule').rule).not.toBe(
      'mn-2020.chokehold-ban',
    );
    const laterChokehold = minneapolisChokehold.replace('2015-03-01', '2021-03-01');
    expect(decideYaml(withColorado, laterChokehold, 'tactics.chokehold.rule').rule).toBe(
      'mn-2020.chokehold-ban',
    );
  });

  it('several laws can be applied at once, in any order, giving the same regime', () => {
    const a = regimeWith('current', ['wa-hb1054-2021', 'co-sb20-217']);
    const b = regimeWith('current', ['co-sb20-217', 'wa-hb1054-2021']);
    expect(a.id).toBe('current+co-sb20-217+wa-hb1054-2021');
    expect(a.hash).toBe(b.hash);
    expect(evaluateYaml(a, stPaul.replace('[bodily-force, k9]', '[chokehold]')).tactics[0]).toMatchObject({
      rule: 'prohibited',
      breached: true,
    });
  });

  it('a state law can be applied on top of a proposal too', () => {
    const result = evaluateYaml(regimeWith('gfjpa-2021', ['nm-hb4-2021']), stPaul);
    expect(result.regime).toBe('gfjpa-2021+nm-hb4-2021');
    expect(result.hypothetical).toBe(true);
    expect(result.routes.stateSuit).toMatchObject({
      status: 'available',
      defendant: 'public-body',
      damagesCapUsd: 2_000_000,
    });
    expect(result.routes.officerSuit.status).toBe('available');
  });

  it('an unknown law is an error naming what it was taken for, the id, and the ids it could be', () => {
    expect(() => regimeWith('current', ['co-sb-20-217'])).toThrow(UnknownIdError);
    try {
      regimeWith('current', ['co-sb-20-217']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownIdError);
      const error = e as UnknownIdError;
      expect(error.kind).toBe('state or local law');
      expect(error.id).toBe('co-sb-20-217');
      expect(error.message).toMatch(
        /^unknown state or local law "co-sb-20-217"; expected one of co-sb20-217, /,
      );
      expect(error.expected).toEqual(STATE_AND_LOCAL_LAWS.map((l) => l.id));
    }
  });

  it('a proposal id is not a state law: it cannot be applied everywhere as one', () => {
    expect(() => regimeWith('current', ['gfjpa-2021'])).toThrow(/unknown state or local law "gfjpa-2021"/);
  });

  it('an unknown regime is an error naming it as a regime, with or without a state law applied', () => {
    expect(() => regimeWith('gfjpa-2020', [])).toThrow(/unknown regime "gfjpa-2020"/);
    expect(() => regimeWith('gfjpa-2020', ['co-sb20-217'])).toThrow(/unknown regime "gfjpa-2020"/);
  });

  it('without --with the named regime itself is returned', () => {
    expect(regimeWith('current', [])).toBe(current);
    expect(regimeWith('scott-2021', [])).toBe(REGIMES.get('scott-2021'));
  });
});

describe('inPlace and anywhere', () => {
  it('inPlace keeps the law’s dates and wraps every rule in its place', () => {
    const overlay = inPlace(coloradoSb20217);
    expect(overlay.id).toBe('co-sb20-217');
    expect(overlay.inForce).toEqual({ from: '2020-06-19' });
    const added = overlay.patches.filter((p) => p.op === 'add');
    expect(added.length).toBeGreaterThan(0);
    for (const patch of added) {
      expect(JSON.stringify(patch.rule.when)).toContain('"path":"place.state"');
    }
  });

  it('anywhere drops the dates and the place, and nothing else', () => {
    const overlay = anywhere(coloradoSb20217);
    expect(overlay.id).toBe('co-sb20-217');
    expect(overlay.inForce).toBeUndefined();
    expect(overlay.title).toBe(`${coloradoSb20217.title} (applied hypothetically)`);
    expect(overlay.unconfirmed).toBe(coloradoSb20217.unconfirmed);
    const placed = inPlace(coloradoSb20217).patches;
    expect(overlay.patches.map((p) => p.op)).toEqual(placed.map((p) => p.op));
    for (const patch of overlay.patches) {
      if (patch.op === 'add') expect(JSON.stringify(patch.rule.when)).not.toContain('place.state');
    }
  });
});
