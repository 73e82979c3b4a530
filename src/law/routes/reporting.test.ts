import { describe, expect, it } from 'vitest';
import { current } from '../regimes.js';
import { decideYaml, evaluateYaml } from '../testkit.js';

/** Which registries and data collections the incident goes to under the law in force (DESIGN.md §4). */

const NLEAD = 'reporting.nationalLawEnforcementAccountabilityDatabase';
const FBI_DATA = 'reporting.fbiNationalUseOfForceDataCollection';

/** Memphis officers beat Tyre Nichols in January 2023; they were later fired and charged (LAW.md §6 M11). */
const nichols = `
  id: tyre-nichols
  title: Tyre Nichols, Memphis
  date: 2023-01-07
  place: { state: TN, locality: Memphis }
  officer: { employer: local, role: police, underColorOfLaw: true, convictedForConduct: true, decertifiedForConduct: true }
  conduct: { force: [bodily-force, taser, chemical-agent], claims: [excessive-force] }
  harm: death
`;

describe('reporting under the law in force', () => {
  it('city officers decertified and convicted for beating Tyre Nichols do not go to the federal accountability database, which took only federal officers', () => {
    expect(evaluateYaml(current, nichols).reporting).toEqual([]);
    expect(decideYaml(current, nichols, NLEAD)).toEqual({
      value: false,
      rule: 'reporting.accountability-database.none',
      needs: [],
    });
  });

  it('federal law does not require the city to report the force used to the FBI collection', () => {
    expect(decideYaml(current, nichols, FBI_DATA)).toEqual({
      value: false,
      rule: 'reporting.use-of-force-data.voluntary',
      needs: [],
    });
  });

  it('a federal officer convicted for conduct in 2021, before EO 14074, is not reported either', () => {
    const yaml = nichols.replace('employer: local', 'employer: federal').replace('2023-01-07', '2021-01-07');
    expect(evaluateYaml(current, yaml).reporting).toEqual([]);
    expect(decideYaml(current, yaml, NLEAD).rule).toBe('reporting.accountability-database.none');
    expect(decideYaml(current, yaml, FBI_DATA).rule).toBe('reporting.use-of-force-data.voluntary');
  });

  it('for a state or local officer the conviction and the force used need not be known', () => {
    const yaml = `
      id: local-unknowns
      date: 2023-01-07
      place: { state: TN }
      officer: { employer: local }
    `;
    expect(evaluateYaml(current, yaml).reporting).toEqual([]);
  });

  it('when the employer is unknown in 2023, an officer who used force may have to be reported, depending on it', () => {
    const yaml = nichols.replace('employer: local, ', '');
    expect(evaluateYaml(current, yaml).reporting).toMatchObject([
      { system: 'fbi-national-use-of-force-data-collection', determined: false, needs: ['officer.employer'] },
      {
        system: 'national-law-enforcement-accountability-database',
        determined: false,
        needs: ['officer.employer'],
      },
    ]);
  });
});
