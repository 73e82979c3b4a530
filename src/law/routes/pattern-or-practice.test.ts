import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { evaluateYaml } from '../testkit.js';

/** Route `patternOrPractice`: the DOJ civil action against the agency (DESIGN.md §3). */

describe('patternOrPractice: 34 U.S.C. 12601', () => {
  it('the Ferguson police, with a pattern of unconstitutional stops, can be sued by the Attorney General for equitable and declaratory relief', () => {
    const route = evaluateYaml(
      current,
      `
      id: ferguson-2014
      title: Michael Brown, Ferguson
      date: 2014-08-09
      place: { state: MO, locality: Ferguson }
      officer: { employer: local, role: police, underColorOfLaw: true }
      agency: { patternOrPractice: true }
      conduct: { force: [firearm], deadlyForce: true, claims: [excessive-force] }
      harm: death
    `,
    ).routes.patternOrPractice;
    expect(route.status).toBe('available');
    expect(route.tools).toEqual(['equitable-relief', 'declaratory-relief']);
    expect(route.reasons[0]).toMatchObject({
      rule: 'pattern-or-practice.usc-34-12601',
      definition: 'patternOrPractice',
      cite: '34 U.S.C. 12601',
      value: 'available',
    });
  });

  it('a single incident in an agency without a pattern gives the Attorney General no action', () => {
    const route = evaluateYaml(
      current,
      `
      id: single-incident
      date: 2014-08-09
      place: { state: MO }
      officer: { employer: local, role: police, underColorOfLaw: true }
      agency: { patternOrPractice: false }
    `,
    ).routes.patternOrPractice;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('no-pattern-or-practice');
    expect(route.reasons[0]?.rule).toBe('pattern-or-practice.usc-34-12601');
  });
});
