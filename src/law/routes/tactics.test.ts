import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject } from '../../engine/evaluate.js';
import { buildRegime, eq, fact, value } from '../../engine/index.js';
import { federalBaseline } from '../baseline.js';
import { parseIncident } from '../parse.js';
import { current, REGIMES } from '../regimes.js';
import { evaluateIncident } from '../results.js';
import { arbitraryIncident, evaluateYaml } from '../testkit.js';

/** How federal law regulates chokeholds and no-knock entries under the law in force (DESIGN.md §4). */

function decide(yaml: string, id: string, regime = current) {
  const incident = parseIncident(yaml);
  const outcome = evaluate(regime, factsFromObject(incident), incident.date, [id]).get(id);
  if (!outcome) throw new Error(`no outcome for ${id}`);
  return { value: outcome.value, rule: outcome.decidedBy?.id ?? null, needs: outcome.needs };
}

const NO_FEDERAL_RULE = 'H.R. 1280 (117th Cong.) and S. 3985 (116th Cong.), neither enacted';

/** Eric Garner: a chokehold by a New York City officer in 2014 (LAW.md §6 M3). */
const garner = `
  id: eric-garner
  date: 2014-07-17
  place: { state: NY, locality: New York City }
  officer: { employer: local, role: police, underColorOfLaw: true }
  agency: { chokeholdRule: policy }
  conduct: { force: [chokehold], claims: [excessive-force] }
  harm: death
`;

/** A no-knock drug warrant executed by city police in Louisville in March 2020. */
const louisvilleRaid = `
  id: louisville-no-knock-2020
  date: 2020-03-13
  place: { state: KY, locality: Louisville }
  officer: { employer: local, role: police, underColorOfLaw: true }
  agency: { noKnockRule: none }
  conduct: { force: [firearm], noKnockEntry: true, warrantFor: drug, claims: [unlawful-search, excessive-force] }
  harm: death
`;

/** An FBI agent's neck restraint in 2023, while EO 14074 and the DOJ policy bind federal agents. */
const fbiHold = (deadlyForceAuthorized: string) => `
  id: fbi-neck-restraint
  date: 2023-03-01
  place: { state: VA }
  officer: { employer: federal, role: police, department: justice, underColorOfLaw: true }
  conduct: { force: [carotid-restraint], deadlyForceAuthorized: ${deadlyForceAuthorized} }
`;

