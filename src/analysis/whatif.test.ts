import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FactChange, type Regime, whatIf, withFact } from '../engine/index.js';
import {
  evaluateIncident,
  INCIDENT_FACTS,
  type Incident,
  parseIncident,
  REGIMES,
  toIncident,
} from '../law/index.js';
import { arbitraryIncident } from '../law/testkit.js';
import { kindOfChange, type RouteFlip, whatIfRoute } from './whatif.js';

/**
 * What would change a route, on corpus cases where LAW.md gives the answer: § 242's mental state
 * (Screws; H.R. 1280 § 101) and qualified immunity (Harlow, Hope; H.R. 1280 § 102).
 */

const CASES_DIR = join(import.meta.dirname, '..', '..', 'data', 'cases');
const load = (id: string): Incident => parseIncident(readFileSync(join(CASES_DIR, `${id}.yaml`), 'utf8'), id);
const regime = (id: string) => REGIMES.get(id) as Regime;

const FLOYD = load('floyd-chauvin-2020');
const KISELA = load('kisela-hughes-2010');

const change = (c: FactChange) => `${c.path}=${JSON.stringify(c.to)}`;
const changes = (f: RouteFlip) => f.changes.map(change).sort().join(' + ');
const mentalStateFlips = (flips: readonly RouteFlip[]) =>
  flips.filter((f) => f.changes.length === 1 && f.changes[0]?.path === 'findings.mentalState');

describe('whatif: federal prosecution of Chauvin (floyd-chauvin-2020), 18 U.S.C. 242', () => {
  it('under current, any mental state short of knowing makes the charge unavailable, citing Screws (§0 E1: knowing is willful)', () => {
    const result = whatIfRoute(regime('current'), FLOYD, 'federalProsecution');
    expect(result).toMatchObject({
      incident: 'floyd-chauvin-2020',
      regime: 'current',
      route: 'federalProsecution',
      status: 'available',
    });
    // There are single-fact flips, so only single-fact flips are given.
    for (const f of result.flips) expect(f.changes).toHaveLength(1);
    const byMind = mentalStateFlips(result.flips);
    expect(byMind.map((f) => f.changes[0]?.to)).toEqual(['reckless', 'negligent', 'none']);
    for (const f of byMind) {
      expect(f.changes[0]?.from).toBe('purpose');
      expect(f.before).toBe('available');
      expect(f.after).toBe('unavailable');
      expect(f.because).toHaveLength(1);
      const [cause] = f.because;
      expect(cause?.definition).toBe('section242.mentalStateMet');
      expect(cause?.a).toMatchObject({ regime: 'before', value: true });
      expect(cause?.b).toMatchObject({
        regime: 'after',
        value: false,
        rule:
          f.changes[0]?.to === 'reckless'
            ? 'screws-v-united-states.recklessness-not-willful'
            : 'screws-v-united-states.specific-intent',
      });
      expect(cause?.b.cite).toContain('Screws v. United States, 325 U.S. 91');
    }
  });

  it('under gfjpa-2021, only negligent or no mental state does (H.R. 1280 § 101: knowingly or recklessly)', () => {
    const result = whatIfRoute(regime('gfjpa-2021'), FLOYD, 'federalProsecution');
    expect(result.status).toBe('available');
    const byMind = mentalStateFlips(result.flips);
    expect(byMind.map((f) => f.changes[0]?.to)).toEqual(['negligent', 'none']);
    for (const f of byMind) {
      expect(f.after).toBe('unavailable');
      const [cause] = f.because;
      expect(cause?.definition).toBe('section242.mentalStateMet');
      expect(cause?.b.rule).toBe('hr-1280.sec-101.knowingly-or-recklessly');
      expect(cause?.b.provision).toBe('hr-1280-sec-101');
      expect(cause?.b.cite).toContain('H.R. 1280 (117th Cong.) § 101');
    }
    // Knowing or reckless keep the charge: the flips leave them out because nothing changes.
    // Under current law knowing keeps it too; reckless does not (§0 E1).
    for (const mind of ['knowing', 'reckless']) {
      const changed = toIncident(withFact(FLOYD, 'findings.mentalState', mind));
      expect(evaluateIncident(regime('gfjpa-2021'), changed).routes.federalProsecution.status).toBe(
        'available',
      );
      const now = evaluateIncident(regime('current'), changed).routes.federalProsecution;
      if (mind === 'knowing') expect(now.status).toBe('available');
      else expect(now).toMatchObject({ status: 'unavailable', blockedBy: 'mental-state' });
    }
  });

  it('never changes the place', () => {
    for (const id of ['current', 'gfjpa-2021'])
      for (const f of whatIfRoute(regime(id), FLOYD, 'federalProsecution').flips)
        for (const c of f.changes) expect(c.path.startsWith('place.')).toBe(false);
    // The state suit turns on the place: moving Memphis (2023) to Colorado would open one, and
    // the engine, not told to keep the place, proposes exactly that.
    const nichols = load('nichols-2023');
    const anywhere = whatIf(regime('current'), 'stateSuit', nichols, nichols.date, INCIDENT_FACTS);
    expect(anywhere.some((f) => f.changes.some((c) => c.path === 'place.state'))).toBe(true);
    const result = whatIfRoute(regime('current'), nichols, 'stateSuit');
    expect(result.status).toBe('not-applicable');
    for (const f of [...result.flips, ...result.unsettles])
      for (const c of f.changes) expect(c.path.startsWith('place.')).toBe(false);
  });
});

