import { describe, expect, it } from 'vitest';
import type { Regime } from '../../engine/index.js';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml, regimeById } from '../testkit.js';
import { eo14074AsIfInForce } from './eo-14074-as-if-in-force.js';

/**
 * The `eo-14074` regime: Executive Order 14074 evaluated as if in force on the
 * incident date. The order was in force from 25 May 2022 until its revocation on 20 January 2025
 * and bound federal agencies only; `current` applies it only within that window.
 */

const EO = regimeById('eo-14074');

const systems = (r: Regime, yaml: string) => evaluateYaml(r, yaml).reporting.map((x) => x.system);

const CITE = 'Executive Order 14074 (May 25, 2022), revoked by Executive Order 14148 (Jan. 20, 2025)';

/**
 * An ICE officer (Homeland Security, not bound by DOJ's own 2021 policy) forces his way into a
 * home without knocking and puts the owner in a carotid restraint; he is later convicted for it.
 */
const iceRaid = (date: string, o: { employer?: string; deadlyForceAuthorized?: string } = {}) => `
  id: ice-home-raid
  title: An ICE officer's unannounced entry and carotid restraint
  date: ${date}
  place: { state: IL, locality: Chicago }
  officer: { employer: ${o.employer ?? 'federal'}, role: police, department: homeland-security, underColorOfLaw: true, convictedForConduct: true }
  conduct: { force: [carotid-restraint], deadlyForceAuthorized: ${o.deadlyForceAuthorized ?? 'false'}, noKnockEntry: true, warrantFor: other, claims: [excessive-force, unlawful-search] }
  harm: injury
`;

const BEFORE = '2019-06-01';
const DURING = '2023-06-01';
const AFTER = '2025-03-01';

describe('EO 14074 as if in force: the regime drops the order’s dates', () => {
  it('replaces each of the order’s dated rules with the same rule, undated: the chokehold prohibition with its exception', () => {
    expect(
      eo14074AsIfInForce.patches.map((p) =>
        p.op === 'replace' ? [p.definition, p.target, p.rule.id] : p.op,
      ),
    ).toEqual([
      ['tactics.chokehold.rule', 'eo-14074.chokehold', 'eo-14074.chokehold.as-if-in-force'],
      [
        'tactics.chokehold.breached',
        'eo-14074.chokehold.exception',
        'eo-14074.chokehold.exception.as-if-in-force',
      ],
      ['tactics.noKnock.rule', 'eo-14074.no-knock', 'eo-14074.no-knock.as-if-in-force'],
      [
        'reporting.nationalLawEnforcementAccountabilityDatabase',
        'eo-14074.nlead',
        'eo-14074.nlead.as-if-in-force',
      ],
      [
        'reporting.fbiNationalUseOfForceDataCollection',
        'eo-14074.use-of-force-data',
        'eo-14074.use-of-force-data.as-if-in-force',
      ],
    ]);
    for (const patch of eo14074AsIfInForce.patches) {
      expect(patch.op === 'replace' && patch.rule.inForce).toBeFalsy();
    }
  });

  it('its results say they are hypothetical; those of the law in force do not', () => {
    expect(evaluateYaml(EO, iceRaid(BEFORE)).hypothetical).toBe(true);
    expect(evaluateYaml(current, iceRaid(BEFORE)).hypothetical).toBe(false);
  });
});

describe('EO 14074: chokeholds and carotid restraints by federal officers', () => {
  it('before the order (2019) an ICE officer’s carotid restraint was unregulated', () => {
    expect(evaluateYaml(current, iceRaid(BEFORE)).tactics).toContainEqual(
      expect.objectContaining({ tactic: 'carotid-restraint', rule: 'unregulated' }),
    );
  });

  it('as if in force in 2019 it is prohibited, and breached when deadly force was not authorized', () => {
    expect(evaluateYaml(EO, iceRaid(BEFORE)).tactics).toContainEqual(
      expect.objectContaining({
        tactic: 'carotid-restraint',
        rule: 'prohibited',
        breached: true,
        cite: `${CITE} § 7`,
      }),
    );
    expect(decideYaml(EO, iceRaid(BEFORE), 'tactics.chokehold.rule').rule).toBe(
      'eo-14074.chokehold.as-if-in-force',
    );
    // The order's own exception decides the breach, undated with it.
    expect(decideYaml(EO, iceRaid(BEFORE), 'tactics.chokehold.breached')).toEqual({
      value: true,
      rule: 'eo-14074.chokehold.exception.as-if-in-force',
      needs: [],
    });
  });

  it('the order excepts holds where deadly force is authorized', () => {
    expect(evaluateYaml(EO, iceRaid(BEFORE, { deadlyForceAuthorized: 'true' })).tactics).toContainEqual(
      expect.objectContaining({ tactic: 'carotid-restraint', rule: 'prohibited', breached: false }),
    );
  });

  it('while it was in force (2023) the law in force and the regime agree', () => {
    const law = evaluateYaml(current, iceRaid(DURING)).tactics;
    expect(law).toContainEqual(expect.objectContaining({ tactic: 'carotid-restraint', rule: 'prohibited' }));
    expect(decideYaml(current, iceRaid(DURING), 'tactics.chokehold.rule').rule).toBe('eo-14074.chokehold');
    expect(evaluateYaml(EO, iceRaid(DURING)).tactics).toEqual(law);
  });

  it('after its revocation (March 2025) the law in force no longer applies it; the regime still does', () => {
    expect(evaluateYaml(current, iceRaid(AFTER)).tactics).toContainEqual(
      expect.objectContaining({ tactic: 'carotid-restraint', rule: 'unregulated' }),
    );
    expect(evaluateYaml(EO, iceRaid(AFTER)).tactics).toContainEqual(
      expect.objectContaining({ tactic: 'carotid-restraint', rule: 'prohibited' }),
    );
  });

  it('it binds federal agencies only: a city officer’s hold is not reached', () => {
    expect(decideYaml(EO, iceRaid(BEFORE, { employer: 'local' }), 'tactics.chokehold.rule').rule).not.toBe(
      'eo-14074.chokehold.as-if-in-force',
    );
  });
});

