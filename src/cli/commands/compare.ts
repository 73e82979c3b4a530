import { compareRegimes } from '../../analysis/index.js';
import { type CliCommand, collect, printTo, REGIME_OPTION, resolveRegimes, WITH_OPTION } from '../command.js';
import { loadOneIncident } from '../incident-files.js';
import { renderComparison } from '../render.js';

/** `recourse compare`: the regimes x routes table of one incident, and why each difference arises. */
export const compareCommand: CliCommand = {
  name: 'compare',
  register(program, io) {
    program
      .command('compare')
      .description(
        'Compare regimes on one incident: the regimes x routes table, and why each difference arises',
      )
      .argument('<file>', 'an incident file, or - for standard input')
      .option('--regime <id>', REGIME_OPTION, collect)
      .option('--with <law>', WITH_OPTION, collect)
      .option('--json', 'print as JSON')
      .action((file: string, opts: { regime?: string[]; with?: string[]; json?: boolean }) => {
        const regimes = resolveRegimes(opts.regime, opts.with);
        const incident = loadOneIncident(file, 'compare <file>', io.stdin);
        const comparison = compareRegimes(incident, regimes);
        printTo(io)(opts.json ? JSON.stringify(comparison, null, 2) : renderComparison(incident, comparison));
      });
  },
};
