import { describe, expect, it } from 'vitest';
import { current } from '../../regimes.js';
import { decideYaml, evaluateYaml, regimeById, ruleIdsOf } from '../../testkit.js';

/**
 * Sen. Scott's employer-liability framework (2021): plaintiffs "be able to go
 * after the jurisdiction whether it's local or state" for its officers' violations, while
 * qualified immunity for the individual officer and § 242 stay as they are. No bill text exists.
 */

const SCOTT = regimeById('scott-2021');

const CITE = 'Scott employer-liability framework (2021; no bill text)';

/**
 * An officer of the given employer slams a handcuffed man to the ground during a traffic stop; no
 * departmental policy or custom drove it. A precedent with materially similar facts existed unless
 * `clearlyEstablished` says otherwise.
 */
const takedown = (o: {
  employer?: string;
  underColorOfLaw?: string;
  withinScope?: string;
  rightViolated?: string;
  clearlyEstablished?: string;
  date?: string;
}) => `
  id: traffic-stop-takedown
  title: An officer slams a handcuffed man to the ground
  date: ${o.date ?? '2019-06-14'}
  place: { state: SC, locality: Columbia }
  officer: { employer: ${o.employer ?? 'local'}, role: police, underColorOfLaw: ${o.underColorOfLaw ?? 'true'}, withinScopeOfEmployment: ${o.withinScope ?? 'true'} }
  agency: { policyOrCustomCaused: false, deliberatelyIndifferentTraining: false }
  conduct: { force: [bodily-force], claims: [excessive-force] }
  harm: serious-injury
  findings: { rightViolated: ${o.rightViolated ?? 'true'}, clearlyEstablished: ${o.clearlyEstablished ?? 'true'}, obviousViolation: false, mentalState: reckless }
`;

describe('Scott (2021): suits against the employing jurisdiction for its officers’ violations', () => {
  it('under the law in force the city is not liable without a policy or custom (no respondeat superior)', () => {
    const suit = evaluateYaml(current, takedown({})).routes.employerSuit;
    expect(suit.status).toBe('unavailable');
    expect(suit.blockedBy).toBe('no-policy-or-custom');
  });

  it('under Scott’s framework the city answers for its officer’s violation', () => {
    const result = evaluateYaml(SCOTT, takedown({}));
    expect(result.hypothetical).toBe(true);
    const suit = result.routes.employerSuit;
    expect(suit.status).toBe('available');
    expect(suit.blockedBy).toBeNull();
    expect(suit.decidedBy).toBe('scott-2021.jurisdiction-liable');
    expect(suit.cite).toBe(CITE);
    expect(suit.reasons[0]).toMatchObject({
      rule: 'scott-2021.employer-suit',
      definition: 'employerSuit',
      cite: CITE,
      value: 'available',
      provision: 'scott-2021-employer-liability',
    });
    expect(ruleIdsOf(suit)).toContain('scott-2021.jurisdiction-liable');
    expect(suit.reasons[0]?.unconfirmed).toMatch(/No text was published/);
  });

  it('a State answers for its trooper too, where today it is no Monell defendant', () => {
    expect(evaluateYaml(current, takedown({ employer: 'state' })).routes.employerSuit).toMatchObject({
      status: 'unavailable',
      blockedBy: 'not-covered',
    });
    expect(evaluateYaml(SCOTT, takedown({ employer: 'state' })).routes.employerSuit).toMatchObject({
      status: 'available',
      decidedBy: 'scott-2021.jurisdiction-liable',
    });
  });

  it('an off-duty officer not acting under color of law engages no one’s liability', () => {
    const suit = evaluateYaml(SCOTT, takedown({ underColorOfLaw: 'false' })).routes.employerSuit;
    expect(suit).toMatchObject({ status: 'unavailable', blockedBy: 'no-color-of-law' });
    expect(suit.decidedBy).toBe('scott-2021.color-of-law');
  });

  it('the jurisdiction answers only for officers acting within the scope of their employment', () => {
    const suit = evaluateYaml(SCOTT, takedown({ withinScope: 'false' })).routes.employerSuit;
    expect(suit).toMatchObject({ status: 'unavailable', blockedBy: 'not-within-scope' });
    expect(suit.decidedBy).toBe('scott-2021.scope-of-employment');
  });

  it('there must be a violation of the person’s rights', () => {
    const suit = evaluateYaml(SCOTT, takedown({ rightViolated: 'false' })).routes.employerSuit;
    expect(suit).toMatchObject({ status: 'unavailable', blockedBy: 'no-violation' });
    expect(suit.decidedBy).toBe('scott-2021.violation');
  });

  it('when the violation is unknown, it is the question', () => {
    const suit = evaluateYaml(SCOTT, takedown({ rightViolated: 'null' })).routes.employerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['findings.rightViolated']);
    expect(decideYaml(SCOTT, takedown({ rightViolated: 'null' }), 'employerLiability.claim').needs).toEqual([
      'findings.rightViolated',
    ]);
  });

  it('where the right was not clearly established, whether the city answers is undetermined (UNCONFIRMED), not available', () => {
    const yaml = takedown({ clearlyEstablished: 'false' });
    const suit = evaluateYaml(SCOTT, yaml).routes.employerSuit;
    expect(suit).toMatchObject({ status: 'undetermined', blockedBy: null, needs: [] });
    expect(decideYaml(SCOTT, yaml, 'employerLiability.claim').rule).toBe(
      'scott-2021.not-clearly-established',
    );
    const reason = suit.reasons.find((r) => r.rule === 'scott-2021.not-clearly-established');
    expect(reason?.unconfirmed).toMatch(/not clearly established is UNCONFIRMED/);
    expect(reason?.cite).toBe(CITE);
  });

  it('an obvious violation needs no precedent: the city answers', () => {
    const yaml = takedown({ clearlyEstablished: 'false' }).replace(
      'obviousViolation: false',
      'obviousViolation: true',
    );
    expect(evaluateYaml(SCOTT, yaml).routes.employerSuit).toMatchObject({
      status: 'available',
      decidedBy: 'scott-2021.jurisdiction-liable',
    });
  });

  it('when whether the right was clearly established is unknown, it is the question', () => {
    const yaml = takedown({ clearlyEstablished: 'null' });
    expect(evaluateYaml(SCOTT, yaml).routes.employerSuit).toMatchObject({
      status: 'undetermined',
      needs: ['findings.clearlyEstablished'],
    });
  });

  it('the individual officer keeps qualified immunity, and § 242 is unchanged', () => {
    const result = evaluateYaml(SCOTT, takedown({ clearlyEstablished: 'false' }));
    expect(result.routes.officerSuit).toMatchObject({
      status: 'unavailable',
      blockedBy: 'qualified-immunity',
    });
    expect(result.routes.federalProsecution).toMatchObject({
      status: 'unavailable',
      blockedBy: 'mental-state',
    });
  });

  it('a federal officer’s employer is still sued under the FTCA', () => {
    const suit = evaluateYaml(SCOTT, takedown({ employer: 'federal' })).routes.employerSuit;
    expect(suit.reasons[0]?.rule).toBe('employer-suit.united-states');
    expect(ruleIdsOf(suit)).not.toContain('scott-2021.employer-suit');
  });

  it('as a proposal it applies whatever the date: a 1995 takedown engages the city', () => {
    expect(evaluateYaml(SCOTT, takedown({ date: '1995-02-02' })).routes.employerSuit.status).toBe(
      'available',
    );
    expect(evaluateYaml(current, takedown({ date: '1995-02-02' })).routes.employerSuit.status).toBe(
      'unavailable',
    );
  });
});
