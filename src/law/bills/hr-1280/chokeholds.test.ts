import { describe, expect, it } from 'vitest';
import { composeRegime, current } from '../../regimes.js';
import { decideYaml, evaluateYaml, regimeById, ruleIdsOf } from '../../testkit.js';
import { hr1280ChokeholdSection242 } from './chokeholds.js';

/**
 * H.R. 1280's chokehold provisions (LAW.md §2.3, §2.4, §3.4): a ban for federal officers with no
 * exception; Byrne JAG and COPS money only for states and localities with a *law* banning
 * chokeholds; and, through the Eric Garner Act, a chokehold is a deprivation of rights under
 * 18 U.S.C. 242, which binds state and local officers directly.
 */

const GFJPA = regimeById('gfjpa-2021');
const EO_14074 = regimeById('eo-14074');

const BAN_CITE = 'H.R. 1280 (117th Cong.), Title III, Subtitle B (chokeholds and carotid holds)';

/** A Border Patrol agent puts a man in a carotid restraint at a checkpoint, in 2019 or in 2023. */
const borderHold = (date: string, deadlyForceAuthorized: boolean) => `
  id: checkpoint-carotid-restraint
  title: A Border Patrol agent's carotid restraint at a checkpoint
  date: ${date}
  place: { state: TX, locality: Laredo }
  officer: { employer: federal, role: police, department: homeland-security, underColorOfLaw: true }
  conduct: { force: [carotid-restraint], deadlyForceAuthorized: ${deadlyForceAuthorized}, claims: [excessive-force] }
  harm: injury
`;

/** Eric Garner's death on Staten Island (LAW.md §6 M3): a chokehold banned by NYPD policy, not by law. */
const garner = (chokeholdRule: string, date = '2014-07-17', noKnockRule = 'null') => `
  id: garner-chokehold
  title: Eric Garner, Staten Island
  date: ${date}
  place: { state: NY, locality: Staten Island }
  officer: { employer: local, role: police, underColorOfLaw: true }
  agency: { receivesByrneJag: true, receivesCops: true, chokeholdRule: ${chokeholdRule}, noKnockRule: ${noKnockRule} }
  conduct: { force: [chokehold, prone-restraint], claims: [excessive-force] }
  harm: death
  findings: { mentalState: reckless }
`;

describe('H.R. 1280: chokeholds and carotid holds banned for federal officers', () => {
  it('no federal rule reached a Border Patrol agent’s carotid restraint in 2019', () => {
    expect(evaluateYaml(current, borderHold('2019-08-01', false)).tactics).toMatchObject([
      { tactic: 'carotid-restraint', rule: 'unregulated', met: null, breached: null },
    ]);
  });

  it('under H.R. 1280 it is prohibited, and the ban is cited', () => {
    const result = evaluateYaml(GFJPA, borderHold('2019-08-01', false));
    expect(result.hypothetical).toBe(true);
    expect(result.tactics).toEqual([
      expect.objectContaining({
        tactic: 'carotid-restraint',
        rule: 'prohibited',
        met: null,
        breached: true,
        cite: BAN_CITE,
        needs: [],
      }),
    ]);
    expect(decideYaml(GFJPA, borderHold('2019-08-01', false), 'tactics.chokehold.rule').rule).toBe(
      'hr-1280.chokehold.federal-ban',
    );
  });

  it('the federal ban has no deadly-force exception: a hold where deadly force was authorized still breaches it', () => {
    const yaml = borderHold('2019-08-01', true);
    expect(evaluateYaml(GFJPA, yaml).tactics[0]?.breached).toBe(true);
    expect(decideYaml(GFJPA, yaml, 'tactics.chokehold.breached')).toEqual({
      value: true,
      rule: 'hr-1280.chokehold.federal-ban-no-exception',
      needs: [],
    });
  });

  it('EO 14074, by contrast, excepts holds where deadly force is authorized', () => {
    const yaml = borderHold('2023-03-01', true);
    expect(evaluateYaml(current, yaml).tactics[0]).toMatchObject({ rule: 'prohibited', breached: false });
    expect(evaluateYaml(EO_14074, yaml).tactics[0]).toMatchObject({ rule: 'prohibited', breached: false });
    expect(evaluateYaml(GFJPA, yaml).tactics[0]).toMatchObject({
      rule: 'prohibited',
      breached: true,
      cite: BAN_CITE,
    });
  });

  it('the ban does not reach a city officer: for states and localities it is a funding condition', () => {
    expect(decideYaml(GFJPA, garner('policy'), 'tactics.chokehold.breached')).toEqual({
      value: false,
      rule: 'tactics.chokehold.nothing-to-breach',
      needs: [],
    });
  });
});

