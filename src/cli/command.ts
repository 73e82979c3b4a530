import type { Command } from 'commander';
import type { Regime } from '../engine/index.js';
import { DEFAULT_REGIMES, regimeWith, UnknownIdError } from '../law/index.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

/**
 * A command of `recourse`: each lives in its own module under commands/ and registers itself on
 * the program; main.ts only lists them. `io` is where it reads and writes.
 */
export interface CliCommand {
  readonly name: string;
  register(program: Command, io: Io): void;
}

/** Prints text to stdout with one final newline. */
export function printTo(io: Io): (text: string) => void {
  return (text) => io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Commander's collector for a repeatable option. */
export const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/**
 * The regimes named, each once in the order first named (all by default); `argument` names a
 * positional argument in the error.
 */
export function resolveRegimes(
  ids: readonly string[] | undefined,
  withLaws: readonly string[] = [],
  argument?: string,
): Regime[] {
  const wanted = ids && ids.length > 0 ? [...new Set(ids)] : DEFAULT_REGIMES;
  const laws = [...new Set(withLaws)];
  try {
    return wanted.map((id) => regimeWith(id, laws));
  } catch (e) {
    if (!(e instanceof UnknownIdError)) throw e;
    const field = e.kind === 'regime' ? (argument ?? '--regime') : '--with';
    throw new UsageError(`${field}: unknown id "${e.id}"; expected one of ${e.expected.join(', ')}`);
  }
}

/** The one regime of a command that takes one --regime. */
export function oneRegime(id: string): Regime {
  return resolveRegimes([id])[0] as Regime;
}

export const REGIME_OPTION = 'a regime id, see "Regimes" below (repeatable; default: every regime)';
export const WITH_OPTION =
  'apply a state or local law hypothetically, anywhere and at any date: an id under "State and local laws" below (repeatable)';
