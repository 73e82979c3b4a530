import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { parseIncident } from '../parse.js';
import { current } from '../regimes.js';
import { evaluateYaml } from '../testkit.js';

/** The use-of-force standard under the law in force: Graham v. Connor (LAW.md §6 M27). */

describe('Graham v. Connor: objective reasonableness', () => {
  it('an officer’s deadly force against a fleeing man is judged by Fourth Amendment objective reasonableness', () => {
    const yaml = `
      id: walter-scott-2015
      date: 2015-04-04
      place: { state: SC, locality: North Charleston }
      officer: { employer: local, role: police, underColorOfLaw: true }
      conduct: { force: [firearm], deadlyForce: true, claims: [excessive-force] }
      harm: death
    `;
    expect(evaluateYaml(current, yaml).standards.deadlyForce).toEqual({
      standard: 'objective-reasonableness',
      cite: 'Graham v. Connor, 490 U.S. 386 (1989); Tennessee v. Garner, 471 U.S. 1 (1985)',
      text: expect.stringContaining('"objective reasonableness" standard'),
    });
    const incident = parseIncident(yaml);
    const id = 'standards.deadlyForce';
    const outcome = evaluate(current, factsFromObject(incident), incident.date, [id]).get(id);
    expect(outcome?.decidedBy?.id).toBe('graham-v-connor.objective-reasonableness');
  });

  it('the same standard governs federal officers, and applies whatever else is unknown', () => {
    const result = evaluateYaml(
      current,
      `
      id: federal-shooting-unknowns
      date: 2023-08-01
      place: { state: TX }
      officer: { employer: federal }
    `,
    );
    expect(result.standards.deadlyForce.standard).toBe('objective-reasonableness');
  });
});
