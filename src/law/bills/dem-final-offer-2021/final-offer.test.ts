import { describe, expect, it } from 'vitest';
import { evaluate, factsFromObject, type Regime } from '../../../engine/index.js';
import { parseIncident } from '../../parse.js';
import { current, REGIMES } from '../../regimes.js';
import { evaluateIncident } from '../../results.js';

/**
 * The Democrats' final offer of September 2021 (LAW.md §4.1, §4.2): no qualified-immunity change,
 * no § 242 change, no no-knock provision; EO 13929's chokehold standard codified as a Byrne JAG
 * and COPS condition, and a federal misconduct database (H.R. 1280 § 201's registry).
 */

function regime(id: string): Regime {
  const found = REGIMES.get(id);
  if (!found) throw new Error(`no regime ${id}`);
  return found;
}
const OFFER = regime('dem-final-offer-2021');

const run = (r: Regime, yaml: string) => evaluateIncident(r, parseIncident(yaml));
const grants = (r: Regime, yaml: string) =>
  run(r, yaml)
    .funding.filter((f) => f.grant !== 'doj-discretionary')
    .map((f) => [f.grant, f.atRisk]);

function decide(r: Regime, yaml: string, id: string) {
  const incident = parseIncident(yaml);
  const outcome = evaluate(r, factsFromObject(incident), incident.date, [id]).get(id);
  if (!outcome) throw new Error(`no outcome for ${id}`);
  return { value: outcome.value, rule: outcome.decidedBy?.id ?? null, needs: outcome.needs };
}

const CITE = "Democrats' final offer (Sept. 2021), as reported";

/** A Tulsa officer puts a man in a chokehold; the city's rules on chokeholds vary below. */
const tulsa = (chokeholdRule: string, date = '2019-04-20') => `
  id: tulsa-chokehold
  title: A city officer's chokehold during an arrest
  date: ${date}
  place: { state: OK, locality: Tulsa }
  officer: { employer: local, role: police, underColorOfLaw: true, convictedForConduct: true }
  agency: { receivesByrneJag: true, receivesCops: true, chokeholdRule: ${chokeholdRule} }
  conduct: { force: [chokehold], noKnockEntry: true, warrantFor: drug, claims: [excessive-force] }
  harm: serious-injury
  findings: { rightViolated: true, clearlyEstablished: false, obviousViolation: false, mentalState: reckless }
`;

describe("Democrats' final offer (2021): EO 13929's chokehold standard as a Byrne JAG and COPS condition", () => {
  it('under the law in force in 2019 a city with no chokehold rule risked neither grant', () => {
    expect(grants(current, tulsa('none'))).toEqual([
      ['byrne-jag', false],
      ['cops', false],
    ]);
  });

  it('under the offer its chokehold is a funding condition it does not meet, and both grants are at risk', () => {
    const result = run(OFFER, tulsa('none'));
    expect(result.hypothetical).toBe(true);
    expect(result.tactics).toContainEqual(
      expect.objectContaining({ tactic: 'chokehold', rule: 'funding-condition', met: false, cite: CITE }),
    );
    expect(result.funding.filter((f) => f.grant !== 'doj-discretionary')).toEqual([
      expect.objectContaining({
        grant: 'byrne-jag',
        atRisk: true,
        cite: CITE,
        text: 'Byrne JAG eligibility conditioned on the chokehold standard.',
      }),
      expect.objectContaining({
        grant: 'cops',
        atRisk: true,
        cite: CITE,
        text: 'COPS eligibility conditioned on the chokehold standard.',
      }),
    ]);
    expect(decide(OFFER, tulsa('none'), 'tactics.chokehold.rule').rule).toBe(
      'dem-final-offer-2021.chokehold-condition',
    );
    expect(decide(OFFER, tulsa('none'), 'tactics.chokehold.met')).toEqual({
      value: false,
      rule: 'dem-final-offer-2021.chokehold-condition-met',
      needs: [],
    });
    expect(decide(OFFER, tulsa('none'), 'funding.byrneJag.atRisk').rule).toBe(
      'dem-final-offer-2021.byrne-jag-eligibility',
    );
    expect(decide(OFFER, tulsa('none'), 'funding.cops.atRisk').rule).toBe(
      'dem-final-offer-2021.cops-eligibility',
    );
  });

  it('a policy banning chokeholds except where deadly force is allowed (the EO 13929 standard) meets it', () => {
    const result = run(OFFER, tulsa('policy-deadly-force-exception'));
    expect(result.tactics).toContainEqual(expect.objectContaining({ rule: 'funding-condition', met: true }));
    expect(grants(OFFER, tulsa('policy-deadly-force-exception'))).toEqual([
      ['byrne-jag', false],
      ['cops', false],
    ]);
  });

  it('its misconduct database is H.R. 1280’s registry: the convicted officer goes to it', () => {
    expect(run(current, tulsa('none')).reporting.map((x) => x.system)).not.toContain(
      'national-police-misconduct-registry',
    );
    expect(run(OFFER, tulsa('none')).reporting).toContainEqual(
      expect.objectContaining({ system: 'national-police-misconduct-registry', determined: true }),
    );
  });

  it('it leaves qualified immunity and § 242 as they are', () => {
    const result = run(OFFER, tulsa('none'));
    expect(result.routes.officerSuit).toMatchObject({
      status: 'unavailable',
      blockedBy: 'qualified-immunity',
    });
    expect(result.routes.federalProsecution).toMatchObject({
      status: 'unavailable',
      blockedBy: 'mental-state',
    });
  });

  it('it has no no-knock provision: the city’s no-knock drug raid stays unregulated', () => {
    expect(run(OFFER, tulsa('none')).tactics).toContainEqual(
      expect.objectContaining({ tactic: 'no-knock-entry', rule: 'unregulated' }),
    );
  });

  it('as a proposal it applies whatever the date: a 1995 city without a policy loses both grants', () => {
    expect(grants(OFFER, tulsa('none', '1995-10-10'))).toEqual([
      ['byrne-jag', true],
      ['cops', true],
    ]);
  });
});
