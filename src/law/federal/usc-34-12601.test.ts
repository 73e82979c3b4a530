import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { parseIncident } from '../parse.js';
import { current } from '../regimes.js';
import { evaluateYaml, ruleIdsOf } from '../testkit.js';

/** 34 U.S.C. 12601, the Attorney General's pattern-or-practice action (LAW.md §1.6). */

/** A department with a pattern of unconstitutional stops and force. */
const department = (date: string, employer: string, pattern: string) => `
  id: department-${date}
  date: ${date}
  place: { state: MD, locality: Baltimore }
  officer: { employer: ${employer}, role: police, underColorOfLaw: true }
  agency: { patternOrPractice: ${pattern} }
  conduct: { force: [bodily-force], claims: [excessive-force, unlawful-seizure] }
  harm: injury
`;

describe('34 U.S.C. 12601: the pattern-or-practice action', () => {
  it('after Freddie Gray’s death the Attorney General can sue the Baltimore police for its pattern of violations, for equitable and declaratory relief only', () => {
    const route = evaluateYaml(
      current,
      `
      id: freddie-gray
      title: Freddie Gray, Baltimore
      date: 2015-04-12
      place: { state: MD, locality: Baltimore }
      officer: { employer: local, role: police, underColorOfLaw: true }
      agency: { patternOrPractice: true }
      conduct: { force: [bodily-force], deniedMedicalCare: true, claims: [excessive-force, unlawful-seizure] }
      harm: death
    `,
    ).routes.patternOrPractice;
    expect(route.status).toBe('available');
    expect(route.blockedBy).toBeNull();
    expect(route.needs).toEqual([]);
    expect(route.tools).toEqual(['equitable-relief', 'declaratory-relief']);
    expect(route.plaintiffs).toEqual(['united-states']);
    expect(ruleIdsOf(route)).toEqual([
      'pattern-or-practice.usc-34-12601',
      'usc-34-12601.attorney-general-action',
    ]);
    expect(route.reasons[1]?.cite).toBe('34 U.S.C. 12601(b)');
  });

  it('the Rodney King beating in 1991 came before the 1994 Act: the Attorney General had no such action', () => {
    const route = evaluateYaml(
      current,
      `
      id: rodney-king
      title: Rodney King, Los Angeles
      date: 1991-03-03
      place: { state: CA, locality: Los Angeles }
      officer: { employer: local, role: police, underColorOfLaw: true }
      agency: { patternOrPractice: true }
      conduct: { force: [impact-weapon, taser], claims: [excessive-force] }
      harm: serious-injury
    `,
    ).routes.patternOrPractice;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('not-in-force');
    expect(ruleIdsOf(route)).toEqual(['pattern-or-practice.usc-34-12601', 'usc-34-12601.before-enactment']);
    // Pub. L. 103-322's date, Sept. 13, 1994, is now in the legal source (§0 E2): no longer UNCONFIRMED.
    expect(route.reasons[1]?.cite).toBe(
      'Violent Crime Control and Law Enforcement Act of 1994, Pub. L. 103-322, § 210401',
    );
    expect(route.reasons[1]?.unconfirmed).toBeUndefined();
    expect(route.decidedBy).toBe('usc-34-12601.before-enactment');
  });

  it('conduct on 12 September 1994, the day before enactment, is outside the Act', () => {
    const route = evaluateYaml(current, department('1994-09-12', 'local', 'true')).routes.patternOrPractice;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('not-in-force');
  });

  it('conduct on 13 September 1994, the day of enactment, is within it', () => {
    const route = evaluateYaml(current, department('1994-09-13', 'local', 'true')).routes.patternOrPractice;
    expect(route.status).toBe('available');
    expect(ruleIdsOf(route)).toContain('usc-34-12601.attorney-general-action');
  });

  it('before enactment nothing else about the agency needs to be known', () => {
    const route = evaluateYaml(
      current,
      `
      id: before-1994-unknowns
      date: 1993-01-01
      place: { state: CA }
    `,
    ).routes.patternOrPractice;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('not-in-force');
    expect(route.needs).toEqual([]);
  });

  it('a federal agency is not treated as a governmental authority the Attorney General sues (UNCONFIRMED)', () => {
    const route = evaluateYaml(current, department('2016-06-01', 'federal', 'true')).routes.patternOrPractice;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('not-covered');
    expect(ruleIdsOf(route)).toContain('usc-34-12601.governmental-authority');
    expect(route.reasons[1]?.unconfirmed).toMatch(/federal agencies/);
  });

  // LAW.md §0 E8 settled what was UNCONFIRMED here: staff are reached only in a juvenile-justice
  // agency, so the adult agency is now said to be one (agency.juvenileJustice: false) and the reason
  // cites the statute's words and Lauderdale County instead of an UNCONFIRMED note.
  it.each(['corrections', 'other-official'] as const)(
    'a pattern of abuse by %s staff of an adult agency is not conduct the Act reaches',
    (role) => {
      const yaml = department('2016-06-01', 'state', 'true')
        .replace('role: police', `role: ${role}`)
        .replace('patternOrPractice: true', 'patternOrPractice: true, juvenileJustice: false');
      const route = evaluateYaml(current, yaml).routes.patternOrPractice;
      expect(route.status).toBe('unavailable');
      expect(route.blockedBy).toBe('not-covered');
      expect(ruleIdsOf(route)).toEqual([
        'pattern-or-practice.usc-34-12601',
        'usc-34-12601.law-enforcement-officers',
      ]);
      expect(route.reasons[1]?.cite).toBe(
        '34 U.S.C. 12601(a); United States v. Lauderdale County (5th Cir. 2019)',
      );
      expect(route.reasons[1]?.text).toMatch(/incarceration of juveniles/);
    },
  );

  it('when the officer’s role is unknown and there is a pattern, whether they were law enforcement, or of a juvenile-justice agency, is asked', () => {
    const yaml = department('2016-06-01', 'local', 'true').replace('role: police, ', '');
    const route = evaluateYaml(current, yaml).routes.patternOrPractice;
    expect(route.status).toBe('undetermined');
    expect(route.needs).toEqual(['officer.role', 'agency.juvenileJustice']);
  });

  // --- E8: juvenile-justice and juvenile-incarceration agencies --------------------------------

  /** Staff of a county juvenile detention center restrain and pepper-spray children as a routine. */
  const juvenileDetention = (juvenileJustice: string) => `
    id: juvenile-detention-${juvenileJustice}
    title: A county juvenile detention center
    date: 2017-03-01
    place: { state: MS, locality: Meridian }
    officer: { employer: local, role: corrections, underColorOfLaw: true }
    agency: { patternOrPractice: true, juvenileJustice: ${juvenileJustice} }
    conduct: { force: [prone-restraint, chemical-agent], claims: [excessive-force, conditions-of-confinement] }
    harm: injury
  `;

  it('a juvenile detention official’s pattern of abuse is reached: the agency incarcerates juveniles (34 U.S.C. 12601(a))', () => {
    const route = evaluateYaml(current, juvenileDetention('true')).routes.patternOrPractice;
    expect(route.status).toBe('available');
    expect(route.needs).toEqual([]);
    expect(route.decidedBy).toBe('usc-34-12601.attorney-general-action');
    expect(route.tools).toEqual(['equitable-relief', 'declaratory-relief']);
  });

  it('for a corrections officer, whether the agency is one for juvenile justice is asked: adult corrections are not reached', () => {
    const unknown = evaluateYaml(current, juvenileDetention('null')).routes.patternOrPractice;
    expect(unknown.status).toBe('undetermined');
    expect(unknown.needs).toEqual(['agency.juvenileJustice']);
    const adult = evaluateYaml(current, juvenileDetention('false')).routes.patternOrPractice;
    expect(adult.status).toBe('unavailable');
    expect(adult.decidedBy).toBe('usc-34-12601.law-enforcement-officers');
  });

  it('a police officer is reached whatever the agency’s juvenile-justice duties, and nothing about them is asked', () => {
    const route = evaluateYaml(current, department('2016-06-01', 'local', 'true')).routes.patternOrPractice;
    expect(route.status).toBe('available');
    expect(route.needs).toEqual([]);
  });

  it('a single incident, without a pattern or practice, does not support the action', () => {
    const route = evaluateYaml(current, department('2016-06-01', 'local', 'false')).routes.patternOrPractice;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('no-pattern-or-practice');
    expect(ruleIdsOf(route)).toContain('usc-34-12601.pattern-or-practice');
  });

  it('when it is not known whether the agency shows a pattern or practice, that is asked', () => {
    const route = evaluateYaml(current, department('2016-06-01', 'state', 'null')).routes.patternOrPractice;
    expect(route.status).toBe('undetermined');
    expect(route.needs).toEqual(['agency.patternOrPractice']);
  });

  it('when there is a pattern but the employer is unknown, whether it is federal is asked', () => {
    const route = evaluateYaml(current, department('2016-06-01', 'null', 'true')).routes.patternOrPractice;
    expect(route.status).toBe('undetermined');
    expect(route.needs).toEqual(['officer.employer']);
  });

  it('without a pattern the employer does not matter: the action fails either way', () => {
    const route = evaluateYaml(current, department('2016-06-01', 'null', 'false')).routes.patternOrPractice;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('no-pattern-or-practice');
    expect(route.needs).toEqual([]);
  });

  it('the remedies are equitable and declaratory relief sued for by the Attorney General: no damages', () => {
    const incident = parseIncident(department('2016-06-01', 'local', 'true'));
    const id = 'patternOrPractice.tools';
    const tools = evaluate(current, factsFromObject(incident), incident.date, [id]).get(id);
    expect(tools?.value).toEqual(['equitable-relief', 'declaratory-relief']);
    expect(tools?.decidedBy?.id).toBe('usc-34-12601.remedies');
    expect(tools?.value).not.toContain('damages');
  });
});
