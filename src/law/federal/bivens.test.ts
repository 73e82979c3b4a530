import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml, ruleIdsOf } from '../testkit.js';

/** Bivens, the implied damages action against federal officers, and its limits (LAW.md §1.9). */

const recognizedContext = (yaml: string) => decideYaml(current, yaml, 'bivens.recognizedContext');

/** Federal narcotics agents search Webster Bivens's apartment and arrest him without a warrant. */
const bivensRaid = (officer: string, claims: string, findings: string) => `
  id: bivens-1965
  title: Webster Bivens, Brooklyn
  date: 1965-11-26
  place: { state: NY, locality: Brooklyn, nearBorder: false }
  officer: ${officer}
  conduct: { claims: ${claims} }
  harm: injury
  findings: ${findings}
`;
const AGENT = '{ employer: federal, role: police, department: justice, underColorOfLaw: true }';

/** A Border Patrol agent shoves an innkeeper to the ground (Egbert v. Boule). */
const egbert = (findings: string) => `
  id: egbert-v-boule
  title: Robert Boule, Smuggler's Inn, Blaine
  date: 2014-03-20
  place: { state: WA, locality: Blaine }
  officer: { employer: federal, role: police, department: homeland-security, underColorOfLaw: true }
  conduct: { force: [bodily-force], claims: [excessive-force, speech-retaliation] }
  harm: injury
  findings: ${findings}
`;

