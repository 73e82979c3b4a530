import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { parseIncident } from '../parse.js';
import { current } from '../regimes.js';
import { evaluateIncident } from '../results.js';
import { evaluateYaml } from '../testkit.js';

/** Massachusetts, Chapter 253 of the Acts of 2020 (LAW.md §5.5), from 31 December 2020. */

function decide(yaml: string, id: string) {
  const incident = parseIncident(yaml);
  const outcome = evaluate(current, factsFromObject(incident), incident.date, [id]).get(id);
  if (!outcome) throw new Error(`no outcome for ${id}`);
  return { value: outcome.value, rule: outcome.decidedBy?.id ?? null };
}

/** A Boston officer chokes a man and is later decertified by the POST Commission. */
const boston = (date: string, officer: string, findings = '{ rightViolated: true }') => `
  id: boston-chokehold-${date}
  date: ${date}
  place: { state: MA, locality: Boston }
  officer: ${officer}
  agency: { chokeholdRule: law }
  conduct: { force: [chokehold], deadlyForceAuthorized: false, claims: [excessive-force] }
  harm: injury
  findings: ${findings}
`;
const DECERTIFIED = '{ employer: local, role: police, underColorOfLaw: true, decertifiedForConduct: true }';

describe('Massachusetts ch. 253: qualified immunity barred for decertified conduct', () => {
  it('a suit over conduct the officer was decertified for loses the immunity, but the Civil Rights Act’s threats element is not encoded, so the route stays open', () => {
    const suit = evaluateYaml(current, boston('2021-06-01', DECERTIFIED)).routes.stateSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual([]);
    expect(suit.reasons.map((r) => r.rule)).toEqual([
      'ma-ch253-2020.decertified-conduct',
      'ma-ch253-2020.threats-element-not-encoded',
    ]);
  });

  it('LAW.md says nothing of who pays or of a cap in the Massachusetts action: the result gives neither', () => {
    const yaml = boston('2021-06-01', DECERTIFIED);
    const suit = evaluateYaml(current, yaml).routes.stateSuit;
    expect(suit.officerPays).toBeNull();
    expect(suit.damagesCapUsd).toBeNull();
    expect(decide(yaml, 'stateSuit.officerPays')).toEqual({
      value: 'unencoded',
      rule: 'state-suit.officer-pays.unencoded',
    });
    expect(decide(yaml, 'stateSuit.damagesCapUsd')).toEqual({
      value: 'unencoded',
      rule: 'state-suit.damages-cap.unencoded',
    });
  });

  it('conduct before 31 December 2020 is not covered', () => {
    expect(evaluateYaml(current, boston('2020-12-30', DECERTIFIED)).routes.stateSuit.status).toBe(
      'not-applicable',
    );
  });

  it('no violation, no claim', () => {
    const suit = evaluateYaml(current, boston('2021-06-01', DECERTIFIED, '{ rightViolated: false }')).routes
      .stateSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-violation');
    expect(suit.decidedBy).toBe('ma-ch253-2020.deprivation');
  });

  it('an officer who was not decertified keeps the immunity: no route under the Act', () => {
    const yaml = boston(
      '2021-06-01',
      '{ employer: local, role: police, underColorOfLaw: true, decertifiedForConduct: false }',
    );
    expect(evaluateYaml(current, yaml).routes.stateSuit.status).toBe('not-applicable');
  });
});

describe('Massachusetts ch. 253: chokeholds banned', () => {
  it('a Boston officer’s chokehold on 31 December 2020 is prohibited by state law and breaches it', () => {
    const yaml = boston('2020-12-31', DECERTIFIED);
    const [entry] = evaluateYaml(current, yaml).tactics;
    expect(entry).toMatchObject({
      tactic: 'chokehold',
      rule: 'prohibited',
      breached: true,
      cite: 'M.G.L. c. 6E § 14 (Mass. Acts 2020, ch. 253); 555 CMR 6.05(2)',
    });
    // The definition turns on the intent or result of injury: a question of fact, said so.
    expect(entry?.unconfirmed).toMatch(/question of fact/);
    expect(decide(yaml, 'tactics.chokehold.rule')).toEqual({
      value: 'prohibited',
      rule: 'ma-ch253-2020.chokehold-ban',
    });
  });

  it('the ban has no deadly-force exception: where deadly force was authorized the chokehold still breaches it (E15)', () => {
    const yaml = boston('2021-06-01', DECERTIFIED).replace(
      'deadlyForceAuthorized: false',
      'deadlyForceAuthorized: true',
    );
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'prohibited', breached: true, needs: [] },
    ]);
    expect(decide(yaml, 'tactics.chokehold.breached')).toEqual({
      value: true,
      rule: 'ma-ch253-2020.chokehold-no-exception',
    });
  });

  it('the day before, it was only an EO 13929 funding condition', () => {
    expect(evaluateYaml(current, boston('2020-12-30', DECERTIFIED)).tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'funding-condition', met: true },
    ]);
  });
});

describe('Massachusetts ch. 253: no-knock warrants restricted', () => {
  const entry = (date: string, state = 'MA') =>
    evaluateIncident(
      current,
      parseIncident(`id: ma-no-knock
date: ${date}
place: { state: ${state}, locality: Boston }
officer: { employer: local, role: police, underColorOfLaw: true }
conduct: { noKnockEntry: true, warrantFor: drug }
`),
    ).tactics.find((t) => t.tactic === 'no-knock-entry');

  it('a Boston no-knock entry on the day the act was signed is restricted, not banned', () => {
    const facts = factsFromObject({ place: { state: 'MA' }, officer: { employer: 'local' } });
    expect(
      evaluate(current, facts, '2020-12-31', ['tactics.noKnock.rule']).get('tactics.noKnock.rule')?.decidedBy
        ?.id,
    ).toBe('ma-ch253-2020.no-knock-restricted');
    expect(entry('2020-12-31')).toMatchObject({ rule: 'restricted', cite: 'Mass. Acts 2020, ch. 253' });
  });

  it('the day before, federal law did not regulate it', () => {
    expect(entry('2020-12-30')).toMatchObject({ rule: 'unregulated' });
  });

  it('the restriction does not reach another state', () => {
    expect(entry('2021-06-01', 'RI')).toMatchObject({ rule: 'unregulated' });
  });
});
