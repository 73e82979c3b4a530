import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject, type Regime } from '../../../engine/index.js';
import { parseIncident } from '../../parse.js';
import { current } from '../../regimes.js';
import { evaluateYaml, regimeById } from '../../testkit.js';

/**
 * H.R. 1280's deadly-force standard for federal officers (the PEACE Act; LAW.md §2.3): deadly force
 * only when necessary, as a last resort. It replaces Graham v. Connor's "objective reasonableness"
 * for federal officers only; the state and local incentive is UNCONFIRMED and not encoded.
 */

const GFJPA = regimeById('gfjpa-2021');

const standardRule = (r: Regime, yaml: string) => {
  const incident = parseIncident(yaml);
  return evaluate(r, factsFromObject(incident), incident.date, ['standards.deadlyForce']).get(
    'standards.deadlyForce',
  )?.decidedBy?.id;
};

/** A deputy U.S. marshal (or a city officer) shoots a fleeing suspect. */
const shooting = (employer: string, date = '2018-10-04') => `
  id: fleeing-suspect-shooting
  title: An officer shoots a fleeing suspect
  date: ${date}
  place: { state: IL, locality: Chicago }
  officer: { employer: ${employer}, role: police, underColorOfLaw: true }
  conduct: { force: [firearm], deadlyForce: true, claims: [excessive-force] }
  harm: death
`;

describe('H.R. 1280: deadly force by federal officers only when necessary, as a last resort', () => {
  it('a deputy marshal’s shooting is judged by objective reasonableness under the law in force', () => {
    expect(evaluateYaml(current, shooting('federal')).standards.deadlyForce).toMatchObject({
      standard: 'objective-reasonableness',
      cite: 'Graham v. Connor, 490 U.S. 386 (1989); Tennessee v. Garner, 471 U.S. 1 (1985)',
    });
  });

  it('under H.R. 1280 it must have been necessary, as a last resort', () => {
    const result = evaluateYaml(GFJPA, shooting('federal'));
    expect(result.hypothetical).toBe(true);
    expect(result.standards.deadlyForce).toEqual({
      standard: 'necessary-last-resort',
      cite: 'H.R. 1280 (117th Cong.), Title III, Subtitle B (PEACE Act: use of force by federal law enforcement officers)',
      text: 'A federal officer may not use deadly force unless it is necessary, as a last resort, to prevent imminent and serious bodily injury or death to the officer or another; it creates no substantial risk of injury to a third person; and reasonable alternatives have been exhausted.',
    });
    expect(standardRule(GFJPA, shooting('federal'))).toBe('hr-1280.deadly-force.necessary-last-resort');
    expect(standardRule(current, shooting('federal'))).toBe('graham-v-connor.objective-reasonableness');
  });

  it('a Chicago officer stays under objective reasonableness: the bill binds federal officers only', () => {
    expect(evaluateYaml(GFJPA, shooting('local')).standards.deadlyForce.standard).toBe(
      'objective-reasonableness',
    );
  });

  it('as a proposal it applies whatever the date: a 1995 shooting by a marshal is judged by the new standard', () => {
    expect(evaluateYaml(GFJPA, shooting('federal', '1995-04-01')).standards.deadlyForce.standard).toBe(
      'necessary-last-resort',
    );
  });
});
