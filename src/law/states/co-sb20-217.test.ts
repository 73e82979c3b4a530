import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml, ruleIdsOf } from '../testkit.js';

/** Colorado SB 20-217, C.R.S. § 13-21-131 (LAW.md §5.1), in force from 19 June 2020. */

const CITE = 'C.R.S. § 13-21-131 (Colorado SB 20-217, 2020)';

/** A Denver officer tackles and punches a protester; the given facts vary. */
const denver = (
  date: string,
  officer: string,
  findings = '{ rightViolated: true, clearlyEstablished: false, obviousViolation: false }',
) => `
  id: denver-protest-${date}
  date: ${date}
  place: { state: CO, locality: Denver }
  officer: ${officer}
  conduct: { force: [bodily-force, chemical-agent], claims: [excessive-force] }
  harm: injury
  findings: ${findings}
`;
const OFFICER =
  '{ employer: local, role: police, underColorOfLaw: true, goodFaithBelief: true, convictedForConduct: false }';

describe('Colorado SB 20-217: the state civil action against a peace officer', () => {
  it('a Denver officer who violated a protester’s rights on 19 June 2020 can be sued in state court though federal immunity would apply', () => {
    const yaml = denver('2020-06-19', OFFICER);
    const result = evaluateYaml(current, yaml);
    expect(result.routes.officerSuit.blockedBy).toBe('qualified-immunity');
    const suit = result.routes.stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.decidedBy).toBe('co-sb20-217.no-qualified-immunity');
    expect(suit.reasons[0]).toMatchObject({
      rule: 'co-sb20-217.civil-action',
      cite: CITE,
      provision: 'co-sb20-217',
    });
    expect(ruleIdsOf(suit)).toContain('co-sb20-217.no-qualified-immunity');
    expect(suit.defendant).toBe('officer');
    expect(suit.officerPays).toBe('none');
    expect(suit.damagesCapUsd).toBeNull();
    expect(decideYaml(current, yaml, 'stateSuit.defendant').rule).toBe('co-sb20-217.defendant');
    expect(decideYaml(current, yaml, 'stateSuit.officerPays').rule).toBe('co-sb20-217.indemnified');
    // No cap, because the Act says caps do not apply (not merely because none is encoded).
    expect(decideYaml(current, yaml, 'stateSuit.damagesCapUsd')).toMatchObject({
      value: 'none',
      rule: 'co-sb20-217.no-damages-cap',
    });
  });

  it('the same conduct on 18 June 2020, the day before the law was signed, gives no state action', () => {
    const suit = evaluateYaml(current, denver('2020-06-18', OFFICER)).routes.stateSuit;
    expect(suit.status).toBe('not-applicable');
    expect(suit.decidedBy).toBe('state-suit.no-state-civil-rights-act');
  });

  it('an officer who did not act on a good-faith, reasonable belief pays 5% or $25,000, whichever is less, but is liable all the same', () => {
    const yaml = denver(
      '2021-05-01',
      '{ employer: local, role: police, underColorOfLaw: true, goodFaithBelief: false, convictedForConduct: false }',
    );
    const suit = evaluateYaml(current, yaml).routes.stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.officerPays).toBe('lesser-of-5-percent-or-25000');
    expect(decideYaml(current, yaml, 'stateSuit.officerPays').rule).toBe('co-sb20-217.personal-share');
  });

  it('who pays turns on a conviction for the conduct when that is unknown', () => {
    const yaml = denver(
      '2021-05-01',
      '{ employer: local, role: police, underColorOfLaw: true, goodFaithBelief: false }',
    );
    expect(evaluateYaml(current, yaml).routes.stateSuit).toMatchObject({
      status: 'available',
      officerPays: null,
    });
    // The carve-out reads the conviction and, if convicted, whether the employer was a causal factor.
    expect(decideYaml(current, yaml, 'stateSuit.officerPays').needs).toEqual([
      'officer.convictedForConduct',
      'agency.employerCausalFactor',
    ]);
  });

  const convicted = (causalFactor: string) =>
    denver(
      '2021-05-01',
      '{ employer: state, role: police, underColorOfLaw: true, goodFaithBelief: false, convictedForConduct: true }',
    ).replace('  conduct:', `  agency: { employerCausalFactor: ${causalFactor} }\n  conduct:`);

  it('an officer criminally convicted for the conduct is not indemnified, where the employer was not a causal factor', () => {
    const suit = evaluateYaml(current, convicted('false')).routes.stateSuit;
    expect(suit.officerPays).toBe('not-indemnified');
    expect(decideYaml(current, convicted('false'), 'stateSuit.officerPays').rule).toBe(
      'co-sb20-217.conviction-carve-out',
    );
  });

  it('the carve-out yields where the employer itself was a causal factor: the ordinary rules of who pays apply (§ 13-21-131(4))', () => {
    expect(evaluateYaml(current, convicted('true')).routes.stateSuit.officerPays).toBe(
      'lesser-of-5-percent-or-25000',
    );
    expect(decideYaml(current, convicted('true'), 'stateSuit.officerPays').rule).toBe(
      'co-sb20-217.personal-share',
    );
  });

  it('for a convicted officer, whether the employer was a causal factor is asked when unknown', () => {
    expect(evaluateYaml(current, convicted('null')).routes.stateSuit.officerPays).toBeNull();
    expect(decideYaml(current, convicted('null'), 'stateSuit.officerPays').needs).toEqual([
      'agency.employerCausalFactor',
    ]);
  });

  it('the action gives legal, equitable or other relief', () => {
    expect(evaluateYaml(current, denver('2021-05-01', OFFICER)).routes.stateSuit.relief).toBe(
      'damages-and-equitable',
    );
    expect(decideYaml(current, denver('2021-05-01', OFFICER), 'stateSuit.relief').rule).toBe(
      'co-sb20-217.relief',
    );
  });

  it('an off-duty officer not under color of law cannot be sued under the Act', () => {
    const suit = evaluateYaml(
      current,
      denver('2021-05-01', '{ employer: local, role: police, underColorOfLaw: false }'),
    ).routes.stateSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-color-of-law');
    expect(suit.decidedBy).toBe('co-sb20-217.color-of-law');
  });

  it('without a deprivation of rights there is no claim', () => {
    const suit = evaluateYaml(current, denver('2021-05-01', OFFICER, '{ rightViolated: false }')).routes
      .stateSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-violation');
    expect(suit.decidedBy).toBe('co-sb20-217.deprivation');
  });

  it('whether the right was clearly established does not matter: only whether it was violated is asked', () => {
    const suit = evaluateYaml(current, denver('2021-05-01', OFFICER, '{}')).routes.stateSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['findings.rightViolated']);
  });

  it('a federal agent in Colorado is not a peace officer under the Act', () => {
    const suit = evaluateYaml(
      current,
      denver('2021-05-01', '{ employer: federal, role: police, underColorOfLaw: true }'),
    ).routes.stateSuit;
    expect(suit.status).toBe('not-applicable');
  });

  it('the Act does not reach a Texas officer', () => {
    const yaml = denver('2021-05-01', OFFICER).replace('state: CO, locality: Denver', 'state: TX');
    expect(evaluateYaml(current, yaml).routes.stateSuit.status).toBe('not-applicable');
  });
});

