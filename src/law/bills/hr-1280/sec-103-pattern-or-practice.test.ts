import { describe, expect, it } from 'vitest';
import { current } from '../../regimes.js';
import { decideYaml, evaluateYaml, regimeById } from '../../testkit.js';

/**
 * H.R. 1280 § 103 (LAW.md §2.3, §2.3a): subpoena power for DOJ in pattern-or-practice
 * investigations, and grants for state attorneys general to conduct them.
 */

const GFJPA = regimeById('gfjpa-2021');

/** Freddie Gray's arrest in Baltimore, in a department with a pattern of unconstitutional stops (LAW.md §6 M9). */
const baltimore = (date = '2015-04-12') => `
  id: gray-baltimore
  title: Freddie Gray, Baltimore
  date: ${date}
  place: { state: MD, locality: Baltimore }
  officer: { employer: local, role: police, underColorOfLaw: true }
  agency: { patternOrPractice: true }
  conduct: { force: [bodily-force], deniedMedicalCare: true, claims: [excessive-force, unlawful-seizure, medical-neglect] }
  harm: death
`;

describe('H.R. 1280 § 103: subpoenas and state attorney-general grants in pattern-or-practice cases', () => {
  it('under the law in force the Attorney General may sue the Baltimore police for equitable and declaratory relief only', () => {
    const route = evaluateYaml(current, baltimore()).routes.patternOrPractice;
    expect(route.status).toBe('available');
    expect(route.tools).toEqual(['equitable-relief', 'declaratory-relief']);
    expect(route.plaintiffs).toEqual(['united-states']);
  });

  it('under H.R. 1280 DOJ also has subpoena power and state attorneys general get grants to investigate', () => {
    const route = evaluateYaml(GFJPA, baltimore()).routes.patternOrPractice;
    expect(route.status).toBe('available');
    // LAW.md §0 E7 adds the state attorneys general's own investigations and subpoenas to the list.
    expect(route.tools).toEqual([
      'equitable-relief',
      'declaratory-relief',
      'administrative-subpoena',
      'state-attorney-general-grants',
      'state-attorney-general-investigation',
      'state-attorney-general-subpoena',
    ]);
    expect(decideYaml(GFJPA, baltimore(), 'patternOrPractice.tools').rule).toBe(
      'hr-1280.sec-103.subpoena-and-state-grants',
    );
    expect(decideYaml(current, baltimore(), 'patternOrPractice.tools').rule).toBe('usc-34-12601.remedies');
  });

  it('it does not change when the action lies: a single incident without a pattern still gives none', () => {
    const yaml = baltimore().replace('patternOrPractice: true', 'patternOrPractice: false');
    const route = evaluateYaml(GFJPA, yaml).routes.patternOrPractice;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('no-pattern-or-practice');
  });

  it('the tools apply as if in force whatever the date (a 1997 investigation), and the result says it is hypothetical', () => {
    const result = evaluateYaml(GFJPA, baltimore('1997-02-01'));
    expect(result.hypothetical).toBe(true);
    expect(result.routes.patternOrPractice.tools).toContain('administrative-subpoena');
    expect(evaluateYaml(current, baltimore('1997-02-01')).routes.patternOrPractice.tools).not.toContain(
      'administrative-subpoena',
    );
  });

  // --- E7: state attorneys general get their own pattern-or-practice authority -----------------

  it('under H.R. 1280 Maryland’s attorney general may investigate Baltimore’s police, issue subpoenas and sue in federal court', () => {
    const route = evaluateYaml(GFJPA, baltimore()).routes.patternOrPractice;
    expect(route.plaintiffs).toEqual(['united-states', 'state-attorney-general']);
    expect(route.tools).toEqual(
      expect.arrayContaining(['state-attorney-general-investigation', 'state-attorney-general-subpoena']),
    );
    expect(decideYaml(GFJPA, baltimore(), 'patternOrPractice.plaintiffs').rule).toBe(
      'hr-1280.sec-103.state-attorneys-general-sue',
    );
    const tools = decideYaml(GFJPA, baltimore(), 'patternOrPractice.tools');
    expect(tools.rule).toBe('hr-1280.sec-103.subpoena-and-state-grants');
    const rules = GFJPA.definitions.get('patternOrPractice.plaintiffs')?.rules ?? [];
    expect(rules.find((r) => r.id === 'hr-1280.sec-103.state-attorneys-general-sue')?.unconfirmed).toMatch(
      /equitable and declaratory/,
    );
  });

  it('under the law in force only the United States may sue, and the state attorney general has no such action', () => {
    const route = evaluateYaml(current, baltimore()).routes.patternOrPractice;
    expect(route.plaintiffs).toEqual(['united-states']);
    expect(decideYaml(current, baltimore(), 'patternOrPractice.plaintiffs').rule).toBe(
      'usc-34-12601.attorney-general-sues',
    );
  });

  it('the state attorney general’s authority does not reach further than the action: a single incident gives none either way', () => {
    const yaml = baltimore().replace('patternOrPractice: true', 'patternOrPractice: false');
    expect(evaluateYaml(GFJPA, yaml).routes.patternOrPractice.status).toBe('unavailable');
  });
});
