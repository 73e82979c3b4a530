import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of DESIGN.md §1: lower layers never import higher ones. `engine` knows nothing of
 * policing, `law` nothing of its faces; tests keep to the same rule as the code they test.
 */

const SRC = join(import.meta.dirname, '..', 'src');

/** What each layer may import from src (itself included). */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  engine: ['engine'],
  law: ['engine', 'law'],
  analysis: ['engine', 'law', 'analysis'],
  negotiation: ['engine', 'law', 'analysis', 'negotiation'],
  news: ['law', 'negotiation', 'news'],
  cli: ['engine', 'law', 'analysis', 'negotiation', 'news', 'store', 'api', 'cli'],
  api: ['engine', 'law', 'analysis', 'negotiation', 'news', 'store', 'api'],
  store: ['engine', 'law', 'negotiation', 'news', 'store'],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The layers of src a file imports, by its relative import specifiers. */
function layersImported(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1] as string);
  return specifiers.map((s) => relative(SRC, resolve(dirname(file), s)).split(/[\\/]/)[0] as string);
}

describe('the layers of src', () => {
  it('has exactly the layers DESIGN.md lists so far', () => {
    const layers = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(layers).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it.each(Object.entries(MAY_IMPORT))('src/%s imports only from %j', (layer, allowed) => {
    const violations = filesUnder(join(SRC, layer)).flatMap((file) =>
      layersImported(file)
        .filter((l) => !allowed.includes(l))
        .map((l) => `${relative(SRC, file)} imports src/${l}`),
    );
    expect(violations).toEqual([]);
  });

  it('catches an import of a higher layer (the check itself)', () => {
    const engineFile = join(SRC, 'engine', 'index.ts');
    expect(layersImported(engineFile).every((l) => l === 'engine')).toBe(true);
    const cliFile = join(SRC, 'cli', 'commands', 'interview.ts');
    expect(layersImported(cliFile)).toEqual(expect.arrayContaining(['analysis', 'engine', 'law', 'cli']));
  });
});
