import { describe, expect, it } from 'vitest';
import { current } from '../../regimes.js';
import { decideYaml, evaluateYaml, regimeById } from '../../testkit.js';

/**
 * H.R. 1280's no-knock provisions (LAW.md §2.3, §2.4): no-knock warrants banned in federal drug
 * cases; states and localities lose COPS eligibility (not Byrne JAG) unless a law prohibits
 * no-knock warrants in drug cases.
 */

const GFJPA = regimeById('gfjpa-2021');

const CITE = 'H.R. 1280 (117th Cong.), Title III, Subtitle B (no-knock warrants in drug cases)';

/** DEA agents break into an apartment without knocking to execute a drug warrant. */
const deaRaid = (warrantFor: string, date = '2019-02-06') => `
  id: dea-no-knock-raid
  title: DEA agents execute a warrant without knocking
  date: ${date}
  place: { state: TX, locality: Houston }
  officer: { employer: federal, role: police, department: justice, underColorOfLaw: true }
  conduct: { noKnockEntry: true, warrantFor: ${warrantFor}, claims: [unlawful-search] }
  harm: none
`;

/** Breonna Taylor: Louisville police execute a narcotics warrant with a no-knock clause (LAW.md §6 M4). */
const taylor = (noKnockRule: string, date = '2020-03-13') => `
  id: taylor-raid
  title: Breonna Taylor, Louisville
  date: ${date}
  place: { state: KY, locality: Louisville }
  officer: { employer: local, role: police, underColorOfLaw: true }
  agency: { receivesByrneJag: true, receivesCops: true, chokeholdRule: law, noKnockRule: ${noKnockRule} }
  conduct: { force: [firearm], deadlyForce: true, noKnockEntry: true, warrantFor: drug, claims: [excessive-force, unlawful-search] }
  harm: death
`;

describe('H.R. 1280: no-knock warrants banned in federal drug cases', () => {
  it('a DEA no-knock drug raid in 2019 was unregulated by federal law', () => {
    expect(evaluateYaml(current, deaRaid('drug')).tactics).toMatchObject([
      { tactic: 'no-knock-entry', rule: 'unregulated', breached: null },
    ]);
  });

  it('under H.R. 1280 it is prohibited, and this entry breaches the ban', () => {
    const result = evaluateYaml(GFJPA, deaRaid('drug'));
    expect(result.hypothetical).toBe(true);
    expect(result.tactics).toEqual([
      expect.objectContaining({
        tactic: 'no-knock-entry',
        rule: 'prohibited',
        breached: true,
        cite: `${CITE}; 21 U.S.C. 879 as amended`,
        text: 'A warrant in a federal drug case may be executed only after notice of authority and purpose.',
      }),
    ]);
    expect(decideYaml(GFJPA, deaRaid('drug'), 'tactics.noKnock.rule').rule).toBe(
      'hr-1280.no-knock.federal-drug-ban',
    );
  });

  it('after DOJ’s 2021 policy the law in force only restricted such entries; the bill prohibits them', () => {
    const yaml = deaRaid('drug', '2022-01-10');
    expect(evaluateYaml(current, yaml).tactics[0]).toMatchObject({ rule: 'restricted', breached: null });
    expect(evaluateYaml(GFJPA, yaml).tactics[0]).toMatchObject({ rule: 'prohibited', breached: true });
  });

  it('the ban is for drug cases only: a no-knock entry for a violent-crime warrant is not reached', () => {
    expect(evaluateYaml(GFJPA, deaRaid('violent-crime')).tactics[0]).toMatchObject({ rule: 'unregulated' });
  });

  it('when the warrant’s subject is unknown, it is the question', () => {
    expect(evaluateYaml(GFJPA, deaRaid('null')).tactics[0]).toMatchObject({
      rule: null,
      needs: ['conduct.warrantFor'],
    });
  });
});

describe('H.R. 1280: COPS funds only for states and localities with a law banning no-knock drug warrants', () => {
  it('Louisville’s raid on Breonna Taylor in March 2020 put no federal grant at risk', () => {
    const result = evaluateYaml(current, taylor('none'));
    expect(result.tactics).toMatchObject([{ tactic: 'no-knock-entry', rule: 'unregulated' }]);
    expect(result.funding.find((f) => f.grant === 'cops')).toMatchObject({ atRisk: false });
  });

  it('under H.R. 1280 it is a funding condition Louisville did not meet, and its COPS money is at risk', () => {
    const result = evaluateYaml(GFJPA, taylor('none'));
    expect(result.tactics).toEqual([
      expect.objectContaining({
        tactic: 'no-knock-entry',
        rule: 'funding-condition',
        met: false,
        cite: CITE,
      }),
    ]);
    expect(result.funding.find((f) => f.grant === 'cops')).toEqual({
      grant: 'cops',
      atRisk: true,
      cite: CITE,
      text: 'No COPS funding without a law prohibiting no-knock warrants in drug cases.',
      needs: [],
    });
    expect(decideYaml(GFJPA, taylor('none'), 'tactics.noKnock.rule').rule).toBe(
      'hr-1280.no-knock.funding-condition',
    );
    expect(decideYaml(GFJPA, taylor('none'), 'tactics.noKnock.met')).toEqual({
      value: false,
      rule: 'hr-1280.no-knock.condition-met',
      needs: [],
    });
    expect(decideYaml(GFJPA, taylor('none'), 'funding.cops.atRisk').rule).toBe(
      'hr-1280.no-knock.cops-ineligible',
    );
  });

  it('the lever is COPS, not Byrne JAG: the city’s Byrne JAG money is not tied to no-knock warrants', () => {
    expect(evaluateYaml(GFJPA, taylor('none')).funding.find((f) => f.grant === 'byrne-jag')).toMatchObject({
      atRisk: false,
    });
  });

  it('a restriction is not a prohibition: a city that only restricts no-knock warrants still does not meet it', () => {
    expect(decideYaml(GFJPA, taylor('restricted'), 'tactics.noKnock.met').value).toBe(false);
    expect(evaluateYaml(GFJPA, taylor('restricted')).funding.find((f) => f.grant === 'cops')?.atRisk).toBe(
      true,
    );
  });

  it('a city with a law banning no-knock drug warrants meets it and keeps its COPS money', () => {
    const result = evaluateYaml(GFJPA, taylor('banned'));
    expect(result.tactics[0]).toMatchObject({ rule: 'funding-condition', met: true });
    expect(result.funding.find((f) => f.grant === 'cops')?.atRisk).toBe(false);
  });

  it('as a proposal it applies whatever the date: a 1995 no-knock raid puts COPS money at risk', () => {
    const result = evaluateYaml(GFJPA, taylor('none', '1995-09-01'));
    expect(result.hypothetical).toBe(true);
    expect(result.funding.find((f) => f.grant === 'cops')?.atRisk).toBe(true);
  });
});
