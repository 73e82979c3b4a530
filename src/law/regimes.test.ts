import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Overlay, type Regime, RegimeBuildError, value } from '../engine/index.js';
import { hr1280Sec101 } from './bills/hr-1280/sec-101-section-242-mental-state.js';
import { hr1280Sec102 } from './bills/hr-1280/sec-102-qualified-immunity.js';
import type { Incident } from './incident.js';
import { parseIncident } from './parse.js';
import {
  composeRegime,
  current,
  DEFAULT_REGIMES,
  PROPOSALS,
  PROVISIONS,
  REGIMES,
  regimeWith,
  STATE_AND_LOCAL_LAWS,
} from './regimes.js';
import { evaluateIncident } from './results.js';

/**
 * The regimes (DESIGN.md §3): the law in force, each proposal as if in force on top of it, and the
 * state and local laws by place and date. A regime built from provisions does not depend on the
 * order they are listed in; conflicting provisions are an error naming both.
 */

const CASES_DIR = new URL('../../data/cases/', import.meta.url);
const corpus = (ids: readonly string[]): Incident[] =>
  ids.map((id) =>
    parseIncident(readFileSync(new URL(`${id}.yaml`, CASES_DIR), 'utf8'), `data/cases/${id}.yaml`),
  );

/**
 * A few corpus cases that the provisions reach in different ways: a chokehold (Garner), a no-knock
 * drug raid (Taylor), a killing after the 2020 laws (Chauvin), a federal search (Bivens) and a
 * 2023 beating, after EO 14074 (Nichols).
 */
const SAMPLE = corpus(['garner-2014', 'taylor-2020', 'floyd-chauvin-2020', 'bivens-1965', 'nichols-2023']);

const ALL_PROVISIONS: readonly Overlay[] = [...PROVISIONS.values()];

const compose = (provisions: readonly Overlay[]) =>
  composeRegime({ id: 'composed', title: 'Provisions composed for a test', provisions });

/** What composing must give the same of, whatever the order: the law, and every result. */
const fingerprint = (regime: Regime) => ({
  hash: regime.hash,
  results: SAMPLE.map((i) => evaluateIncident(regime, i)),
});

function buildError(provisions: readonly Overlay[]): RegimeBuildError {
  try {
    compose(provisions);
  } catch (e) {
    if (e instanceof RegimeBuildError) return e;
    throw e;
  }
  throw new Error('expected a RegimeBuildError');
}

describe('composing provisions does not depend on the order they are listed in', () => {
  it('the corpus sample is there to evaluate', () => {
    expect(SAMPLE.map((i) => i.id)).toEqual([
      'garner-2014',
      'taylor-2020',
      'floyd-chauvin-2020',
      'bivens-1965',
      'nichols-2023',
    ]);
    expect(readdirSync(CASES_DIR).filter((f) => f.endsWith('.yaml')).length).toBeGreaterThanOrEqual(
      SAMPLE.length,
    );
  });

  it('any subset of the provisions, in two random orders, gives the same regime hash and the same results', () => {
    const subsetInTwoOrders = fc
      .shuffledSubarray([...ALL_PROVISIONS])
      .chain((subset) =>
        fc.tuple(
          fc.constant(subset),
          fc.shuffledSubarray(subset, { minLength: subset.length, maxLength: subset.length }),
        ),
      );
    fc.assert(
      fc.property(subsetInTwoOrders, ([one, other]) => {
        expect(other.map((o) => o.id).sort()).toEqual(one.map((o) => o.id).sort());
        expect(fingerprint(compose(other))).toEqual(fingerprint(compose(one)));
      }),
      { numRuns: 60 },
    );
  });

  it('all the provisions of all the proposals compose together, forwards and backwards', () => {
    const forwards = compose(ALL_PROVISIONS);
    const backwards = compose([...ALL_PROVISIONS].reverse());
    expect(backwards.hash).toBe(forwards.hash);
    expect(forwards.hypothetical).toBe(true);
  });

  it('each proposal is its provisions composed on the law in force', () => {
    for (const proposal of PROPOSALS) {
      const regime = REGIMES.get(proposal.id);
      expect(regime?.hash, proposal.id).toBe(compose([...proposal.provisions].reverse()).hash);
    }
  });

  it('composing no provision gives the law in force', () => {
    expect(compose([]).hash).toBe(current.hash);
    expect(compose([]).hypothetical).toBe(false);
  });
});

describe('conflicting provisions are an error naming both', () => {
  it('two provisions replacing the same rule, H.R. 1280 § 101 and another, cannot be composed without saying which prevails', () => {
    const purposeOrKnowledge: Overlay = {
      id: 'test-purpose-or-knowledge',
      title: 'A test amendment: "knowingly" in 18 U.S.C. 242',
      cite: 'Test overlay',
      patches: [
        {
          op: 'replace',
          definition: 'section242.mentalStateMet',
          target: 'screws-v-united-states.specific-intent',
          rule: {
            id: 'test.knowingly',
            cite: 'Test overlay',
            text: 'Strikes "willfully" and inserts "knowingly".',
            then: value(true),
          },
        },
      ],
    };
    const error = buildError([hr1280Sec101, purposeOrKnowledge]);
    expect(error.regime).toBe('composed');
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain('screws-v-united-states.specific-intent');
    expect(error.message).toContain('hr-1280-sec-101');
    expect(error.message).toContain('test-purpose-or-knowledge');
    expect(buildError([purposeOrKnowledge, hr1280Sec101]).message).toBe(error.message);
  });

  it('two provisions adding rules of the same priority to one definition are an error naming both', () => {
    const sec102 = PROVISIONS.get('hr-1280-sec-102');
    expect(sec102).toBe(hr1280Sec102);
    const priority =
      hr1280Sec102.patches[0]?.op === 'add' ? hr1280Sec102.patches[0].rule.priority : undefined;
    expect(priority).toBe(300);
    const restoreImmunity = (p: number): Overlay => ({
      id: 'test-restore-qualified-immunity',
      title: 'A test amendment: qualified immunity codified (as H.R. 288 would have)',
      cite: 'Test overlay',
      patches: [
        {
          op: 'add',
          definition: 'qualifiedImmunity.shields',
          rule: {
            id: 'test.qualified-immunity-codified',
            cite: 'Test overlay',
            text: 'An officer is not liable unless the right was clearly established.',
            then: value(true),
            priority: p,
          },
        },
      ],
    });
    const error = buildError([hr1280Sec102, restoreImmunity(300)]);
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain('qualifiedImmunity.shields');
    expect(error.message).toContain('provision hr-1280-sec-102');
    expect(error.message).toContain('provision test-restore-qualified-immunity');
    expect(error.message).toContain('the same priority 300');
    // A higher priority says which prevails: then the regime is defined.
    expect(() => compose([hr1280Sec102, restoreImmunity(310)])).not.toThrow();
  });
});