describe('tactics: chokeholds and carotid restraints', () => {
  it('no federal law regulated a New York City officer’s chokehold in 2014: it is unregulated', () => {
    expect(evaluateYaml(current, garner).tactics).toEqual([
      {
        tactic: 'chokehold',
        rule: 'unregulated',
        met: null,
        breached: null,
        cite: NO_FEDERAL_RULE,
        text: expect.stringContaining('No federal statute bans chokeholds by state or local officers'),
        needs: [],
      },
    ]);
    expect(decide(garner, 'tactics.chokehold.rule').rule).toBe('tactics.chokehold.no-federal-rule');
  });

  it('where no funding condition applies there is nothing to meet', () => {
    expect(decide(garner, 'tactics.chokehold.met')).toEqual({
      value: true,
      rule: 'tactics.chokehold.no-condition',
      needs: [],
    });
  });

  it('an unregulated chokehold breaches nothing: only a prohibition can be breached', () => {
    expect(decide(garner, 'tactics.chokehold.breached')).toEqual({
      value: false,
      rule: 'tactics.chokehold.nothing-to-breach',
      needs: [],
    });
  });

  it('a prohibited neck restraint breaches the prohibition when deadly force was not authorized', () => {
    const yaml = fbiHold('false');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'carotid-restraint', rule: 'prohibited', breached: true, needs: [] },
    ]);
    // Executive Order 14074's own exception decides, not a rule shared with other prohibitions.
    expect(decide(yaml, 'tactics.chokehold.breached')).toEqual({
      value: true,
      rule: 'eo-14074.chokehold.exception',
      needs: [],
    });
  });

  it('the same restraint where deadly force was authorized by law falls within every federal rule’s exception', () => {
    const yaml = fbiHold('true');
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'carotid-restraint', rule: 'prohibited', breached: false },
    ]);
    expect(decide(yaml, 'tactics.chokehold.breached').rule).toBe('eo-14074.chokehold.exception');
  });

  it('before EO 14074, the DOJ policy of 2021 binds an FBI agent, and its own exception decides the breach', () => {
    const yaml = fbiHold('false').replace('2023-03-01', '2021-10-01');
    expect(decide(yaml, 'tactics.chokehold.rule').rule).toBe('doj-policy-2021.chokehold');
    expect(decide(yaml, 'tactics.chokehold.breached')).toEqual({
      value: true,
      rule: 'doj-policy-2021.chokehold.exception',
      needs: [],
    });
    expect(decide(fbiHold('true').replace('2023-03-01', '2021-10-01'), 'tactics.chokehold.breached')).toEqual(
      {
        value: false,
        rule: 'doj-policy-2021.chokehold.exception',
        needs: [],
      },
    );
  });

  it('a prohibition whose provision gives no rule on its exception is not decided by another law’s exception', () => {
    const withBan = buildRegime({
      id: 'test-chokehold-ban',
      title: 'The law in force, with a test prohibition that states nothing of an exception',
      baseline: federalBaseline,
      overlays: [
        {
          id: 'test-chokehold-ban',
          title: 'Test provision',
          cite: 'Test',
          patches: [
            {
              op: 'add',
              definition: 'tactics.chokehold.rule',
              rule: {
                id: 'test.chokehold-ban',
                cite: 'Test',
                text: 'Chokeholds are prohibited.',
                then: value('prohibited'),
                priority: 10_000,
              },
            },
          ],
        },
      ],
    });
    // A city officer's hold in Texas: no federal prohibition's exception reaches it either.
    const cityHold = fbiHold('false')
      .replace('state: VA', 'state: TX')
      .replace('employer: federal, role: police, department: justice', 'employer: local, role: police');
    expect(evaluateIncident(withBan, parseIncident(cityHold)).tactics).toMatchObject([
      { tactic: 'carotid-restraint', rule: 'prohibited', breached: null },
    ]);
    expect(decide(cityHold, 'tactics.chokehold.breached', withBan)).toEqual({
      value: 'unencoded',
      rule: null,
      needs: [],
    });
  });

  it('when it is unknown whether deadly force was authorized, the breach is open on that alone', () => {
    expect(evaluateYaml(current, fbiHold('null')).tactics).toMatchObject([
      {
        tactic: 'carotid-restraint',
        rule: 'prohibited',
        breached: null,
        needs: ['conduct.deadlyForceAuthorized'],
      },
    ]);
  });

  it('a chokehold and a carotid restraint in one incident give one entry each', () => {
    const result = evaluateYaml(
      current,
      garner.replace('[chokehold]', '[chokehold, carotid-restraint, taser]'),
    );
    expect(result.tactics.map((t) => t.tactic)).toEqual(['chokehold', 'carotid-restraint']);
  });

  it('an incident that used neither a neck restraint nor a no-knock entry has no tactics entry', () => {
    const result = evaluateYaml(current, garner.replace('[chokehold]', '[taser]'));
    expect(result.tactics).toEqual([]);
  });
});

