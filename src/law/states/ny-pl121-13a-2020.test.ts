import { describe, expect, it } from 'vitest';
import { current, regimeWith } from '../regimes.js';
import { decideYaml, evaluateYaml } from '../testkit.js';

/**
 * New York Penal Law § 121.13-a, the Eric Garner Anti-Chokehold Act (LAW.md §0 E12): a police or
 * peace officer whose chokehold or similar restraint causes serious physical injury or death commits
 * aggravated strangulation, a class C felony; from 12 June 2020 (effective on signing: UNCONFIRMED).
 */

const CITE = 'N.Y. Penal Law § 121.13-a (Eric Garner Anti-Chokehold Act, 2020)';

/** A Buffalo officer puts a man in a chokehold during an arrest; the harm and date vary. */
const buffalo = (date: string, harm = 'death', o: { employer?: string; force?: string } = {}) => `
  id: buffalo-chokehold-${date}
  date: ${date}
  place: { state: NY, locality: Buffalo }
  officer: { employer: ${o.employer ?? 'local'}, role: police, underColorOfLaw: true }
  conduct: { force: [${o.force ?? 'chokehold'}], deadlyForceAuthorized: true, claims: [excessive-force] }
  harm: ${harm}
`;

describe('New York Penal Law § 121.13-a: a chokehold causing serious injury or death is a class C felony', () => {
  it('a Buffalo officer’s chokehold that kills, on 12 June 2020, is prohibited, breaches the law, and is a class C felony', () => {
    const result = evaluateYaml(current, buffalo('2020-06-12'));
    expect(result.tactics).toEqual([
      expect.objectContaining({
        tactic: 'chokehold',
        rule: 'prohibited',
        breached: true,
        cite: CITE,
        needs: [],
        unconfirmed: 'Effective on signing (June 12, 2020) is UNCONFIRMED.',
      }),
    ]);
    expect(result.stateCriminal).toEqual([
      {
        tactic: 'chokehold',
        grade: 'class-c-felony',
        determined: true,
        cite: CITE,
        text: expect.stringContaining('aggravated strangulation, a class C felony'),
        needs: [],
        unconfirmed: 'Effective on signing (June 12, 2020) is UNCONFIRMED.',
      },
    ]);
    expect(decideYaml(current, buffalo('2020-06-12'), 'tactics.chokehold.rule').rule).toBe(
      'ny-pl121-13a-2020.chokehold-crime',
    );
    expect(decideYaml(current, buffalo('2020-06-12'), 'stateCrime.chokehold')).toEqual({
      value: 'class-c-felony',
      rule: 'ny-pl121-13a-2020.aggravated-strangulation',
      needs: [],
    });
  });

  it('the section states no deadly-force exception: the breach turns on the harm alone', () => {
    expect(
      decideYaml(current, buffalo('2021-01-01', 'serious-injury'), 'tactics.chokehold.breached'),
    ).toEqual({
      value: true,
      rule: 'ny-pl121-13a-2020.serious-harm',
      needs: [],
    });
  });

  it('a chokehold that causes a lesser injury does not commit the crime: no breach, no state crime', () => {
    const result = evaluateYaml(current, buffalo('2021-01-01', 'injury'));
    expect(result.tactics[0]).toMatchObject({ rule: 'prohibited', breached: false });
    expect(result.stateCriminal).toEqual([]);
    expect(decideYaml(current, buffalo('2021-01-01', 'injury'), 'stateCrime.chokehold')).toEqual({
      value: 'none',
      rule: null,
      needs: [],
    });
  });

  it('when the harm is unknown, the crime is open on it alone', () => {
    const result = evaluateYaml(current, buffalo('2021-01-01', 'null'));
    expect(result.tactics[0]).toMatchObject({ rule: 'prohibited', breached: null, needs: ['harm'] });
    expect(result.stateCriminal).toEqual([
      expect.objectContaining({ grade: null, determined: false, cite: CITE, needs: ['harm'] }),
    ]);
  });

  it('a carotid restraint that kills is a "similar restraint": the same crime', () => {
    expect(
      evaluateYaml(current, buffalo('2021-01-01', 'death', { force: 'carotid-restraint' })).stateCriminal,
    ).toMatchObject([{ grade: 'class-c-felony' }]);
  });

  it('a federal agent in New York is not reached', () => {
    const result = evaluateYaml(current, buffalo('2021-01-01', 'death', { employer: 'federal' }));
    expect(result.stateCriminal).toEqual([]);
    expect(result.tactics[0]?.cite).not.toBe(CITE);
  });

  it('Eric Garner’s death (17 July 2014) came before it: no state crime of this kind, and the chokehold unregulated', () => {
    const garner = `
      id: garner-2014
      date: 2014-07-17
      place: { state: NY, locality: Staten Island }
      officer: { employer: local, role: police, underColorOfLaw: true }
      conduct: { force: [chokehold], claims: [excessive-force] }
      harm: death
    `;
    const result = evaluateYaml(current, garner);
    expect(result.stateCriminal).toEqual([]);
    expect(result.tactics[0]).toMatchObject({ rule: 'unregulated' });
    // Applied hypothetically (--with), the act reaches it.
    const withAct = evaluateYaml(regimeWith('current', ['ny-pl121-13a-2020']), garner);
    expect(withAct.regime).toBe('current+ny-pl121-13a-2020');
    expect(withAct.stateCriminal).toMatchObject([{ grade: 'class-c-felony', determined: true }]);
  });
});
