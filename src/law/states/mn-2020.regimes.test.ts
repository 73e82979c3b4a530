import { describe, expect, it } from 'vitest';
import { current, REGIMES } from '../regimes.js';
import { decideYaml, evaluateYaml, regimeById } from '../testkit.js';

/**
 * Minnesota's Police Accountability Act (2020 1st Special Session), Minn. Stat. § 609.06 as amended
 * (LAW.md §5.6): no chokehold unless deadly force is authorized under § 609.066; effective
 * 24 July 2020. Tested under the law in force and under the proposals.
 */

const CITE = 'Minn. Stat. § 609.06 (as amended 2020, 1st Spec. Sess.)';

/** A Minneapolis officer kneels on a handcuffed man's neck during an arrest (LAW.md §6 M1). */
const minneapolis = (
  o: {
    date?: string;
    state?: string;
    locality?: string;
    employer?: string;
    deadlyForceAuthorized?: string;
  } = {},
) => `
  id: minneapolis-neck-restraint
  title: A Minneapolis officer kneels on a handcuffed man's neck
  date: ${o.date ?? '2020-09-15'}
  place: { state: ${o.state ?? 'MN'}, locality: ${o.locality ?? 'Minneapolis'} }
  officer: { employer: ${o.employer ?? 'local'}, role: police, underColorOfLaw: true }
  agency: { receivesByrneJag: true, chokeholdRule: law-deadly-force-exception }
  conduct: { force: [chokehold, prone-restraint], deadlyForceAuthorized: ${o.deadlyForceAuthorized ?? 'false'}, claims: [excessive-force] }
  harm: death
`;

describe('Minnesota 2020: chokeholds banned unless deadly force is authorized', () => {
  it('the officer’s chokehold is prohibited by state law and, deadly force not being authorized, breaches it', () => {
    expect(evaluateYaml(current, minneapolis()).tactics).toEqual([
      {
        tactic: 'chokehold',
        rule: 'prohibited',
        met: null,
        breached: true,
        cite: CITE,
        text: 'A peace officer may not use a choke hold, tie all of a person’s limbs together behind the back, or transport a person face-down in a vehicle, unless deadly force is authorized under § 609.066.',
        needs: [],
      },
    ]);
    expect(decideYaml(current, minneapolis(), 'tactics.chokehold.rule').rule).toBe('mn-2020.chokehold-ban');
  });

  it('where deadly force was authorized under § 609.066 the hold is within the exception', () => {
    expect(evaluateYaml(current, minneapolis({ deadlyForceAuthorized: 'true' })).tactics[0]).toMatchObject({
      rule: 'prohibited',
      breached: false,
    });
  });

  it('it binds state and local officers, not a federal agent in Minnesota', () => {
    expect(decideYaml(current, minneapolis({ employer: 'state' }), 'tactics.chokehold.rule').rule).toBe(
      'mn-2020.chokehold-ban',
    );
    expect(decideYaml(current, minneapolis({ employer: 'federal' }), 'tactics.chokehold.rule').rule).not.toBe(
      'mn-2020.chokehold-ban',
    );
  });
});

describe('Minnesota’s chokehold ban applies in Minnesota from 24 July 2020', () => {
  it('not to George Floyd’s death (25 May 2020) nor to a hold on 23 July 2020', () => {
    for (const date of ['2020-05-25', '2020-07-23']) {
      expect(evaluateYaml(current, minneapolis({ date })).tactics[0]?.rule, date).not.toBe('prohibited');
    }
  });

  it('to a hold on 24 July 2020, the day it took effect', () => {
    expect(evaluateYaml(current, minneapolis({ date: '2020-07-24' })).tactics[0]).toMatchObject({
      rule: 'prohibited',
      cite: CITE,
    });
  });

  it('not in another state: the same hold in Fargo is not banned by Minnesota law', () => {
    expect(
      decideYaml(current, minneapolis({ state: 'ND', locality: 'Fargo' }), 'tactics.chokehold.rule').rule,
    ).not.toBe('mn-2020.chokehold-ban');
  });

  it('under every proposal it still applies by place and date', () => {
    for (const [id, r] of REGIMES) {
      expect(evaluateYaml(r, minneapolis()).tactics[0]?.rule, id).toBe('prohibited');
      expect(decideYaml(r, minneapolis({ date: '2020-07-23' }), 'tactics.chokehold.rule').rule, id).not.toBe(
        'mn-2020.chokehold-ban',
      );
    }
  });

  it('Minnesota’s ban has a deadly-force exception, so it does not meet H.R. 1280’s condition: Byrne JAG is at risk', () => {
    expect(
      evaluateYaml(regimeById('gfjpa-2021'), minneapolis()).funding.find((f) => f.grant === 'byrne-jag')
        ?.atRisk,
    ).toBe(true);
    expect(
      evaluateYaml(regimeById('justice-act-2020'), minneapolis()).funding.find((f) => f.grant === 'byrne-jag')
        ?.atRisk,
    ).toBe(false);
  });
});