describe('whatif: the officer suit against Kisela (kisela-hughes-2010), qualified immunity', () => {
  it('under current, it is unavailable, and the smallest changes are two facts, naming Harlow or Hope', () => {
    const result = whatIfRoute(regime('current'), KISELA, 'officerSuit');
    expect(result.status).toBe('unavailable');
    expect(evaluateIncident(regime('current'), KISELA).routes.officerSuit.blockedBy).toBe(
      'qualified-immunity',
    );
    for (const f of result.flips) {
      expect(f.changes).toHaveLength(2);
      expect(f.after).toBe('available');
    }
    expect(result.flips.map(changes).sort()).toEqual([
      'findings.clearlyEstablished=true + findings.rightViolated=true',
      'findings.obviousViolation=true + findings.rightViolated=true',
    ]);
    const why = (fact: string) => {
      const flip = result.flips.find((f) => f.changes.some((c) => c.path === fact));
      expect(flip?.because.map((c) => c.definition)).toEqual(['qualifiedImmunity.shields']);
      return flip?.because[0];
    };
    // Before: Harlow shields (not clearly established). After: not shielded, by Harlow or by Hope.
    const established = why('findings.clearlyEstablished');
    expect(established?.a).toMatchObject({ value: true, rule: 'harlow-v-fitzgerald.clearly-established' });
    expect(established?.b).toMatchObject({ value: false, rule: 'harlow-v-fitzgerald.clearly-established' });
    expect(established?.b.cite).toContain('Harlow v. Fitzgerald, 457 U.S. 800');
    const obvious = why('findings.obviousViolation');
    expect(obvious?.b).toMatchObject({ value: false, rule: 'hope-v-pelzer.obvious-violation' });
    expect(obvious?.b.cite).toContain('Hope v. Pelzer, 536 U.S. 730 (2002)');
    expect(obvious?.b.cite).toContain('Taylor v. Riojas');
  });

  it('under gfjpa-2021, a single fact settles it: whether a right was violated (prong one)', () => {
    const result = whatIfRoute(regime('gfjpa-2021'), KISELA, 'officerSuit');
    expect(result.status).toBe('undetermined');
    expect(result.flips.length).toBeGreaterThan(0);
    for (const f of result.flips) expect(f.changes).toHaveLength(1);
    const prongOne = result.flips.filter((f) => f.changes[0]?.path === 'findings.rightViolated');
    expect(prongOne.map((f) => [f.changes[0]?.to, f.after])).toEqual([
      [true, 'available'],
      [false, 'unavailable'],
    ]);
    expect(prongOne[0]?.because[0]?.b.cite).toBe('42 U.S.C. 1983');
    // Neither precedent nor obviousness matters any more: H.R. 1280 § 102 removed the defence.
    for (const f of result.flips)
      expect(['findings.clearlyEstablished', 'findings.obviousViolation']).not.toContain(f.changes[0]?.path);
  });
});

describe('whatif both ways: toward each outcome of an undetermined route, findings and records first', () => {
  // A 2022 Minneapolis shooting, no finding made yet (as damond-2017, moved to 2022).
  const MINNEAPOLIS = toIncident({ ...load('damond-2017'), id: 'minneapolis-2022', date: '2022-02-02' });

  it('shows the two findings that would open the suit, not only the changes that close it', () => {
    const result = whatIfRoute(regime('current'), MINNEAPOLIS, 'officerSuit');
    expect(result.status).toBe('undetermined');
    const toAvailable = result.flips.filter((f) => f.after === 'available');
    expect(toAvailable.map(changes).sort()).toEqual([
      'findings.clearlyEstablished=true + findings.rightViolated=true',
      'findings.obviousViolation=true + findings.rightViolated=true',
    ]);
    for (const f of toAvailable) expect(f.kind).toBe('establish');
    // Toward unavailable the smallest is one fact: the finding first, then changes to the incident.
    const toUnavailable = result.flips.filter((f) => f.after === 'unavailable');
    // A federal officer's excessive force is within Bivens (LAW.md §0 E5), so a change of employer
    // does not close the suit.
    expect(toUnavailable.map(changes)).toEqual([
      'findings.rightViolated=false',
      'officer.underColorOfLaw=false',
    ]);
    expect(toUnavailable.map((f) => f.kind)).toEqual(['establish', 'incident']);
    // The outcomes come in order: available, then unavailable.
    expect(result.flips.map((f) => f.after)).toEqual([...toAvailable, ...toUnavailable].map((f) => f.after));
  });

  it('a settled route gets the smallest changes toward each other outcome, each group on its own size', () => {
    const result = whatIfRoute(regime('current'), KISELA, 'officerSuit');
    expect(new Set(result.flips.map((f) => f.after))).toEqual(new Set(['available']));
    expect(kindOfChange('findings.rightViolated')).toBe('establish');
    expect(kindOfChange('agency.patternOrPractice')).toBe('establish');
    expect(kindOfChange('officer.employer')).toBe('incident');
    expect(kindOfChange('date')).toBe('incident');
  });
});

