import { diffRegimes } from '../../analysis/index.js';
import type { Regime } from '../../engine/index.js';
import { BUNDLED_CASES } from '../bundled.js';
import { type CliCommand, printTo, resolveRegimes } from '../command.js';
import { UsageError } from '../errors.js';
import { loadIncidents } from '../incident-files.js';
import { renderDiff } from '../render.js';

/** `recourse diff`: the provisions between two regimes, and the corpus cases each changes. */
export const diffCommand: CliCommand = {
  name: 'diff',
  register(program, io) {
    program
      .command('diff')
      .description(
        'List the provisions added, replaced or removed between two regimes, and the cases each changes',
      )
      .argument('<a>', 'a regime id')
      .argument('<b>', 'another regime id')
      .option('--cases <dir>', 'the cases corpus (default: the cases bundled with Recourse)')
      .option('--json', 'print as JSON')
      .action((a: string, b: string, opts: { cases?: string; json?: boolean }) => {
        const [ra] = resolveRegimes([a], [], 'diff <a>') as [Regime];
        const [rb] = resolveRegimes([b], [], 'diff <b>') as [Regime];
        let cases: ReturnType<typeof loadIncidents>;
        try {
          cases = loadIncidents([opts.cases ?? BUNDLED_CASES]);
        } catch (e) {
          if (e instanceof UsageError) throw new UsageError(`--cases: ${e.message}`, e.details);
          throw e;
        }
        const diff = diffRegimes(
          ra,
          rb,
          cases.map((l) => l.incident),
        );
        printTo(io)(opts.json ? JSON.stringify(diff, null, 2) : renderDiff(diff));
      });
  },
};