describe('Bivens: damages from a federal officer', () => {
  it('federal narcotics agents who searched a home and arrested a man without a warrant can be sued for damages (Bivens)', () => {
    const yaml = bivensRaid(
      AGENT,
      '[unlawful-search, false-arrest]',
      '{ rightViolated: true, clearlyEstablished: true }',
    );
    const suit = evaluateYaml(current, yaml).routes.officerSuit;
    expect(suit.status).toBe('available');
    expect(suit.blockedBy).toBeNull();
    expect(suit.needs).toEqual([]);
    expect(ruleIdsOf(suit)).toEqual([
      'officer-suit.federal-officer',
      'bivens.damages',
      'bivens.fourth-amendment-search-arrest',
      'harlow-v-fitzgerald.clearly-established',
    ]);
    expect(recognizedContext(yaml)).toEqual({
      value: true,
      rule: 'bivens.fourth-amendment-search-arrest',
      needs: [],
    });
  });

  it('federal prison officials who deny an inmate medical care can be sued for damages (Carlson v. Green)', () => {
    const suit = evaluateYaml(
      current,
      `
      id: carlson-v-green
      title: Joseph Jones, federal prison, Terre Haute
      date: 1975-08-15
      place: { state: IN, locality: Terre Haute, nearBorder: false }
      officer: { employer: federal, role: corrections, department: justice, underColorOfLaw: true }
      conduct: { deniedMedicalCare: true, claims: [medical-neglect] }
      harm: death
      findings: { rightViolated: true, obviousViolation: true }
    `,
    ).routes.officerSuit;
    expect(suit.status).toBe('available');
    const carlson = suit.reasons.find((r) => r.rule === 'carlson-v-green.prison-medical-care');
    expect(carlson?.value).toBe(true);
    expect(carlson?.cite).toBe('Carlson v. Green, 446 U.S. 14 (1980)');
    expect(carlson?.unconfirmed).toMatch(
      /sources Recourse encodes from name Carlson v\. Green \(1980\) as an extension without its facts/,
    );
  });

  it('a Border Patrol agent’s excessive force is a new context with no Bivens remedy, even for a clearly established violation (Egbert v. Boule)', () => {
    const yaml = egbert('{ rightViolated: true, clearlyEstablished: true }');
    const suit = evaluateYaml(current, yaml).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('bivens-new-context');
    expect(ruleIdsOf(suit)).toEqual([
      'officer-suit.federal-officer',
      'ziglar-v-abbasi.no-extension',
      'egbert-v-boule.homeland-security-officer',
    ]);
    expect(recognizedContext(yaml)).toEqual({
      value: false,
      rule: 'egbert-v-boule.homeland-security-officer',
      needs: [],
    });
  });

  it('a new context is decided without asking whether the right was violated or clearly established', () => {
    const suit = evaluateYaml(current, egbert('{}')).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('bivens-new-context');
    expect(suit.needs).toEqual([]);
  });

  it('a medical-neglect claim against a federal police officer (not a prison official) is also a new context', () => {
    const yaml = bivensRaid(AGENT, '[medical-neglect]', '{ rightViolated: true, clearlyEstablished: true }');
    expect(evaluateYaml(current, yaml).routes.officerSuit.blockedBy).toBe('bivens-new-context');
    expect(recognizedContext(yaml).rule).toBe('egbert-v-boule.new-context');
  });

  it('an off-duty federal agent in a private fight is not acting under color of federal authority', () => {
    const suit = evaluateYaml(
      current,
      bivensRaid(
        '{ employer: federal, role: police, underColorOfLaw: false }',
        '[false-arrest]',
        '{ rightViolated: true, clearlyEstablished: true }',
      ),
    ).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-color-of-law');
    expect(ruleIdsOf(suit)).toContain('bivens.color-of-federal-authority');
  });

  it('federal agents get qualified immunity in a Bivens suit as state officers do under § 1983', () => {
    const suit = evaluateYaml(
      current,
      bivensRaid(
        AGENT,
        '[unlawful-search]',
        '{ rightViolated: true, clearlyEstablished: false, obviousViolation: false }',
      ),
    ).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('qualified-immunity');
    expect(ruleIdsOf(suit)).toContain('bivens.qualified-immunity');
    expect(ruleIdsOf(suit)).not.toContain('pearson-v-callahan.prong-two-first');
  });

  it('a search found lawful (no right violated) gives no Bivens claim', () => {
    const suit = evaluateYaml(
      current,
      bivensRaid(AGENT, '[unlawful-search]', '{ rightViolated: false, clearlyEstablished: true }'),
    ).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-violation');
    expect(ruleIdsOf(suit)).toContain('bivens.deprivation-of-right');
  });

  it('when the claims are not known, the context (and so the remedy) turns on them alone', () => {
    const suit = evaluateYaml(
      current,
      `
      id: federal-agent-claims-unknown
      date: 2019-06-01
      place: { state: AZ, locality: Phoenix, nearBorder: false }
      officer: { employer: federal, role: police, department: justice, underColorOfLaw: true }
      findings: { rightViolated: true, clearlyEstablished: true }
    `,
    ).routes.officerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['conduct.claims']);
    expect(ruleIdsOf(suit)).toContain('ziglar-v-abbasi.no-extension');
    expect(ruleIdsOf(suit)).toContain('bivens.fourth-amendment-search-arrest');
  });

  it('for a warrantless-search claim, whether the federal officer was a law enforcement agent is asked', () => {
    const yaml = `
      id: federal-officer-role-unknown
      date: 2019-06-01
      place: { state: AZ, locality: Phoenix, nearBorder: false }
      officer: { employer: federal, department: justice, underColorOfLaw: true }
      conduct: { claims: [unlawful-search] }
      findings: { rightViolated: true, clearlyEstablished: true }
    `;
    expect(evaluateYaml(current, yaml).routes.officerSuit.needs).toEqual(['officer.role']);
    expect(recognizedContext(yaml)).toEqual({
      value: undefined,
      rule: 'egbert-v-boule.new-context',
      needs: ['officer.role'],
    });
  });

  // --- E5: Homeland Security officers and the border are new contexts; every claim must fit -------

  /** A CBP officer at a port of entry throws a traveller to the ground and holds him for hours. */
  const portOfEntry = (department: string, nearBorder: string, claims: string) => `
    id: cbp-port-of-entry
    title: A traveller at a port of entry
    date: 2023-05-02
    place: { state: TX, locality: El Paso, nearBorder: ${nearBorder} }
    officer: { employer: federal, role: police, department: ${department}, underColorOfLaw: true }
    conduct: { force: [bodily-force], claims: ${claims} }
    harm: injury
    findings: { rightViolated: true, clearlyEstablished: true }
  `;

  it('a CBP officer’s excessive force is a new context whatever the claims, even away from the border (Egbert v. Boule)', () => {
    for (const claims of ['[excessive-force]', '[unlawful-search, false-arrest]', '[medical-neglect]']) {
      const yaml = portOfEntry('homeland-security', 'false', claims);
      const suit = evaluateYaml(current, yaml).routes.officerSuit;
      expect(suit.status, claims).toBe('unavailable');
      expect(suit.blockedBy).toBe('bivens-new-context');
      expect(suit.needs).toEqual([]);
      expect(recognizedContext(yaml).rule).toBe('egbert-v-boule.homeland-security-officer');
    }
  });

  it('a border setting is a new context whatever the agency and the claims (Hernandez v. Mesa)', () => {
    const yaml = portOfEntry('justice', 'true', '[unlawful-search]');
    const suit = evaluateYaml(current, yaml).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('bivens-new-context');
    expect(recognizedContext(yaml)).toEqual({
      value: false,
      rule: 'hernandez-v-mesa.border-setting',
      needs: [],
    });
  });

  it('for a federal agent, the agency and whether it was at the border are asked: each can make it a new context', () => {
    const yaml = portOfEntry('null', 'null', '[unlawful-search]');
    expect(evaluateYaml(current, yaml).routes.officerSuit.needs).toEqual([
      'officer.department',
      'place.nearBorder',
    ]);
  });

  /** FBI agents tackle a protester during an arrest, and arrest him because of his speech. */
  const fbiArrest = (claims: string) => `
    id: fbi-protest-arrest
    title: A protester arrested by FBI agents
    date: 2020-07-20
    place: { state: OR, locality: Portland, nearBorder: false }
    officer: { employer: federal, role: police, department: justice, underColorOfLaw: true }
    conduct: { force: [bodily-force], claims: ${claims} }
    harm: injury
    findings: { rightViolated: true, clearlyEstablished: true }
  `;

  it('an FBI agent’s excessive force in an arrest is a Fourth Amendment claim, treated as within Bivens (UNCONFIRMED)', () => {
    const yaml = fbiArrest('[excessive-force]');
    const suit = evaluateYaml(current, yaml).routes.officerSuit;
    expect(suit.status).toBe('available');
    const reason = suit.reasons.find((r) => r.rule === 'bivens.fourth-amendment-search-arrest');
    expect(reason?.unconfirmed).toMatch(/agency or the setting differs from narcotics agents/);
  });

  it('an FBI agent’s excessive force with a speech-retaliation claim is not recognised because one claim fits', () => {
    const yaml = fbiArrest('[excessive-force, speech-retaliation]');
    const suit = evaluateYaml(current, yaml).routes.officerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('bivens-new-context');
    expect(recognizedContext(yaml)).toEqual({ value: false, rule: 'egbert-v-boule.new-context', needs: [] });
  });

  it('a prison official’s medical neglect with a conditions claim is not recognised because the medical claim fits Carlson', () => {
    const yaml = `
      id: federal-prison-conditions
      date: 2018-02-01
      place: { state: CO, locality: Florence, nearBorder: false }
      officer: { employer: federal, role: corrections, department: justice, underColorOfLaw: true }
      conduct: { deniedMedicalCare: true, claims: [medical-neglect, conditions-of-confinement] }
      harm: serious-injury
      findings: { rightViolated: true, obviousViolation: true }
    `;
    expect(recognizedContext(yaml)).toEqual({ value: false, rule: 'egbert-v-boule.new-context', needs: [] });
    expect(evaluateYaml(current, yaml).routes.officerSuit.blockedBy).toBe('bivens-new-context');
  });

  it('an empty list of claims is no recognised context', () => {
    expect(recognizedContext(fbiArrest('[]')).value).toBe(false);
  });
});