describe('tactics: no-knock entries', () => {
  it('no federal law regulated a city police no-knock drug raid in Louisville in 2020', () => {
    expect(evaluateYaml(current, louisvilleRaid).tactics).toEqual([
      {
        tactic: 'no-knock-entry',
        rule: 'unregulated',
        met: null,
        breached: null,
        cite: NO_FEDERAL_RULE,
        text: expect.stringContaining(
          'No federal statute bans or restricts no-knock entries by state or local officers',
        ),
        needs: [],
      },
    ]);
    expect(decide(louisvilleRaid, 'tactics.noKnock.rule').rule).toBe('tactics.no-knock.no-federal-rule');
  });

  it('no funding condition on no-knock warrants applies under the law in force, so there is nothing to meet', () => {
    expect(decide(louisvilleRaid, 'tactics.noKnock.met')).toEqual({
      value: true,
      rule: 'tactics.no-knock.no-condition',
      needs: [],
    });
  });

  it('a restricted no-knock entry is not counted a breach: the facts of the imminent threat are not recorded', () => {
    const yaml = `
      id: dea-no-knock-2023
      date: 2023-03-01
      place: { state: TX }
      officer: { employer: federal, role: police, department: justice, underColorOfLaw: true }
      conduct: { noKnockEntry: true, warrantFor: drug }
    `;
    expect(evaluateYaml(current, yaml).tactics).toMatchObject([
      { tactic: 'no-knock-entry', rule: 'restricted', breached: null },
    ]);
    expect(decide(yaml, 'tactics.noKnock.breached')).toEqual({
      value: false,
      rule: 'tactics.no-knock.nothing-to-breach',
      needs: [],
    });
  });

  it('where a provision prohibits no-knock entries, a no-knock entry breaches it (shown with a test provision banning them where the state bans them)', () => {
    const withBan = buildRegime({
      id: 'test-no-knock-ban',
      title: 'The law in force, with a test provision prohibiting no-knock entries where the state bans them',
      baseline: federalBaseline,
      overlays: [
        {
          id: 'test-no-knock-ban',
          title: 'Test provision',
          cite: 'Test',
          patches: [
            {
              op: 'add',
              definition: 'tactics.noKnock.rule',
              rule: {
                id: 'test.no-knock-ban',
                cite: 'Test',
                text: 'No-knock entries are prohibited where the state bans them.',
                when: eq(fact('agency.noKnockRule'), 'banned'),
                then: value('prohibited'),
                priority: 10_000,
              },
            },
          ],
        },
      ],
    });
    const yaml = louisvilleRaid.replace('noKnockRule: none', 'noKnockRule: banned');
    expect(evaluateIncident(withBan, parseIncident(yaml)).tactics).toMatchObject([
      { tactic: 'no-knock-entry', rule: 'prohibited', breached: true, needs: [] },
    ]);
    expect(decide(yaml, 'tactics.noKnock.breached', withBan)).toEqual({
      value: true,
      rule: 'tactics.no-knock.prohibited',
      needs: [],
    });
  });

  it('an entry made after knocking is not a no-knock entry and has no tactics entry', () => {
    const result = evaluateYaml(current, louisvilleRaid.replace('noKnockEntry: true', 'noKnockEntry: false'));
    expect(result.tactics).toEqual([]);
  });
});

describe('tactics: the prohibition in force gives the exception', () => {
  it('whenever a chokehold is prohibited, the breach is decided by the same provision as the prohibition, under every regime', () => {
    const regimes = [...REGIMES.values()];
    fc.assert(
      fc.property(arbitraryIncident, fc.constantFrom(...regimes), (incident, regime) => {
        const run = evaluate(regime, factsFromObject(incident), incident.date, [
          'tactics.chokehold.rule',
          'tactics.chokehold.breached',
        ]);
        const rule = run.get('tactics.chokehold.rule');
        const breached = run.get('tactics.chokehold.breached');
        if (rule?.value !== 'prohibited' || !rule.decidedBy || breached?.value === undefined) return;
        // Every prohibition gives a rule on its exception: a known breach is decided by a rule.
        expect(breached.decidedBy, rule.decidedBy.id).not.toBeNull();
        if (!breached.decidedBy) return;
        // The federal base rules have no provision; each overlay's rules carry theirs.
        expect(breached.decidedBy.provision ?? 'federal', breached.decidedBy.id).toBe(
          rule.decidedBy.provision ?? 'federal',
        );
      }),
      { numRuns: 3000, seed: 9 },
    );
  });

  it.each([
    ['CO', '2021-01-01', 'co-sb20-217.chokehold-no-exception', true],
    ['MA', '2021-06-01', 'ma-ch253-2020.chokehold-no-exception', true],
    ['WA', '2021-08-01', 'wa-hb1054-2021.no-exception', true],
    ['MN', '2021-01-01', 'mn-2020.deadly-force-exception', false],
    ['NY', '2021-01-01', 'ny-pl121-13a-2020.serious-harm', true],
  ] as const)(
    'a city officer’s fatal neck restraint in %s on %s, deadly force authorized: %s decides (breached: %s)',
    (state, date, id, breached) => {
      const yaml = `
        id: neck-restraint-${state.toLowerCase()}
        date: ${date}
        place: { state: ${state} }
        officer: { employer: local, role: police, underColorOfLaw: true }
        conduct: { force: [carotid-restraint], deadlyForceAuthorized: true }
        harm: death
      `;
      expect(decide(yaml, 'tactics.chokehold.breached')).toEqual({ value: breached, rule: id, needs: [] });
    },
  );
});