describe('H.R. 1280: Byrne JAG and COPS only for states and localities with a law banning chokeholds', () => {
  it('New York City’s chokehold in 2014 was unregulated by federal law and put no grant at risk', () => {
    const result = evaluateYaml(current, garner('policy'));
    expect(result.tactics).toMatchObject([{ tactic: 'chokehold', rule: 'unregulated' }]);
    expect(result.funding.filter((f) => f.grant !== 'doj-discretionary')).toMatchObject([
      { grant: 'byrne-jag', atRisk: false },
      { grant: 'cops', atRisk: false },
    ]);
  });

  it('under H.R. 1280 it is a funding condition that an NYPD policy does not meet, so Byrne JAG and COPS are at risk', () => {
    const result = evaluateYaml(GFJPA, garner('policy'));
    expect(result.tactics).toEqual([
      expect.objectContaining({ tactic: 'chokehold', rule: 'funding-condition', met: false, cite: BAN_CITE }),
    ]);
    expect(result.tactics[0]?.unconfirmed).toMatch(/deadly-force exception/);
    expect(result.funding.filter((f) => f.grant !== 'doj-discretionary')).toEqual([
      expect.objectContaining({
        grant: 'byrne-jag',
        atRisk: true,
        text: 'No Byrne grant funds for a fiscal year without a law in effect prohibiting chokeholds and carotid holds.',
      }),
      expect.objectContaining({
        grant: 'cops',
        atRisk: true,
        text: 'No COPS grant funds for a fiscal year without a law in effect prohibiting chokeholds and carotid holds.',
      }),
    ]);
    expect(decideYaml(GFJPA, garner('policy'), 'tactics.chokehold.rule').rule).toBe(
      'hr-1280.chokehold.funding-condition',
    );
    expect(decideYaml(GFJPA, garner('policy'), 'tactics.chokehold.met')).toEqual({
      value: false,
      rule: 'hr-1280.chokehold.condition-met',
      needs: [],
    });
    expect(decideYaml(GFJPA, garner('policy'), 'funding.byrneJag.atRisk').rule).toBe(
      'hr-1280.chokehold.byrne-jag-ineligible',
    );
  });

  it('a city with a law banning chokeholds meets the condition and keeps its Byrne JAG money', () => {
    const result = evaluateYaml(GFJPA, garner('law'));
    expect(result.tactics[0]).toMatchObject({ rule: 'funding-condition', met: true });
    expect(result.funding.find((f) => f.grant === 'byrne-jag')).toMatchObject({ atRisk: false, needs: [] });
    // COPS money also depends on H.R. 1280's no-knock condition, so the city's no-knock law is asked.
    expect(result.funding.find((f) => f.grant === 'cops')).toMatchObject({
      atRisk: null,
      needs: ['agency.noKnockRule'],
    });
    expect(
      evaluateYaml(GFJPA, garner('law', '2014-07-17', 'banned')).funding.filter(
        (f) => f.grant !== 'doj-discretionary',
      ),
    ).toMatchObject([
      { grant: 'byrne-jag', atRisk: false },
      { grant: 'cops', atRisk: false },
    ]);
  });

  it('a law that excepts deadly-force situations is read as not meeting it (UNCONFIRMED in LAW.md)', () => {
    expect(decideYaml(GFJPA, garner('law-deadly-force-exception'), 'tactics.chokehold.met').value).toBe(
      false,
    );
    expect(decideYaml(GFJPA, garner('law-deadly-force-exception'), 'funding.cops.atRisk')).toEqual({
      value: true,
      rule: 'hr-1280.chokehold.cops-ineligible',
      needs: [],
    });
  });

  it('when the city’s chokehold rule is unknown, it is the question for both grants', () => {
    const result = evaluateYaml(GFJPA, garner('null'));
    expect(result.tactics[0]).toMatchObject({
      rule: 'funding-condition',
      met: null,
      needs: ['agency.chokeholdRule'],
    });
    expect(result.funding.find((f) => f.grant === 'byrne-jag')).toMatchObject({
      atRisk: null,
      needs: ['agency.chokeholdRule'],
    });
  });
});

