/**
 * Cue lists as one regular expression, read in one pass over a text. Every cue starts at a word
 * boundary (its source begins with `\b`); the boundary is tested once, outside the alternation, so
 * that the engine skips the middle of every word at the cost of one test instead of one per cue.
 */

/** The named groups as one pattern source: `\b(?:(?<a>cue|cue)|(?<b>cue))`. */
export function cueAlternation(groups: readonly (readonly [string, readonly string[]])[]): string {
  const body = groups.map(([name, sources]) => `(?<${name}>${sources.map(withoutBoundary).join('|')})`);
  return `\\b(?:${body.join('|')})`;
}

function withoutBoundary(source: string): string {
  if (!source.startsWith('\\b')) throw new Error(`a cue must start at a word boundary (\\b): /${source}/`);
  return `(?:${source.slice(2)})`;
}

/**
 * Cues as one pattern source with one unnamed capturing group each, `\b(?:(cue)|(cue))`, and the
 * index in a match of each cue's group: a match says which cue it is by the first group defined,
 * without building an object of named groups for every match.
 */
export function indexedAlternation(sources: readonly string[]): {
  source: string;
  groupOf: readonly number[];
} {
  const groupOf: number[] = [];
  let group = 1;
  for (const source of sources) {
    groupOf.push(group);
    group += 1 + capturingGroups(source);
  }
  return { source: `\\b(?:${sources.map((s) => `(${withoutBoundary(s)})`).join('|')})`, groupOf };
}

/** How many capturing groups a pattern source has. */
function capturingGroups(source: string): number {
  return (new RegExp(`${source}|`).exec('') as RegExpExecArray).length - 1;
}
