import { describe, expect, it } from 'vitest';
import { type Value, withFact } from '../engine/index.js';
import { INCIDENT_FACTS } from './facts.js';
import { type FieldError, IncidentError, parseIncident, toIncident } from './parse.js';
import { current } from './regimes.js';
import { evaluateIncident } from './results.js';

/** Loading incidents (DESIGN.md §4): YAML or JSON in, every bad field named by its path. */

function errorsOf(load: () => unknown): readonly FieldError[] {
  try {
    load();
  } catch (e) {
    if (e instanceof IncidentError) return e.errors;
    throw e;
  }
  throw new Error('expected the incident to be rejected');
}
const parseErrors = (text: string) => errorsOf(() => parseIncident(text, 'incident.yaml'));
const at = (errors: readonly FieldError[], path: string) =>
  errors.filter((e) => e.path === path).map((e) => e.message);

const GARNER_YAML = `
id: garner-2014
title: Eric Garner, Staten Island
date: 2014-07-17
place: { state: NY, locality: New York City }
officer:
  employer: local
  role: police
  underColorOfLaw: true
agency:
  chokeholdRule: policy
conduct:
  force: [chokehold]
  claims: [excessive-force]
harm: death
findings:
  rightViolated: true
  clearlyEstablished: false
  mentalState: reckless
sources: [{ url: "https://example.org/garner", note: "DOJ declination, 2019" }]
actual: { federalCharges: declined, settlementUsd: 5900000 }
`;

const GARNER = {
  id: 'garner-2014',
  title: 'Eric Garner, Staten Island',
  date: '2014-07-17',
  place: { state: 'NY', locality: 'New York City' },
  officer: { employer: 'local', role: 'police', underColorOfLaw: true },
  agency: { chokeholdRule: 'policy' },
  conduct: { force: ['chokehold'], claims: ['excessive-force'] },
  harm: 'death',
  findings: { rightViolated: true, clearlyEstablished: false, mentalState: 'reckless' },
  sources: [{ url: 'https://example.org/garner', note: 'DOJ declination, 2019' }],
  actual: { federalCharges: 'declined', settlementUsd: 5900000 },
};

describe('loading an incident', () => {
  it('loads the Garner incident from YAML, dates staying ISO strings', () => {
    expect(parseIncident(GARNER_YAML)).toEqual(GARNER);
  });

  it('loads the same incident from JSON', () => {
    expect(parseIncident(JSON.stringify(GARNER, null, 2))).toEqual(GARNER);
  });

  it('accepts an incident with only id, date and place.state', () => {
    expect(parseIncident('id: minimal\ndate: 2020-01-01\nplace: { state: CA }')).toEqual({
      id: 'minimal',
      date: '2020-01-01',
      place: { state: 'CA' },
    });
  });

  it('accepts null as unknown, for a fact or a whole section, and evaluates it as unknown', () => {
    const incident = parseIncident(`
      id: nulls
      date: 2019-05-05
      place: { state: OH, locality: null }
      officer: { employer: local, role: police, underColorOfLaw: null }
      conduct: null
      harm: null
      findings: { rightViolated: true, clearlyEstablished: true, obviousViolation: null }
    `);
    expect(incident.officer?.underColorOfLaw).toBeNull();
    expect(incident.conduct).toBeNull();
    const suit = evaluateIncident(current, incident).routes.officerSuit;
    expect(suit.status).toBe('undetermined');
    expect(suit.needs).toEqual(['officer.underColorOfLaw']);
  });

  it('validates an object already parsed (toIncident)', () => {
    expect(toIncident(GARNER)).toEqual(GARNER);
  });
});

