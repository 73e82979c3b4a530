import { type CliCommand, collect, printTo, REGIME_OPTION, resolveRegimes } from '../command.js';
import { type ImpactOptions, impactCommand as runImpact } from '../impact-command.js';

/** `recourse impact`: every regime over the cases corpus, or over a synthetic national population. */
export const impactCommand: CliCommand = {
  name: 'impact',
  register(program, io) {
    program
      .command('impact')
      .description(
        'Every regime over the cases corpus (or a synthetic national population): counts, changes and their provisions',
      )
      .option('--regime <id>', REGIME_OPTION, collect)
      .option('--cases <dir>', 'the cases corpus (default: the cases bundled with Recourse)')
      .option('--synthetic <n>', 'simulate N synthetic incidents instead of the corpus')
      .option('--seed <s>', 'the seed of the synthetic population', '1')
      .option('--workers <n>', 'worker threads for the synthetic run', '1')
      .option('--replicates <n>', 'parameter draws for the uncertainty intervals', '20')
      .option('--parameters <dir>', 'the parameter files (default: the parameters bundled with Recourse)')
      .option('--json', 'print as JSON')
      .option('--csv', 'print as CSV')
      .option('--svg <dir>', 'also write SVG charts to this directory (created if missing)')
      .action(async (opts: ImpactOptions & { regime?: string[] }) => {
        printTo(io)(await runImpact(resolveRegimes(opts.regime), opts, io));
      });
  },
};
