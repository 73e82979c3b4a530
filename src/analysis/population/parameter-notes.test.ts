import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectFileTexts } from '../../law/testkit.js';
import { loadAgencyParameters } from './agencies.js';
import { loadParameters, type Parameter } from './parameters.js';

/**
 * The parameters' notes reach users in the impact output: like every text of the law
 * (src/law/invariants.test.ts), they name the sources in words, never a file of the project.
 */

/** The notes a user reads with a parameter in impact output: its assumption note and its values' notes. */
const parameterNotes = (p: Parameter) => ({
  assumptionNote: p.assumptionNote ?? null,
  valueNotes: p.values.map((v) => v.note ?? null),
});

const PARAMETERS_DIR = fileURLToPath(new URL('../../../data/parameters/', import.meta.url));
/** Every bundled parameter, as the population and the agency simulations load them. */
const bundledParameters: Parameter[] = [
  ...new Map(
    [
      ...Object.values(loadParameters(PARAMETERS_DIR)),
      ...Object.values(loadAgencyParameters(PARAMETERS_DIR)),
    ].map((p) => [p.id, p]),
  ).values(),
];

describe('no note of the bundled parameters names a file of the project', () => {
  it('the check reaches the notes: a planted project file in a parameter note is found', () => {
    const parameter = bundledParameters[0] as Parameter;
    const planted = { ...parameter, assumptionNote: 'UNCONFIRMED in LAW.md' };
    expect(projectFileTexts(parameterNotes(planted), parameter.id)).toEqual([
      `${parameter.id}.assumptionNote: UNCONFIRMED in LAW.md`,
    ]);
  });

  it(`every bundled parameter's assumption note and values' notes (${bundledParameters.length} parameters)`, () => {
    expect(bundledParameters.length).toBe(
      readdirSync(PARAMETERS_DIR).filter((f) => f.endsWith('.yaml')).length,
    );
    expect(bundledParameters.flatMap((p) => projectFileTexts(parameterNotes(p), p.id))).toEqual([]);
  });
});
