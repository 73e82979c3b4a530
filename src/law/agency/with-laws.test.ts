import { describe, expect, it } from 'vitest';
import { eq, fact, isTrue, value } from '../../engine/index.js';
import { UnknownIdError } from '../regimes.js';
import { anywhere, STATE_AND_LOCAL_LAWS } from '../states/index.js';
import type { PlaceOverlay } from '../states/place-overlay.js';
import { evaluateAgency } from './evaluate.js';
import { binds, meets, tags } from './obligations.js';
import { agencyRegimeWith, hasAgencyRules, NoAgencyRulesError } from './regimes.js';
import { cityProfile } from './testkit.js';

/**
 * `--with` for agency profiles: a state or local law applies hypothetically only where it has
 * agency rules; one without is refused by name. The law with agency rules here is made for the
 * test (no bundled state law has agency rules yet), so that the path that applies one is proved.
 */
const withCameraLaw: PlaceOverlay = {
  id: 'test-camera-law',
  title: 'A test law: every officer wears a body camera',
  cite: 'test citation',
  inForce: { from: '2020-01-01' },
  place: eq(fact('agency.state'), 'CO'),
  patches: (where) => [
    binds('body-cameras', {
      id: 'test-camera-law.binds',
      cite: 'test citation',
      text: 'Every officer wears a body camera.',
      when: where(isTrue('grants.cops')),
      then: value('law'),
      priority: 500,
      tags: tags('body-cameras', {}),
    }),
    meets('body-cameras', {
      id: 'test-camera-law.met',
      cite: 'test citation',
      text: 'Met when every officer wears one.',
      when: where(isTrue('grants.cops')),
      then: eq(fact('policy.bodyCameras'), 'all'),
      priority: 500,
    }),
  ],
};

describe('agency regimes with state or local laws', () => {
  it('no bundled state or local law has agency rules today', () => {
    for (const law of STATE_AND_LOCAL_LAWS) expect(hasAgencyRules(anywhere(law)), law.id).toBe(false);
    expect(hasAgencyRules(anywhere(withCameraLaw))).toBe(true);
  });

  it('applies a law with agency rules anywhere, named <regime>+<law>, and its rule decides the row', () => {
    const laws = [...STATE_AND_LOCAL_LAWS, withCameraLaw];
    const regime = agencyRegimeWith('current', ['test-camera-law'], laws);
    expect(regime.id).toBe('current+test-camera-law');
    expect(regime.hypothetical).toBe(true);
    const profile = cityProfile({ agency: { state: 'MN' }, policy: { bodyCameras: 'some' } });
    const cameras = evaluateAgency(regime, profile).obligations.find((o) => o.row === 'body-cameras');
    expect(cameras).toMatchObject({ mechanism: 'law', status: 'not-met', rule: 'test-camera-law.binds' });
    // Without the law, current law asks nothing of a city's cameras.
    const plain = evaluateAgency(agencyRegimeWith('current', []), profile);
    expect(plain.obligations.find((o) => o.row === 'body-cameras')).toBeUndefined();
  });

  it('refuses a law without agency rules by name, and names the laws that have some', () => {
    const laws = [...STATE_AND_LOCAL_LAWS, withCameraLaw];
    const attempt = () => agencyRegimeWith('gfjpa-2021', ['test-camera-law', 'co-sb20-217'], laws);
    expect(attempt).toThrow(NoAgencyRulesError);
    expect(attempt).toThrow(/^co-sb20-217 has no agency rules .*with agency rules: test-camera-law$/);
    expect(() => agencyRegimeWith('current', ['nope'])).toThrow(UnknownIdError);
  });
});
