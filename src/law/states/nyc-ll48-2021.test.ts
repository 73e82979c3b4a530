import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { parseIncident } from '../parse.js';
import { current, regimeWith } from '../regimes.js';
import { evaluateIncident } from '../results.js';
import { evaluateYaml } from '../testkit.js';

/**
 * New York City Local Law 48 of 2021 (LAW.md §5.3, §0 E20): passed 25 March 2021, adopted on a date
 * between then and 25 April 2021 (UNCONFIRMED): in that window the action is undetermined.
 */

function decide(yaml: string, id: string) {
  const incident = parseIncident(yaml);
  const outcome = evaluate(current, factsFromObject(incident), incident.date, [id]).get(id);
  if (!outcome) throw new Error(`no outcome for ${id}`);
  return { value: outcome.value, rule: outcome.decidedBy?.id ?? null };
}

/** An NYPD officer uses excessive force in a stop in Brooklyn. */
const brooklyn = (
  date: string,
  locality = 'Brooklyn',
  claims = '[excessive-force]',
  findings = '{ rightViolated: true }',
) => `
  id: nypd-stop-${date}
  date: ${date}
  place: { state: NY, locality: ${locality} }
  officer: { employer: local, role: police, underColorOfLaw: true }
  conduct: { force: [bodily-force], claims: ${claims} }
  harm: injury
  findings: ${findings}
`;

describe('NYC Local Law 48: the local right against unreasonable searches, seizures and excessive force', () => {
  it('a man an NYPD officer beat in a Brooklyn stop on 25 April 2021 can sue the officer without qualified immunity', () => {
    const yaml = brooklyn('2021-04-25');
    const suit = evaluateYaml(current, yaml).routes.stateSuit;
    expect(suit.status).toBe('available');
    expect(suit.decidedBy).toBe('nyc-ll48-2021.no-qualified-immunity');
    expect(suit.reasons[0]).toMatchObject({
      rule: 'nyc-ll48-2021.civil-action',
      cite: 'NYC Admin. Code Title 8, ch. 8 (Local Law 48 of 2021)',
    });
    expect(suit.reasons[0]?.unconfirmed).toMatch(/enactment date is UNCONFIRMED/);
    expect(suit.defendant).toBe('officer');
    expect(decide(yaml, 'stateSuit.defendant').rule).toBe('nyc-ll48-2021.defendant');
  });

  it('the same stop on 24 March 2021, before the Council passed it, gives no local action', () => {
    expect(evaluateYaml(current, brooklyn('2021-03-24')).routes.stateSuit.status).toBe('not-applicable');
  });

  it.each(['2021-03-25', '2021-04-10', '2021-04-24'])(
    'a stop on %s, between passage and the latest date of adoption, is undetermined for the action, and says why (E20)',
    (date) => {
      const yaml = brooklyn(date);
      const suit = evaluateYaml(current, yaml).routes.stateSuit;
      expect(suit.status).toBe('undetermined');
      expect(suit.decidedBy).toBeNull();
      expect(suit.needs).toEqual([]);
      const reason = suit.reasons.find((r) => r.rule === 'nyc-ll48-2021.enactment-date-unknown');
      expect(reason?.text).toMatch(/30 days after presentation/);
      expect(reason?.cite).toMatch(/Municipal Home Rule Law § 21/);
      expect(reason?.unconfirmed).toMatch(/between March 25 and April 25, 2021/);
      expect(decide(yaml, 'newYorkCity.claim')).toEqual({
        value: 'undetermined',
        rule: 'nyc-ll48-2021.enactment-date-unknown',
      });
    },
  );

  it('applied hypothetically (--with), the law is in force whatever the date: no window', () => {
    const regime = regimeWith('current', ['nyc-ll48-2021']);
    const suit = evaluateIncident(regime, parseIncident(brooklyn('2021-04-10'))).routes.stateSuit;
    expect(suit.status).toBe('available');
  });

  it('no violation, no claim', () => {
    const suit = evaluateYaml(
      current,
      brooklyn('2022-01-10', 'Brooklyn', '[excessive-force]', '{ rightViolated: false }'),
    ).routes.stateSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-violation');
    expect(suit.decidedBy).toBe('nyc-ll48-2021.violation');
  });

  it('the law is New York City’s: a stop in Buffalo is not covered', () => {
    expect(evaluateYaml(current, brooklyn('2022-01-10', 'Buffalo')).routes.stateSuit.status).toBe(
      'not-applicable',
    );
  });

  it('when the New York locality is unknown, it is asked', () => {
    const suit = evaluateYaml(current, brooklyn('2022-01-10', 'null')).routes.stateSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['place.locality']);
  });

  it('a speech-retaliation claim is not a search, seizure or excessive-force claim', () => {
    expect(
      evaluateYaml(current, brooklyn('2022-01-10', 'Queens', '[speech-retaliation]')).routes.stateSuit.status,
    ).toBe('not-applicable');
  });
});