describe('the regime ids of DESIGN.md §3', () => {
  const PROPOSAL_IDS = ['gfjpa-2021', 'justice-act-2020', 'scott-2021', 'dem-final-offer-2021', 'eo-14074'];
  const STATE_LAW_IDS = [
    'co-sb20-217',
    'nm-hb4-2021',
    'nyc-ll48-2021',
    'ny-pl121-13a-2020',
    'ct-pa20-1',
    'ma-ch253-2020',
    'mn-2020',
    'ky-sb4-2021',
    'va-2020',
    'wa-hb1054-2021',
    'louisville-2020',
  ];

  it('the federal regimes are current and the five proposals, all evaluated by default', () => {
    expect([...REGIMES.keys()].sort()).toEqual(['current', ...PROPOSAL_IDS].sort());
    expect([...DEFAULT_REGIMES].sort()).toEqual(['current', ...PROPOSAL_IDS].sort());
    for (const id of ['current', ...PROPOSAL_IDS]) expect(REGIMES.get(id)?.id, id).toBe(id);
  });

  it('current is the law in force, not hypothetical; every proposal is hypothetical', () => {
    expect(current.hypothetical).toBe(false);
    for (const id of PROPOSAL_IDS) expect(REGIMES.get(id)?.hypothetical, id).toBe(true);
  });

  it('every state and local law id exists, and each applies in current', () => {
    expect(STATE_AND_LOCAL_LAWS.map((l) => l.id).sort()).toEqual([...STATE_LAW_IDS].sort());
    expect(current.overlays.map((o) => o.id).sort()).toEqual([...STATE_LAW_IDS].sort());
  });

  it('every proposal sits on top of all the state and local laws', () => {
    for (const proposal of PROPOSALS) {
      const ids = REGIMES.get(proposal.id)?.overlays.map((o) => o.id) ?? [];
      expect(ids, proposal.id).toEqual(expect.arrayContaining(STATE_LAW_IDS));
      expect(ids, proposal.id).toEqual(expect.arrayContaining(proposal.provisions.map((p) => p.id)));
      expect(ids.length, proposal.id).toBe(STATE_LAW_IDS.length + proposal.provisions.length);
    }
  });

  it('every state and local law can be applied with --with', () => {
    for (const id of STATE_LAW_IDS) expect(regimeWith('current', [id]).id).toBe(`current+${id}`);
  });

  it('every state and local law has a start date; every provision a title and a citation', () => {
    for (const law of STATE_AND_LOCAL_LAWS) {
      expect(law.inForce.from, law.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(law.cite.trim(), law.id).not.toBe('');
    }
    for (const [id, provision] of PROVISIONS) {
      expect(provision.id).toBe(id);
      expect(provision.title.trim(), id).not.toBe('');
      expect(provision.cite.trim(), id).not.toBe('');
    }
  });

  it('PROVISIONS holds every provision of every proposal, under its own id', () => {
    const listed = PROPOSALS.flatMap((p) => p.provisions);
    expect([...PROVISIONS.keys()].sort()).toEqual([...new Set(listed.map((p) => p.id))].sort());
    for (const provision of listed) expect(PROVISIONS.get(provision.id)).toBe(provision);
  });
});

describe('every rule says what law it encodes', () => {
  const everything = regimeWith(
    'current',
    STATE_AND_LOCAL_LAWS.map((l) => l.id),
  );
  const regimes: Regime[] = [...REGIMES.values(), everything, compose(ALL_PROVISIONS)];

  it.each(regimes.map((r) => [r.id, r] as const))(
    'every rule of %s has a citation and a text',
    (_id, regime) => {
      const bare: string[] = [];
      let count = 0;
      for (const def of regime.definitions.values()) {
        for (const rule of def.rules) {
          count++;
          if (rule.cite.trim() === '' || rule.text.trim() === '') bare.push(`${def.id}: ${rule.id}`);
        }
      }
      expect(count).toBeGreaterThan(50);
      expect(bare).toEqual([]);
    },
  );

  it('every rule a provision adds is stamped with its provision, and carries the provision’s UNCONFIRMED note', () => {
    const regime = compose(ALL_PROVISIONS);
    for (const def of regime.definitions.values()) {
      for (const rule of def.rules) {
        if (!rule.provision) continue;
        const provision = PROVISIONS.get(rule.provision);
        if (!provision) continue; // a state or local law
        if (provision.unconfirmed) expect(rule.unconfirmed, rule.id).toBeTruthy();
      }
    }
  });
});
