import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { parseIncident } from '../parse.js';
import { current } from '../regimes.js';
import { evaluateYaml } from '../testkit.js';

/** Minnesota's 2020 chokehold ban, Minn. Stat. § 609.06 (LAW.md §5.6), from 24 July 2020. */

/** A Minneapolis officer uses a chokehold during an arrest. */
const minneapolis = (date: string, deadlyForceAuthorized: string, employer = 'local') => `
  id: minneapolis-chokehold-${date}
  date: ${date}
  place: { state: MN, locality: Minneapolis }
  officer: { employer: ${employer}, role: police, underColorOfLaw: true }
  agency: { chokeholdRule: none }
  conduct: { force: [chokehold], deadlyForceAuthorized: ${deadlyForceAuthorized} }
`;

describe('Minnesota 2020: chokeholds banned unless deadly force is authorized', () => {
  it('a Minneapolis officer’s chokehold on 24 July 2020, deadly force not authorized, is prohibited and breached', () => {
    const yaml = minneapolis('2020-07-24', 'false');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      {
        tactic: 'chokehold',
        rule: 'prohibited',
        breached: true,
        cite: 'Minn. Stat. § 609.06 (as amended 2020, 1st Spec. Sess.)',
      },
    ]);
    const incident = parseIncident(yaml);
    const id = 'tactics.chokehold.rule';
    expect(evaluate(current, factsFromObject(incident), incident.date, [id]).get(id)?.decidedBy?.id).toBe(
      'mn-2020.chokehold-ban',
    );
  });

  it('where deadly force was authorized under § 609.066 the chokehold is within the exception', () => {
    expect(evaluateYaml(current, minneapolis('2021-01-05', 'true')).tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'prohibited', breached: false },
    ]);
    // Decided by Minnesota's own exception (§ 609.066), not by the federal rules' one.
    for (const authorized of ['true', 'false']) {
      const incident = parseIncident(minneapolis('2021-01-05', authorized));
      const id = 'tactics.chokehold.breached';
      const outcome = evaluate(current, factsFromObject(incident), incident.date, [id]).get(id);
      expect(outcome?.value).toBe(authorized === 'false');
      expect(outcome?.decidedBy?.id).toBe('mn-2020.deadly-force-exception');
    }
  });

  it('on 23 July 2020, the day before, the chokehold was only an EO 13929 funding condition, which a department with no rule fails', () => {
    expect(evaluateYaml(current, minneapolis('2020-07-23', 'false')).tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'funding-condition', met: false },
    ]);
  });

  it('the state law does not bind a federal agent in Minnesota', () => {
    expect(evaluateYaml(current, minneapolis('2021-01-05', 'false', 'federal')).tactics).toMatchObject([
      { tactic: 'chokehold', rule: 'unregulated' },
    ]);
  });
});