describe('Colorado SB 20-217: the chokehold ban', () => {
  const chokehold = (date: string, state = 'CO') =>
    evaluateYaml(
      current,
      `id: co-chokehold
date: ${date}
place: { state: ${state}, locality: Denver }
officer: { employer: local, role: police, underColorOfLaw: true }
conduct: { force: [chokehold], deadlyForceAuthorized: false }
`,
    ).tactics[0];

  it('a Denver officer’s chokehold on the day the law was signed is prohibited and breaches it', () => {
    const facts = factsFromObject({
      place: { state: 'CO' },
      officer: { employer: 'local' },
      conduct: { force: ['chokehold'] },
    });
    expect(
      evaluate(current, facts, '2020-06-19', ['tactics.chokehold.rule']).get('tactics.chokehold.rule')
        ?.decidedBy?.id,
    ).toBe('co-sb20-217.chokehold-ban');
    expect(chokehold('2020-06-19')).toEqual({
      tactic: 'chokehold',
      rule: 'prohibited',
      met: null,
      breached: true,
      cite: 'C.R.S. 18-1-707(2.5)(a) (added by Colorado SB 20-217, 2020)',
      text: '"A peace officer is prohibited from using a chokehold upon another person." A chokehold includes a carotid (blood-flow) restraint.',
      needs: [],
    });
  });

  it('the ban has no deadly-force exception: a chokehold where deadly force was authorized still breaches it (E9)', () => {
    const yaml = `id: co-chokehold-deadly-force
date: 2021-03-01
place: { state: CO, locality: Denver }
officer: { employer: local, role: police, underColorOfLaw: true }
conduct: { force: [carotid-restraint], deadlyForceAuthorized: true }
`;
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'carotid-restraint', rule: 'prohibited', breached: true, needs: [] },
    ]);
    // Colorado's own rule decides, not a federal rule's exception; whether deadly force was
    // authorized is not even asked.
    expect(
      decideYaml(
        current,
        yaml.replace('deadlyForceAuthorized: true', 'deadlyForceAuthorized: null'),
        'tactics.chokehold.breached',
      ),
    ).toEqual({
      value: true,
      rule: 'co-sb20-217.chokehold-no-exception',
      needs: [],
    });
  });

  it('the day before, only the EO 13929 funding condition applied', () => {
    expect(chokehold('2020-06-18')).toMatchObject({ rule: 'funding-condition' });
  });

  it('the ban does not reach another state', () => {
    expect(chokehold('2021-01-01', 'UT')).toMatchObject({ rule: 'funding-condition' });
  });
});
