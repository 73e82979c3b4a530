import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { parseIncident } from '../parse.js';
import { current } from '../regimes.js';
import { evaluateYaml } from '../testkit.js';

/** Connecticut Public Act 20-1, C.G.S. § 52-571k (LAW.md §5.4), for incidents from 1 July 2021. */

function decide(yaml: string, id: string) {
  const incident = parseIncident(yaml);
  const outcome = evaluate(current, factsFromObject(incident), incident.date, [id]).get(id);
  if (!outcome) throw new Error(`no outcome for ${id}`);
  return { value: outcome.value, rule: outcome.decidedBy?.id ?? null };
}

/** A Hartford officer shoots a man during a traffic stop. */
const hartford = (
  date: string,
  officer: string,
  findings = '{ rightViolated: true, clearlyEstablished: false }',
) => `
  id: hartford-stop-${date}
  date: ${date}
  place: { state: CT, locality: Hartford }
  officer: ${officer}
  conduct: { force: [firearm], deadlyForce: true, claims: [excessive-force] }
  harm: serious-injury
  findings: ${findings}
`;
const OFFICER = '{ employer: local, role: police, underColorOfLaw: true, goodFaithBelief: false }';

describe('Connecticut PA 20-1: the state action against a police officer', () => {
  it('a man shot by a Hartford officer on 1 July 2021 can sue the officer; the town pays unless the conduct was wilful, wanton or malicious', () => {
    const yaml = hartford('2021-07-01', OFFICER);
    const suit = evaluateYaml(current, yaml).routes.stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.decidedBy).toBe('ct-pa20-1.liable');
    expect(suit.reasons[0]?.rule).toBe('ct-pa20-1.civil-action');
    expect(suit.defendant).toBe('officer');
    expect(suit.officerPays).toBe('only-if-willful-wanton-or-malicious');
    expect(decide(yaml, 'stateSuit.defendant').rule).toBe('ct-pa20-1.defendant');
    expect(decide(yaml, 'stateSuit.officerPays').rule).toBe('ct-pa20-1.willful-wanton-malicious');
  });

  it('the same shooting on 30 June 2021 is before the action applies', () => {
    expect(evaluateYaml(current, hartford('2021-06-30', OFFICER)).routes.stateSuit.status).toBe(
      'not-applicable',
    );
  });

  it('an officer with an objectively good-faith belief that the conduct was lawful is immune from damages', () => {
    const suit = evaluateYaml(
      current,
      hartford(
        '2022-03-01',
        '{ employer: local, role: police, underColorOfLaw: true, goodFaithBelief: true }',
      ),
    ).routes.stateSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('good-faith-immunity');
    expect(suit.decidedBy).toBe('ct-pa20-1.objective-good-faith');
    // Good faith is a defence to damages only: a claim for equitable relief survives it (E10).
    expect(suit.relief).toBe('equitable-only');
  });

  it('the good-faith defence bars damages, not the action: the result says equitable relief survives', () => {
    const yaml = hartford(
      '2022-03-01',
      '{ employer: local, role: police, underColorOfLaw: true, goodFaithBelief: true }',
    );
    expect(decide(yaml, 'stateSuit.relief').rule).toBe('ct-pa20-1.equitable-relief-survives');
    const reason = evaluateYaml(current, yaml).routes.stateSuit.reasons.find(
      (r) => r.rule === 'ct-pa20-1.objective-good-faith',
    );
    expect(reason?.text).toMatch(/a claim for equitable relief survives/);
  });

  it('without good faith the action gives damages and equitable relief; unknown good faith leaves the relief open', () => {
    const yaml = hartford('2022-03-01', OFFICER);
    expect(evaluateYaml(current, yaml).routes.stateSuit.relief).toBe('damages-and-equitable');
    expect(decide(yaml, 'stateSuit.relief').rule).toBe('ct-pa20-1.relief');
    expect(
      evaluateYaml(
        current,
        hartford('2022-03-01', '{ employer: local, role: police, underColorOfLaw: true }'),
      ).routes.stateSuit.relief,
    ).toBeNull();
  });

  it('when the officer’s good faith is unknown, it is asked', () => {
    const suit = evaluateYaml(
      current,
      hartford('2022-03-01', '{ employer: local, role: police, underColorOfLaw: true }'),
    ).routes.stateSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['officer.goodFaithBelief']);
  });

  it('an officer not acting under color of law is not covered', () => {
    const suit = evaluateYaml(
      current,
      hartford('2022-03-01', '{ employer: local, role: police, underColorOfLaw: false }'),
    ).routes.stateSuit;
    expect(suit.blockedBy).toBe('no-color-of-law');
    expect(suit.decidedBy).toBe('ct-pa20-1.color-of-law');
  });

  it('no deprivation, no claim', () => {
    const suit = evaluateYaml(current, hartford('2022-03-01', OFFICER, '{ rightViolated: false }')).routes
      .stateSuit;
    expect(suit.blockedBy).toBe('no-violation');
    expect(suit.decidedBy).toBe('ct-pa20-1.deprivation');
  });
});