describe('whatif: what would take away what settles a route', () => {
  const GARNER = load('garner-2014');

  it('garner-2014 under current: nothing settles the charge otherwise, but purpose or knowing would open it (Screws; §0 E1)', () => {
    const result = whatIfRoute(regime('current'), GARNER, 'federalProsecution');
    expect(result.status).toBe('unavailable');
    expect(result.flips).toEqual([]);
    expect(result.unsettles.map(changes).sort()).toEqual([
      'findings.mentalState="knowing"',
      'findings.mentalState="purpose"',
    ]);
    const purpose = result.unsettles.find((u) => u.changes[0]?.to === 'purpose');
    expect(purpose?.changes[0]?.from).toBe('reckless');
    expect(purpose?.after).toBe('undetermined');
    // It then turns on a violation and fair warning (Lanier), which the case leaves unknown.
    expect(purpose?.needs).toContain('findings.rightViolated');
    expect(purpose?.needs).toContain('findings.clearlyEstablished');
    expect(purpose?.because.map((c) => c.b.rule)).toContain('screws-v-united-states.specific-intent');
  });

  it('kisela-hughes-2010 under current: clearly established or obvious would leave the suit on prong one', () => {
    const result = whatIfRoute(regime('current'), KISELA, 'officerSuit');
    expect(result.unsettles.map(changes).sort()).toEqual([
      'findings.clearlyEstablished=true',
      'findings.obviousViolation=true',
    ]);
    for (const u of result.unsettles) {
      expect(u.after).toBe('undetermined');
      expect(u.needs).toEqual(['findings.rightViolated']);
    }
    // A tribal officer's suit is undetermined because nothing is encoded, not for want of a fact.
    expect(result.unsettles.flatMap((u) => u.changes.map((c) => c.path))).not.toContain('officer.employer');
  });

  it('a route already undetermined has nothing to unsettle', () => {
    const result = whatIfRoute(regime('gfjpa-2021'), KISELA, 'officerSuit');
    expect(result.status).toBe('undetermined');
    expect(result.unsettles).toEqual([]);
  });

  it('every unsettling change is checked by evaluating the incident with it', () => {
    const result = whatIfRoute(regime('current'), GARNER, 'federalProsecution');
    for (const u of result.unsettles) {
      let facts: Record<string, unknown> = { ...GARNER };
      for (const c of u.changes) facts = withFact(facts, c.path, c.to);
      const route = evaluateIncident(regime('current'), toIncident(facts, 'whatif')).routes
        .federalProsecution;
      expect(route.status).toBe('undetermined');
      expect([...route.needs].sort()).toEqual([...u.needs].sort());
    }
  });
});

describe('whatif over random incidents', () => {
  const ROUTE_NAMES = [
    'officerSuit',
    'employerSuit',
    'stateSuit',
    'federalProsecution',
    'patternOrPractice',
  ] as const;

  it('every change it reports gives, when applied, the status and the needs it claims', () => {
    fc.assert(
      fc.property(
        arbitraryIncident,
        fc.constantFrom(...ROUTE_NAMES),
        fc.constantFrom('current', 'gfjpa-2021'),
        (incident, route, regimeId) => {
          const r = regime(regimeId);
          const result = whatIfRoute(r, incident, route);
          expect(result.status).toBe(evaluateIncident(r, incident).routes[route].status);
          for (const flip of [...result.flips, ...result.unsettles]) {
            let facts: Record<string, unknown> = { ...incident };
            for (const c of flip.changes) facts = withFact(facts, c.path, c.to);
            const after = evaluateIncident(r, toIncident(facts, 'whatif')).routes[route];
            expect(after.status).toBe(flip.after);
            expect([...after.needs].sort()).toEqual([...flip.needs].sort());
            expect(flip.after).not.toBe(result.status);
          }
          // Toward each outcome: one size, and the changes to establish before those to the incident.
          for (const outcome of new Set(result.flips.map((f) => f.after))) {
            const group = result.flips.filter((f) => f.after === outcome);
            expect(new Set(group.map((f) => f.changes.length)).size).toBe(1);
            const kinds = group.map((f) => f.kind);
            expect(kinds).toEqual([...kinds].sort());
            for (const f of group)
              expect(f.kind).toBe(
                f.changes.every((c) => kindOfChange(c.path) === 'establish') ? 'establish' : 'incident',
              );
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
