import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { parseIncident } from '../parse.js';
import { current } from '../regimes.js';
import { evaluateYaml } from '../testkit.js';

/** Washington ESHB 1054 (ch. 320, Laws of 2021), RCW 10.116 (LAW.md §5.8, §0 E11), effective 25 July 2021. */

function decide(yaml: string, id: string) {
  const incident = parseIncident(yaml);
  const outcome = evaluate(current, factsFromObject(incident), incident.date, [id]).get(id);
  if (!outcome) throw new Error(`no outcome for ${id}`);
  return { value: outcome.value, rule: outcome.decidedBy?.id ?? null };
}

/** Tacoma officers restrain a man by the neck; deadly force would have been authorized. */
const tacomaNeck = (date: string) => `
  id: tacoma-neck-${date}
  date: ${date}
  place: { state: WA, locality: Tacoma }
  officer: { employer: local, role: police, underColorOfLaw: true }
  agency: { chokeholdRule: law }
  conduct: { force: [carotid-restraint], deadlyForceAuthorized: true }
`;

/** Seattle police execute a drug warrant without knocking. */
const seattleNoKnock = (date: string) => `
  id: seattle-no-knock-${date}
  date: ${date}
  place: { state: WA, locality: Seattle }
  officer: { employer: local, role: police, underColorOfLaw: true }
  agency: { noKnockRule: banned }
  conduct: { noKnockEntry: true, warrantFor: drug }
`;

describe('Washington HB 1054: chokeholds and neck restraints banned outright', () => {
  it('a Tacoma officer’s neck restraint on 25 July 2021, the day the law took effect, breaches the ban even where deadly force was authorized: there is no exception', () => {
    const yaml = tacomaNeck('2021-07-25');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'carotid-restraint', rule: 'prohibited', breached: true, cite: 'RCW 10.116.020' },
    ]);
    expect(decide(yaml, 'tactics.chokehold.rule')).toEqual({
      value: 'prohibited',
      rule: 'wa-hb1054-2021.chokehold-ban',
    });
    expect(decide(yaml, 'tactics.chokehold.breached')).toEqual({
      value: true,
      rule: 'wa-hb1054-2021.no-exception',
    });
  });

  it('on 24 July 2021, signed (18 May) but not yet in effect, it was an EO 13929 funding condition', () => {
    expect(evaluateYaml(current, tacomaNeck('2021-07-24')).tactics).toMatchObject([
      { tactic: 'carotid-restraint', rule: 'funding-condition', met: true },
    ]);
  });
});

describe('Washington HB 1054: no-knock warrants banned', () => {
  it('a Seattle no-knock entry on 25 July 2021 is prohibited and breaches the ban', () => {
    const yaml = seattleNoKnock('2021-07-25');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      {
        tactic: 'no-knock-entry',
        rule: 'prohibited',
        breached: true,
        cite: 'Washington ESHB 1054 (ch. 320, Laws of 2021), codified in RCW 10.116',
      },
    ]);
    expect(decide(yaml, 'tactics.noKnock.rule').rule).toBe('wa-hb1054-2021.no-knock-ban');
    expect(decide(yaml, 'tactics.noKnock.breached').rule).toBe('tactics.no-knock.prohibited');
  });

  it('on 24 July 2021 it was federally and state unregulated', () => {
    expect(evaluateYaml(current, seattleNoKnock('2021-07-24')).tactics).toMatchObject([
      { tactic: 'no-knock-entry', rule: 'unregulated' },
    ]);
  });
});