describe('H.R. 1280 (Eric Garner Act): a chokehold is a deprivation of rights under 18 U.S.C. 242', () => {
  it('Eric Garner: no federal charge under the law in force, for want of willfulness', () => {
    const route = evaluateYaml(current, garner('policy')).routes.federalProsecution;
    expect(route.status).toBe('unavailable');
    expect(route.blockedBy).toBe('mental-state');
  });

  it('under H.R. 1280 the reckless chokehold can be charged against the city officer, up to life', () => {
    const route = evaluateYaml(GFJPA, garner('policy')).routes.federalProsecution;
    expect(route.status).toBe('available');
    expect(route.maxPenalty).toBe('life');
    expect(route.reasons).toContainEqual(
      expect.objectContaining({
        rule: 'hr-1280.chokehold.deprivation',
        definition: 'section242.deprivation',
        value: true,
        provision: 'hr-1280-chokehold-section-242',
      }),
    );
    expect(route.reasons).toContainEqual(
      expect.objectContaining({
        rule: 'hr-1280.chokehold.statutory-warning',
        definition: 'section242.fairWarning',
        value: true,
      }),
    );
    // A reckless mental state is met by § 101's "recklessly" (its own rule since §0 E1 split it from
    // "knowingly": current law treats the two differently).
    expect(ruleIdsOf(route)).toContain('hr-1280.sec-101.recklessly');
  });

  it('on its own, the amendment decides the violation and supplies fair warning without any court finding', () => {
    const alone = composeRegime({
      id: 'garner-act-only',
      title: 'The Eric Garner Act alone',
      provisions: [hr1280ChokeholdSection242],
    });
    const purposeful = garner('policy').replace('mentalState: reckless', 'mentalState: purpose');
    expect(decideYaml(current, purposeful, 'section242.deprivation')).toEqual({
      value: undefined,
      rule: 'usc-18-242.deprivation-of-right',
      needs: ['findings.rightViolated'],
    });
    expect(decideYaml(alone, purposeful, 'section242.deprivation')).toEqual({
      value: true,
      rule: 'hr-1280.chokehold.deprivation',
      needs: [],
    });
    expect(decideYaml(alone, purposeful, 'section242.fairWarning')).toEqual({
      value: true,
      rule: 'hr-1280.chokehold.statutory-warning',
      needs: [],
    });
    expect(evaluateYaml(current, purposeful).routes.federalProsecution.status).toBe('undetermined');
    expect(evaluateYaml(alone, purposeful).routes.federalProsecution.status).toBe('available');
  });

  it('a carotid restraint counts as a chokehold; a shooting does not', () => {
    const carotid = garner('policy').replace('[chokehold, prone-restraint]', '[carotid-restraint]');
    expect(decideYaml(GFJPA, carotid, 'section242.deprivation').rule).toBe('hr-1280.chokehold.deprivation');
    const shooting = garner('policy').replace('[chokehold, prone-restraint]', '[firearm]');
    expect(decideYaml(GFJPA, shooting, 'section242.deprivation')).toEqual({
      value: undefined,
      rule: 'usc-18-242.deprivation-of-right',
      needs: ['findings.rightViolated'],
    });
    expect(evaluateYaml(GFJPA, shooting).routes.federalProsecution.status).toBe('undetermined');
  });

  it('as a proposal it applies as if in force at any date: a 1995 chokehold is chargeable', () => {
    const result = evaluateYaml(GFJPA, garner('policy', '1995-06-01'));
    expect(result.hypothetical).toBe(true);
    expect(result.routes.federalProsecution.status).toBe('available');
  });
});
