import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { parseIncident } from '../parse.js';
import { current } from '../regimes.js';
import { evaluateYaml, ruleIdsOf } from '../testkit.js';

/** The New Mexico Civil Rights Act, HB 4 (LAW.md §5.2), in force from 1 July 2021. */

function decide(yaml: string, id: string) {
  const incident = parseIncident(yaml);
  const outcome = evaluate(current, factsFromObject(incident), incident.date, [id]).get(id);
  if (!outcome) throw new Error(`no outcome for ${id}`);
  return { value: outcome.value, rule: outcome.decidedBy?.id ?? null };
}

/** An Albuquerque officer wrongly arrests and injures a man. */
const albuquerque = (
  date: string,
  officer: string,
  findings = '{ rightViolated: true, clearlyEstablished: false }',
) => `
  id: albuquerque-arrest-${date}
  date: ${date}
  place: { state: NM, locality: Albuquerque }
  officer: ${officer}
  conduct: { force: [bodily-force], claims: [false-arrest, excessive-force] }
  harm: injury
  findings: ${findings}
`;
const OFFICER = '{ employer: local, role: police, underColorOfLaw: true }';

describe('New Mexico Civil Rights Act: claims against the public body', () => {
  it('a man wrongly arrested by Albuquerque police on 1 July 2021 can sue the city, with no immunity and damages capped at $2 million', () => {
    const yaml = albuquerque('2021-07-01', OFFICER);
    const suit = evaluateYaml(current, yaml).routes.stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.decidedBy).toBe('nm-hb4-2021.no-qualified-immunity');
    expect(suit.reasons[0]?.rule).toBe('nm-hb4-2021.civil-action');
    expect(ruleIdsOf(suit)).toContain('nm-hb4-2021.no-qualified-immunity');
    expect(suit.defendant).toBe('public-body');
    expect(suit.damagesCapUsd).toBe(2_000_000);
    expect(decide(yaml, 'stateSuit.defendant').rule).toBe('nm-hb4-2021.defendant');
    expect(decide(yaml, 'stateSuit.damagesCapUsd')).toEqual({
      value: 2_000_000,
      rule: 'nm-hb4-2021.damages-cap',
    });
  });

  it('the plaintiff recovers actual damages and equitable relief', () => {
    const yaml = albuquerque('2021-07-01', OFFICER);
    expect(evaluateYaml(current, yaml).routes.stateSuit.relief).toBe('damages-and-equitable');
    expect(decide(yaml, 'stateSuit.relief')).toMatchObject({
      value: 'damages-and-equitable',
      rule: 'nm-hb4-2021.relief',
    });
  });

  it('claims arising from acts of 30 June 2021, before the Act, cannot be brought', () => {
    const suit = evaluateYaml(current, albuquerque('2021-06-30', OFFICER)).routes.stateSuit;
    expect(suit.status).toBe('not-applicable');
    expect(suit.damagesCapUsd).toBeNull();
  });

  it('the Act reaches every public body, so a state prison guard’s conduct is covered too', () => {
    const yaml = albuquerque('2022-02-01', '{ employer: state, role: corrections, underColorOfLaw: true }');
    expect(evaluateYaml(current, yaml).routes.stateSuit.status).toBe('available');
  });

  it('conduct outside the authority of a public body is not covered', () => {
    const suit = evaluateYaml(
      current,
      albuquerque('2022-02-01', '{ employer: local, role: police, underColorOfLaw: false }'),
    ).routes.stateSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-color-of-law');
    expect(suit.decidedBy).toBe('nm-hb4-2021.color-of-authority');
  });

  it('without a deprivation of rights there is no claim', () => {
    const suit = evaluateYaml(current, albuquerque('2022-02-01', OFFICER, '{ rightViolated: false }')).routes
      .stateSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-violation');
    expect(suit.decidedBy).toBe('nm-hb4-2021.deprivation');
  });

  it('a federal agency is not a New Mexico public body', () => {
    const yaml = albuquerque('2022-02-01', '{ employer: federal, role: police, underColorOfLaw: true }');
    expect(evaluateYaml(current, yaml).routes.stateSuit.status).toBe('not-applicable');
  });
});
