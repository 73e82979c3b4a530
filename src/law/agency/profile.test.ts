import { describe, expect, it } from 'vitest';
import { AgencyProfileError, agencyProfileJsonSchema, parseAgencyProfile } from './profile.js';

describe('the agency profile format v1', () => {
  it('needs only id, date and the kind of agency; everything else stays unknown', () => {
    const p = parseAgencyProfile('id: a\ndate: 2021-03-03\nagency: { kind: sheriff }\n');
    expect(p.grants).toBeUndefined();
    expect(p.agency.kind).toBe('sheriff');
  });

  it('names every bad field by its path and what was expected', () => {
    try {
      parseAgencyProfile(
        'id: A B\ndate: 2021-02-30\nagency: { kind: army }\ngrants: { byrneJag: yes, copsUsd: -1 }\npolicy: { chokeholds: law }\n',
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AgencyProfileError);
      const paths = (e as AgencyProfileError).errors.map((x) => x.path).sort();
      expect(paths).toEqual([
        'agency.kind',
        'date',
        'grants.byrneJag',
        'grants.copsUsd',
        'id',
        'policy.chokeholds',
      ]);
      const unknown = (e as AgencyProfileError).errors.find((x) => x.path === 'policy.chokeholds');
      expect(unknown?.message).toMatch(/not part of the agency profile format v1/);
    }
  });

  it('rejects what is not YAML, or not an object', () => {
    expect(() => parseAgencyProfile('id: [')).toThrow(/not valid YAML/);
    expect(() => parseAgencyProfile('- 1')).toThrow(/expected an agency profile object/);
  });

  it('has a JSON Schema like the incident’s', () => {
    const schema = agencyProfileJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required.sort()).toEqual(['agency', 'date', 'id']);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['grants', 'policy', 'reporting']));
  });
});
