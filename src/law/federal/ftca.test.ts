import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml, ruleIdsOf } from '../testkit.js';

/** The Federal Tort Claims Act and its 1974 law enforcement proviso (LAW.md §1.9). */

const sorted = (xs: readonly string[]) => [...xs].sort();

/** A federal officer's use of force on someone in custody. */
const federalForce = (date: string, officer: string, claims: string) => `
  id: federal-force-${date}
  date: ${date}
  place: { state: TX, locality: El Paso }
  officer: ${officer}
  conduct: { force: [bodily-force], claims: ${claims} }
  harm: injury
`;
const AGENT = '{ employer: federal, role: police, underColorOfLaw: true, withinScopeOfEmployment: true }';

describe('the FTCA: damages from the United States', () => {
  it('the United States answers for a battery by a federal law enforcement officer under the 1974 proviso', () => {
    const suit = evaluateYaml(current, federalForce('2014-03-20', AGENT, '[excessive-force]')).routes
      .employerSuit;
    expect(suit.status).toBe('available');
    expect(suit.blockedBy).toBeNull();
    expect(suit.needs).toEqual([]);
    expect(ruleIdsOf(suit)).toEqual([
      'employer-suit.united-states',
      'usc-28-2680h.law-enforcement-proviso',
      'usc-28-2680h.federal-police-officer',
    ]);
    expect(suit.reasons[1]?.cite).toBe(
      '28 U.S.C. 2680(h) (law enforcement proviso, 1974); Millbrook v. United States, 569 U.S. 50 (2013)',
    );
    expect(suit.reasons[1]?.unconfirmed).toMatch(/16 March 1974/);
  });

  it('a battery by a federal agent on 15 March 1974, the day before the proviso, is excepted from the Act', () => {
    const suit = evaluateYaml(current, federalForce('1974-03-15', AGENT, '[excessive-force]')).routes
      .employerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('not-in-force');
    expect(ruleIdsOf(suit)).toEqual([
      'employer-suit.united-states',
      'usc-28-2680h.before-proviso',
      'usc-28-2680h.federal-police-officer',
    ]);
  });

  it('a false arrest by a federal agent on 16 March 1974, the day the proviso took effect, can be sued on', () => {
    const suit = evaluateYaml(current, federalForce('1974-03-16', AGENT, '[false-arrest]')).routes
      .employerSuit;
    expect(suit.status).toBe('available');
    expect(ruleIdsOf(suit)).toContain('usc-28-2680h.law-enforcement-proviso');
    expect(ruleIdsOf(suit)).not.toContain('usc-28-2680h.before-proviso');
  });

  it('a federal employee acting outside the scope of employment does not make the United States liable', () => {
    const suit = evaluateYaml(
      current,
      federalForce(
        '2016-07-04',
        '{ employer: federal, role: police, underColorOfLaw: false, withinScopeOfEmployment: false }',
        '[excessive-force]',
      ),
    ).routes.employerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('not-within-scope');
    expect(suit.needs).toEqual([]);
    expect(ruleIdsOf(suit)).toContain('usc-28-2679.scope-of-employment');
  });

  it('the United States answers for federal prison staff’s negligent denial of medical care, before and after 1974 alike', () => {
    for (const date of ['1972-02-01', '2019-02-01']) {
      const suit = evaluateYaml(
        current,
        `
        id: federal-prison-medical-${date}
        date: ${date}
        place: { state: IN, locality: Terre Haute }
        officer: { employer: federal, role: corrections, underColorOfLaw: true, withinScopeOfEmployment: true }
        conduct: { deniedMedicalCare: true, claims: [medical-neglect] }
        harm: serious-injury
      `,
      ).routes.employerSuit;
      expect(suit.status).toBe('available');
      expect(ruleIdsOf(suit)).toEqual(['employer-suit.united-states', 'usc-28-1346b.tort-of-employee']);
    }
  });

  it('before 1974 a negligence claim lay even when a battery claim by the same agent was excepted', () => {
    const suit = evaluateYaml(
      current,
      federalForce('1974-03-15', AGENT, '[excessive-force, medical-neglect]'),
    ).routes.employerSuit;
    expect(suit.status).toBe('available');
    expect(suit.blockedBy).toBeNull();
    expect(ruleIdsOf(suit)).toContain('usc-28-1346b.tort-of-employee');
  });

  it('a battery by a federal employee who is not a law enforcement officer stays excepted from the Act', () => {
    const suit = evaluateYaml(
      current,
      `
      id: postal-clerk-shove
      title: A post office clerk shoves a customer to the floor
      date: 2019-10-10
      place: { state: PA }
      officer: { employer: federal, role: other-official, lawEnforcementPowers: false, underColorOfLaw: true, withinScopeOfEmployment: true }
      conduct: { force: [bodily-force], claims: [excessive-force] }
      harm: injury
    `,
    ).routes.employerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('not-covered');
    expect(ruleIdsOf(suit)).toContain('usc-28-2680h.intentional-torts-excepted');
  });

  it('when the claims are unknown the United States’ liability turns on them alone', () => {
    const suit = evaluateYaml(
      current,
      `
      id: federal-claims-unknown
      date: 2019-10-10
      place: { state: PA }
      officer: { employer: federal, role: police, underColorOfLaw: true, withinScopeOfEmployment: true }
    `,
    ).routes.employerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['conduct.claims']);
    expect(sorted(ruleIdsOf(suit))).toEqual([
      'employer-suit.united-states',
      'usc-28-1346b.tort-of-employee',
      'usc-28-2680h.federal-police-officer',
      'usc-28-2680h.intentional-torts-excepted',
      'usc-28-2680h.law-enforcement-proviso',
      'usc-28-2680h.trespass-and-privacy-not-excepted',
    ]);
  });

  // E4: the proviso turns on the officer's powers, so with the role unknown the powers are asked too
  // (a federal police or Bureau of Prisons officer has them by law; anyone else, by the answer).
  it('for a battery claim, whether the federal employee was a law enforcement officer is asked', () => {
    const suit = evaluateYaml(
      current,
      federalForce(
        '2014-03-20',
        '{ employer: federal, underColorOfLaw: true, withinScopeOfEmployment: true }',
        '[excessive-force]',
      ),
    ).routes.employerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['officer.role', 'officer.department', 'officer.lawEnforcementPowers']);
  });

  it('whether the officer acted within the scope of employment is asked when it is not known', () => {
    const suit = evaluateYaml(
      current,
      federalForce(
        '2014-03-20',
        '{ employer: federal, role: police, underColorOfLaw: true }',
        '[excessive-force]',
      ),
    ).routes.employerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['officer.withinScopeOfEmployment']);
  });

  it('the officer’s role does not matter for a negligence claim', () => {
    const suit = evaluateYaml(
      current,
      federalForce(
        '2014-03-20',
        '{ employer: federal, underColorOfLaw: true, withinScopeOfEmployment: true }',
        '[medical-neglect]',
      ),
    ).routes.employerSuit;
    expect(suit.status).toBe('available');
    expect(suit.needs).toEqual([]);
  });

  // --- E4: the proviso turns on the officer's powers (Millbrook), and trespass is not excepted ------

  /** Kim Millbrook, a federal prisoner, says Bureau of Prisons officers assaulted him in a holding cell (Millbrook v. United States). */
  const millbrook = (officer: string, claims = '[excessive-force]') => `
    id: millbrook-2010
    title: Kim Millbrook, USP Lewisburg
    date: 2010-01-18
    place: { state: PA, locality: Lewisburg }
    officer: ${officer}
    conduct: { force: [bodily-force], claims: ${claims} }
    harm: injury
  `;
  const BOP_OFFICER =
    '{ employer: federal, role: corrections, department: justice, underColorOfLaw: true, withinScopeOfEmployment: true }';

  it('the United States answers for a battery by Bureau of Prisons officers, who need not have been searching or arresting (Millbrook)', () => {
    const suit = evaluateYaml(current, millbrook(BOP_OFFICER)).routes.employerSuit;
    expect(suit.status).toBe('available');
    expect(suit.needs).toEqual([]);
    expect(ruleIdsOf(suit)).toEqual([
      'employer-suit.united-states',
      'usc-28-2680h.law-enforcement-proviso',
      'usc-18-3050.prison-officer-arrest-powers',
    ]);
    expect(suit.reasons[2]?.cite).toBe('18 U.S.C. 3050; Millbrook v. United States, 569 U.S. 50 (2013)');
    expect(decideYaml(current, millbrook(BOP_OFFICER), 'ftca.lawEnforcementOfficer')).toEqual({
      value: true,
      rule: 'usc-18-3050.prison-officer-arrest-powers',
      needs: [],
    });
  });

  it('the same battery by a prison officer before the 1974 proviso was excepted, as for any law enforcement officer', () => {
    const suit = evaluateYaml(current, millbrook(BOP_OFFICER).replace('2010-01-18', '1972-01-18')).routes
      .employerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('not-in-force');
  });

  it('a federal employee of another title is a law enforcement officer when empowered by law to arrest (a postal inspector)', () => {
    const officer =
      '{ employer: federal, role: other-official, department: other, lawEnforcementPowers: true, underColorOfLaw: true, withinScopeOfEmployment: true }';
    const suit = evaluateYaml(current, federalForce('2019-10-10', officer, '[false-arrest]')).routes
      .employerSuit;
    expect(suit.status).toBe('available');
    expect(ruleIdsOf(suit)).toContain('usc-28-2680h.empowered-by-law');
  });

  it('a federal corrections officer outside the Justice Department (an immigration detention officer) is asked about the powers', () => {
    const officer =
      '{ employer: federal, role: corrections, department: homeland-security, underColorOfLaw: true, withinScopeOfEmployment: true }';
    const suit = evaluateYaml(current, millbrook(officer)).routes.employerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['officer.lawEnforcementPowers']);
  });

  it('an unlawful search is a trespass or invasion of privacy, which § 2680(h) does not except, whoever the officer (UNCONFIRMED as to § 2680(a))', () => {
    const clerk =
      '{ employer: federal, role: other-official, lawEnforcementPowers: false, underColorOfLaw: true, withinScopeOfEmployment: true }';
    for (const [date, officer] of [
      ['2019-10-10', AGENT],
      ['2019-10-10', clerk],
      ['1970-05-01', AGENT],
    ] as const) {
      const suit = evaluateYaml(current, federalForce(date, officer, '[unlawful-search]')).routes
        .employerSuit;
      expect(suit.status, `${date} ${officer}`).toBe('available');
      expect(suit.needs).toEqual([]);
      expect(suit.decidedBy).toBe('usc-28-2680h.trespass-and-privacy-not-excepted');
      expect(suit.reasons[1]?.unconfirmed).toMatch(/discretionary-function exception of § 2680\(a\)/);
    }
  });
});
