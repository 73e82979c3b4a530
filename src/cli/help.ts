import { PROVISIONS, REGIMES, STATE_AND_LOCAL_LAWS } from '../law/index.js';

/** The ids a person may pass to --regime and --with, listed at the foot of the help. */
export function idsHelp(): string {
  const width =
    Math.max(...[...REGIMES.keys(), ...STATE_AND_LOCAL_LAWS.map((l) => l.id)].map((id) => id.length)) + 2;
  const line = (id: string, title: string) => `  ${id.padEnd(width)}${title}`;
  return [
    '',
    'Regimes (--regime):',
    ...[...REGIMES.values()].map((r) => line(r.id, `${r.title}${r.hypothetical ? ' (hypothetical)' : ''}`)),
    '',
    'State and local laws (--with; each applies by place and date under every regime):',
    ...STATE_AND_LOCAL_LAWS.map((l) => line(l.id, l.title)),
  ].join('\n');
}

export const EXIT_CODES_HELP = `
An incident FILE may be - for standard input.
Exit codes: 0 success, 2 bad input, 1 internal error, 130 interview ended by Ctrl-C.`;

/** The provisions of the proposals, by the ids `diff` and `impact` name them with. */
export function provisionsHelp(): string {
  const width = Math.max(...[...PROVISIONS.keys()].map((id) => id.length)) + 2;
  return [
    '',
    'Provisions of the proposals (as diff and impact name them):',
    ...[...PROVISIONS.values()].map((o) => `  ${o.id.padEnd(width)}${o.title}`),
  ].join('\n');
}