describe('rejecting a bad incident, field by field', () => {
  it('a value outside the vocabulary is reported with the values expected', () => {
    const errors = parseErrors('id: x\ndate: 2020-01-01\nplace: { state: NY }\nofficer: { employer: city }');
    expect(errors).toEqual([
      { path: 'officer.employer', message: 'expected one of federal | state | local | tribal, got "city"' },
    ]);
  });

  it('a value of the wrong type is reported with the type expected', () => {
    const errors = parseErrors(
      'id: x\ndate: 2020-01-01\nplace: { state: NY }\nofficer: { underColorOfLaw: "yes" }\nconduct: { force: chokehold }',
    );
    expect(errors).toEqual([
      { path: 'officer.underColorOfLaw', message: 'expected boolean, got "yes"' },
      { path: 'conduct.force', message: 'expected array, got "chokehold"' },
    ]);
  });

  it.each(INCIDENT_FACTS.map((spec) => [spec.path, spec] as const))(
    'a value of the wrong kind for %s is reported at that path, saying what was expected',
    (path, spec) => {
      const wrong = spec.type === 'boolean' ? 'yes' : spec.type === 'set' ? 'a-single-string' : 42;
      const raw = withFact({ id: 'x', date: '2020-01-01', place: { state: 'NY' } }, path, wrong as Value);
      const errors = errorsOf(() => toIncident(raw, 'incident.json'));
      expect(errors.map((e) => e.path)).toEqual([path]);
      expect(errors[0]?.message).toMatch(/^expected .+, got /);
    },
  );

  it('a bad member of a list is reported by its index', () => {
    const errors = parseErrors(
      'id: x\ndate: 2020-01-01\nplace: { state: NY }\nconduct: { force: [chokehold, tackle] }',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('conduct.force.1');
    expect(errors[0]?.message).toMatch(/^expected one of chokehold \| carotid-restraint \| .* got "tackle"$/);
  });

  it('missing id, date and place are each reported as required', () => {
    expect(parseErrors('title: Nothing else')).toEqual([
      { path: 'id', message: 'required: expected string' },
      { path: 'date', message: 'required: expected string' },
      { path: 'place', message: 'required: expected object' },
    ]);
  });

  it('a place without a state is reported at place.state with the states expected', () => {
    const errors = parseErrors('id: x\ndate: 2020-01-01\nplace: { locality: Springfield }');
    expect(errors.map((e) => e.path)).toEqual(['place.state']);
    expect(errors[0]?.message).toMatch(/^expected one of AL \| AK \| .*\| NY \| .* got nothing$/);
  });

  it('a misspelt field is rejected by its path, so a typo never passes for an unknown fact', () => {
    const errors = parseErrors('id: x\ndate: 2020-01-01\nplace: { state: NY }\nofficer: { emplyer: local }');
    expect(errors).toEqual([
      { path: 'officer.emplyer', message: 'unknown field (not part of the incident format v1)' },
    ]);
  });

  it('an impossible date, 30 February 2021, is rejected', () => {
    const errors = parseErrors('id: x\ndate: 2021-02-30\nplace: { state: NY }');
    expect(errors).toEqual([
      { path: 'date', message: 'expected a real calendar date as YYYY-MM-DD, got "2021-02-30"' },
    ]);
  });

  it('a date not written as YYYY-MM-DD is rejected', () => {
    const errors = parseErrors('id: x\ndate: 07/17/2014\nplace: { state: NY }');
    expect(errors).toEqual([
      { path: 'date', message: 'expected a real calendar date as YYYY-MM-DD, got "07/17/2014"' },
    ]);
  });

  it('an id that is not a slug is rejected', () => {
    expect(parseErrors('id: Eric Garner\ndate: 2014-07-17\nplace: { state: NY }')).toEqual([
      { path: 'id', message: 'expected a slug of lower-case letters, digits and dashes, got "Eric Garner"' },
    ]);
  });

  it('invalid YAML is reported for the whole document', () => {
    const errors = parseErrors('id: x\ndate: [2020-01-01\nplace: { state: NY }');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('');
    expect(errors[0]?.message).toMatch(/^not valid YAML or JSON: /);
  });

  it('a document that is not an object is rejected as a whole', () => {
    expect(parseErrors('- garner\n- floyd')).toEqual([
      { path: '', message: 'expected an incident object, got a list' },
    ]);
    expect(parseErrors('42')).toEqual([{ path: '', message: 'expected an incident object, got 42' }]);
  });

  it('reports every bad field of a document at once', () => {
    const errors = parseErrors(`
      id: Bad Slug
      date: 2021-02-30
      place: { state: XX, zip: 10001 }
      officer: { emplyer: local, employer: city, underColorOfLaw: "yes" }
      conduct: { force: chokehold, claims: [excessive-force, tackle] }
      harm: 3
      findings: { mentalState: malice }
      extra: 1
    `);
    expect(errors.map((e) => e.path).sort()).toEqual(
      [
        'conduct.claims.1',
        'conduct.force',
        'date',
        'extra',
        'findings.mentalState',
        'harm',
        'id',
        'officer.employer',
        'officer.emplyer',
        'officer.underColorOfLaw',
        'place.state',
        'place.zip',
      ].sort(),
    );
    expect(at(errors, 'harm')).toEqual(['expected one of none | injury | serious-injury | death, got 3']);
    expect(at(errors, 'findings.mentalState')).toEqual([
      'expected one of purpose | knowing | reckless | negligent | none, got "malice"',
    ]);
  });

  it('the error message names the source and each field', () => {
    try {
      parseIncident('id: x\ndate: 2020-01-01\nplace: { state: NY }\nharm: fatal', 'cases/x.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(IncidentError);
      expect((e as IncidentError).source).toBe('cases/x.yaml');
      expect((e as Error).message).toBe(
        'cases/x.yaml: harm: expected one of none | injury | serious-injury | death, got "fatal"',
      );
    }
  });
});

describe('an incident’s history: what happened later', () => {
  const withHistory = (history: string) => `
id: later
date: 2020-05-25
place: { state: MN }
history:
${history}
`;

  it('loads dated events, a month standing for a day not known', () => {
    const incident = parseIncident(
      withHistory(`  - { date: 2022-07-27, event: Federal sentences, source: "https://example.org/sentences" }
  - { date: 2024-11, event: A verdict whose day is not known }`),
    );
    expect(incident.history).toEqual([
      { date: '2022-07-27', event: 'Federal sentences', source: 'https://example.org/sentences' },
      { date: '2024-11', event: 'A verdict whose day is not known' },
    ]);
  });

  it('names the bad field of an event by its path', () => {
    const errors = parseErrors(
      withHistory(`  - { date: 27 July 2022, event: Federal sentences }
  - { date: 2022-07-27, event: "", source: not a url }
  - { date: 2022-07-27, event: A plea, verdict: guilty }`),
    );
    expect(at(errors, 'history.0.date')[0]).toMatch(/YYYY-MM-DD, or YYYY-MM/);
    expect(at(errors, 'history.1.event')[0]).toMatch(/what happened/);
    expect(at(errors, 'history.1.source')[0]).toMatch(/URL of the source/);
    expect(errors.map((e) => e.path)).toContain('history.2.verdict');
  });
});