describe('EO 14074: no-knock entries by federal officers', () => {
  it('as if in force in 2019 the ICE officer’s unannounced entry is restricted, where it was unregulated', () => {
    expect(evaluateYaml(current, iceRaid(BEFORE)).tactics).toContainEqual(
      expect.objectContaining({ tactic: 'no-knock-entry', rule: 'unregulated' }),
    );
    expect(evaluateYaml(EO, iceRaid(BEFORE)).tactics).toContainEqual(
      expect.objectContaining({
        tactic: 'no-knock-entry',
        rule: 'restricted',
        breached: null,
        cite: `${CITE} § 10`,
      }),
    );
    expect(decideYaml(EO, iceRaid(BEFORE), 'tactics.noKnock.rule').rule).toBe(
      'eo-14074.no-knock.as-if-in-force',
    );
  });

  it('after the revocation the regime still restricts it; the law in force does not', () => {
    expect(evaluateYaml(EO, iceRaid(AFTER)).tactics).toContainEqual(
      expect.objectContaining({ tactic: 'no-knock-entry', rule: 'restricted' }),
    );
    expect(evaluateYaml(current, iceRaid(AFTER)).tactics).toContainEqual(
      expect.objectContaining({ tactic: 'no-knock-entry', rule: 'unregulated' }),
    );
  });
});

describe('EO 14074: the National Law Enforcement Accountability Database', () => {
  it('as if in force in 2019 the convicted ICE officer goes to the database, which did not exist then', () => {
    expect(systems(current, iceRaid(BEFORE))).not.toContain(
      'national-law-enforcement-accountability-database',
    );
    expect(evaluateYaml(EO, iceRaid(BEFORE)).reporting).toContainEqual({
      system: 'national-law-enforcement-accountability-database',
      determined: true,
      cite: `${CITE}; National Law Enforcement Accountability Database`,
      needs: [],
    });
    expect(
      decideYaml(EO, iceRaid(BEFORE), 'reporting.nationalLawEnforcementAccountabilityDatabase').rule,
    ).toBe('eo-14074.nlead.as-if-in-force');
  });

  it('after the revocation only the regime still sends him there', () => {
    expect(systems(current, iceRaid(AFTER))).not.toContain(
      'national-law-enforcement-accountability-database',
    );
    expect(systems(EO, iceRaid(AFTER))).toContain('national-law-enforcement-accountability-database');
  });
});

describe('EO 14074: federal use-of-force data to the FBI', () => {
  it('as if in force in 2019 a restraint causing serious bodily injury is reported to the FBI National Use-of-Force Data Collection', () => {
    const serious = iceRaid(BEFORE).replace('harm: injury', 'harm: serious-injury');
    expect(systems(current, serious)).not.toContain('fbi-national-use-of-force-data-collection');
    expect(evaluateYaml(EO, serious).reporting).toContainEqual(
      expect.objectContaining({ system: 'fbi-national-use-of-force-data-collection', determined: true }),
    );
    expect(decideYaml(EO, serious, 'reporting.fbiNationalUseOfForceDataCollection').rule).toBe(
      'eo-14074.use-of-force-data.as-if-in-force',
    );
  });

  it('a restraint causing a lesser injury is not reported even as if in force: § 6 does not ask every use of force', () => {
    expect(systems(EO, iceRaid(BEFORE))).not.toContain('fbi-national-use-of-force-data-collection');
  });

  it('a city officer’s use of force is not reached', () => {
    expect(
      decideYaml(EO, iceRaid(BEFORE, { employer: 'local' }), 'reporting.fbiNationalUseOfForceDataCollection')
        .value,
    ).toBe(false);
  });
});
