import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Regime, withFact } from '../engine/index.js';
import { type Incident, parseIncident, REGIMES, toIncident, traceIncident } from '../law/index.js';
import { contrast, divergences } from './contrast.js';

/** Why a route differs between two regimes, on corpus cases where LAW.md gives the answer. */

const CASES_DIR = join(import.meta.dirname, '..', '..', 'data', 'cases');
const load = (id: string): Incident => parseIncident(readFileSync(join(CASES_DIR, `${id}.yaml`), 'utf8'), id);
const regime = (id: string) => REGIMES.get(id) as Regime;
const CURRENT = regime('current');
const GFJPA = regime('gfjpa-2021');

describe('contrast', () => {
  it('kisela-hughes-2010, officerSuit: qualified immunity (Harlow) against H.R. 1280 § 102', () => {
    const c = contrast(load('kisela-hughes-2010'), 'officerSuit', CURRENT, GFJPA);
    expect(c.route).toBe('officerSuit');
    expect(c.a).toEqual({ regime: 'current', status: 'unavailable' });
    expect(c.b).toEqual({ regime: 'gfjpa-2021', status: 'undetermined' });
    expect(c.differs).toBe(true);
    expect(c.divergence).toEqual(c.causes[0]);
    expect(c.causes.map((x) => x.definition)).toEqual(['qualifiedImmunity.shields']);
    expect(c.divergence).toMatchObject({
      definition: 'qualifiedImmunity.shields',
      a: {
        regime: 'current',
        value: true,
        rule: 'harlow-v-fitzgerald.clearly-established',
        provision: null,
      },
      b: {
        regime: 'gfjpa-2021',
        value: false,
        rule: 'hr-1280.sec-102.no-qualified-immunity',
        provision: 'hr-1280-sec-102',
      },
    });
    expect(c.divergence?.a.cite).toContain('Harlow v. Fitzgerald, 457 U.S. 800 (1982)');
    expect(c.divergence?.b.cite).toBe('H.R. 1280 (117th Cong.) § 102, amending 42 U.S.C. 1983');
    // One sentence, a clause per regime, each citing what decides it.
    expect(c.sentence).toMatch(
      /^officerSuit: unavailable under current because .*; undetermined under gfjpa-2021 because .*\.$/,
    );
    expect(c.sentence).toContain('Harlow v. Fitzgerald');
    expect(c.sentence).toContain('H.R. 1280 (117th Cong.) § 102');
    expect(c.sentence.indexOf('Harlow')).toBeLessThan(c.sentence.indexOf('H.R. 1280'));
  });

  it('the other way round, the sides swap', () => {
    const c = contrast(load('kisela-hughes-2010'), 'officerSuit', GFJPA, CURRENT);
    expect(c.divergence?.a.rule).toBe('hr-1280.sec-102.no-qualified-immunity');
    expect(c.divergence?.b.rule).toBe('harlow-v-fitzgerald.clearly-established');
    expect(c.sentence).toMatch(
      /^officerSuit: undetermined under gfjpa-2021 because .*; unavailable under current because /,
    );
  });

  it('a reckless officer (Chauvin, had his mental state been reckless), federalProsecution: Screws against § 101', () => {
    const reckless = toIncident(withFact(load('floyd-chauvin-2020'), 'findings.mentalState', 'reckless'));
    const c = contrast(reckless, 'federalProsecution', CURRENT, GFJPA);
    expect(c.a.status).toBe('unavailable');
    expect(c.b.status).toBe('available');
    expect(c.causes.map((x) => x.definition)).toEqual(['section242.mentalStateMet']);
    expect(c.divergence?.a).toMatchObject({
      value: false,
      rule: 'screws-v-united-states.recklessness-not-willful',
    });
    expect(c.divergence?.b).toMatchObject({
      value: true,
      rule: 'hr-1280.sec-101.recklessly',
      provision: 'hr-1280-sec-101',
    });
    expect(c.sentence).toContain('Screws v. United States');
    expect(c.sentence).toContain('H.R. 1280 (117th Cong.) § 101');
  });

  it('says so when the route is the same under both', () => {
    const c = contrast(load('floyd-chauvin-2020'), 'federalProsecution', CURRENT, GFJPA);
    expect(c.differs).toBe(false);
    expect(c.divergence).toBeNull();
    expect(c.causes).toEqual([]);
    expect(c.sentence).toBe('federalProsecution: available under both current and gfjpa-2021.');
  });
});

describe('divergences', () => {
  it('finds nothing between a derivation and itself, and the deciding definition otherwise', () => {
    const kisela = load('kisela-hughes-2010');
    const [a] = traceIncident(CURRENT, kisela, ['officerSuit']);
    const [b] = traceIncident(GFJPA, kisela, ['officerSuit']);
    if (!a || !b) throw new Error('no trace');
    expect(divergences(a, a, 'x', 'y')).toEqual([]);
    const causes = divergences(a, b, 'law', 'bill');
    expect(causes.map((c) => [c.definition, c.a.regime, c.b.regime])).toEqual([
      ['qualifiedImmunity.shields', 'law', 'bill'],
    ]);
    expect(causes[0]?.description).toBe(
      'Qualified immunity defeats a damages claim against the individual officer',
    );
  });
});
