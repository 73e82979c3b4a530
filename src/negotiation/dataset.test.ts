import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgencyParameters, loadParameters } from '../analysis/index.js';
import type { Overlay } from '../engine/index.js';
import { AGENCY_PROVISIONS, compileAgency, composeAgencyRegime } from '../law/agency/index.js';
import { compileStatuses, composeRegime, type Incident, PROVISIONS } from '../law/index.js';
import { dealSpace, feasiblePackages, type RedLine } from './deal-space.js';
import { EffectCache, syntheticSample } from './effects.js';
import { NegotiationError, parseNegotiation } from './load.js';
import { bundledCases, STATUS_QUO } from './testkit.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FILE = join(ROOT, 'data', 'negotiation', 'us-2020-2022.yaml');
const text = readFileSync(FILE, 'utf8');
const negotiation = parseNegotiation(text, FILE);

const line = (l: RedLine) => `${l.party} ${l.stance} ${l.option}`;

describe('the bundled dataset', () => {
  it('holds to its schema, and every option names provisions of src/law that compile', () => {
    expect(negotiation.issues.map((i) => i.id)).toEqual([
      'QI',
      'S242',
      'CHOKEHOLD',
      'NOKNOCK',
      'DATA',
      'PATTERN',
      'UOF',
      'MILEQUIP',
      'FUNDING',
    ]);
    for (const issue of negotiation.issues)
      for (const option of issue.options) {
        if (option.agencyProvisions.length > 0) {
          const agency = option.agencyProvisions.map((id) => AGENCY_PROVISIONS.get(id) as Overlay);
          expect(agency.every((p) => p !== undefined)).toBe(true);
          const regime = composeAgencyRegime({ id: option.id, title: option.title, provisions: agency });
          expect(typeof compileAgency(regime)).toBe('function');
        }
        if (option.provisions.length === 0) continue;
        const provisions = option.provisions.map((id) => PROVISIONS.get(id) as Overlay);
        expect(provisions.every((p) => p !== undefined)).toBe(true);
        const regime = composeRegime({ id: option.id, title: option.title, provisions });
        expect(typeof compileStatuses(regime)).toBe('function');
      }
    // The agency provisions of the talks' last two issues: the 1033 limits and the grant conditions.
    const agencyOf = (id: string) =>
      negotiation.issues.flatMap((i) => i.options).find((o) => o.id === id)?.agencyProvisions;
    expect(agencyOf('ME-1')).toEqual(['hr-1280-agency-military-equipment']);
    expect(agencyOf('FUND-1')).toEqual(['dem-final-offer-2021-agency-grant-conditions']);
  });

  it('leaves the law as it stands only where an option changes nothing; the others say why they are not measured', () => {
    const empty = negotiation.issues.flatMap((i) =>
      i.options
        .filter(
          (o) => o.provisions.length === 0 && o.agencyProvisions.length === 0 && o.unencoded === undefined,
        )
        .map((o) => o.id),
    );
    expect(empty).toEqual([
      'QI-0',
      'QI-4',
      '242-0',
      '242-3',
      'CH-0',
      'NK-4',
      'DATA-0',
      'PP-0',
      'UF-0',
      'ME-0',
      'FUND-0',
    ]);
  });

  it('sources every position, and marks every date it does not give as a day', () => {
    for (const p of negotiation.positions) {
      expect(p.evidence.length).toBeGreaterThan(0);
      if (p.dateAsGiven !== undefined) expect(p.dateInferred).toBe(true);
      for (const e of p.evidence) expect(e.url ?? e.sourceNote).toBeTruthy();
    }
    expect(negotiation.positions.filter((p) => p.dateInferred).length).toBeGreaterThan(0);
  });

  it('rejects a bad file naming the field and what was expected', () => {
    const bad = text.replace('option: FUND-0\n    stance: supports', 'option: FUND-9\n    stance: supports');
    expect(() => parseNegotiation(bad, 'bad.yaml')).toThrowError(
      /positions\.\d+\.option: unknown option "FUND-9" of FUNDING/,
    );
    const unknownAgency = text.replace(
      'agencyProvisions: [hr-1280-agency-military-equipment]',
      'agencyProvisions: [hr-1280-agency-drones]',
    );
    expect(() => parseNegotiation(unknownAgency, 'bad.yaml')).toThrowError(
      /issues\.7\.options\.1\.agencyProvisions\.0: unknown agency provision "hr-1280-agency-drones"; expected one of /,
    );
    const unknownProvision = text.replace('[hr-1280-sec-102]', '[hr-1280-sec-999]');
    try {
      parseNegotiation(unknownProvision, 'bad.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NegotiationError);
      expect((e as NegotiationError).errors[0]?.path).toBe('issues.0.options.1.provisions.0');
    }
  });

  it('as of late April 2021, the § 242 standard separates the parties', () => {
    const space = dealSpace(negotiation, '2021-04-28');
    expect(space.feasibleCount).toBe(0);
    expect(space.separating).toContain('S242');
    expect(space.blockingSets.map((s) => s.map(line))).toContainEqual([
      'BASS red-line-for 242-1',
      'SCOTT red-line-against 242-1',
    ]);
    // Before Scott's "not on the table" (ABC, ~25 Apr), only qualified immunity did.
    expect(dealSpace(negotiation, '2021-04-20').separating).toEqual(['QI']);
  });

  it('as of 22 September 2021, no package is feasible, and the blocking sets hold the grant conditions', () => {
    const space = dealSpace(negotiation, '2021-09-22');
    expect(space.feasibleCount).toBe(0);
    expect(space.separating).toEqual(['FUNDING']);
    const sets = space.blockingSets.map((s) => s.map(line));
    expect(sets).toContainEqual(['BOOKER red-line-for FUND-1', 'SCOTT red-line-against FUND-1']);
    expect(sets).toContainEqual(['BASS red-line-for FUND-1', 'SCOTT red-line-against FUND-1']);
    const scott = space.blockingSets[0]?.find((l) => l.party === 'SCOTT');
    expect(scott?.evidence[0]?.quote).toMatch(/defund/);
  });
});

describe('the effects of packages', () => {
  const cases: Incident[] = bundledCases();
  const synthetic = syntheticSample(loadParameters(join(ROOT, 'data', 'parameters')), 300);
  const cache = new EffectCache(negotiation, cases, synthetic, {
    parameters: loadAgencyParameters(join(ROOT, 'data', 'parameters')),
    agencies: 300,
    replicates: 2,
  });
  const statusQuo = STATUS_QUO;

  it('the law as it stands changes nothing', () => {
    const e = cache.effectOf(statusQuo);
    expect(Object.values(e.corpus.opened).every((n) => n === 0)).toBe(true);
    expect(Object.values(e.synthetic.closed).every((n) => n === 0)).toBe(true);
    expect(e.unmeasured).toEqual([]);
  });

  it('ending qualified immunity opens suits against officers in the corpus', () => {
    const e = cache.effectOf({ ...statusQuo, QI: 'QI-1' });
    expect(e.corpus.opened.officerSuit).toBeGreaterThan(0);
    expect(e.corpus.closed.officerSuit).toBe(0);
  });

  it('says which options it could not measure', () => {
    const e = cache.effectOf({ ...statusQuo, FUNDING: 'FUND-1', MILEQUIP: 'ME-1' });
    expect(e.unmeasured.map((u) => u.option)).toEqual(['ME-1', 'FUND-1']);
  });

  it('sharing a compiled regime among packages gives the statuses compiling each would', () => {
    const statusesUnder = (ids: readonly string[]) => {
      const statuses = compileStatuses(
        composeRegime({
          id: ids.join('+'),
          title: 'a package',
          provisions: ids.map((id) => PROVISIONS.get(id) as Overlay),
        }),
      );
      const incidents = [...cases, ...synthetic];
      const out = new Uint8Array(incidents.length * 5);
      incidents.forEach((incident, i) => {
        statuses(incident, out, i * 5);
      });
      return out;
    };
    let k = 0;
    let shared = 0;
    for (const pkg of feasiblePackages(dealSpace(negotiation, '2021-09-21'))) {
      if (k++ % 41 !== 0) continue;
      const e = cache.effectOf(pkg);
      if (e.provisionsThatMatter.length === e.provisions.length) continue;
      shared++;
      expect(statusesUnder(e.provisionsThatMatter)).toEqual(statusesUnder(e.provisions));
    }
    expect(shared).toBeGreaterThan(0);
  });
});
