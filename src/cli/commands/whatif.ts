import { Option } from 'commander';
import { whatIfRoute } from '../../analysis/index.js';
import { ROUTES, type RouteName } from '../../law/index.js';
import { type CliCommand, oneRegime, printTo } from '../command.js';
import { loadOneIncident } from '../incident-files.js';
import { renderWhatIf } from '../render.js';

/** `recourse whatif`: the smallest changes of fact toward each other outcome of a route. */
export const whatifCommand: CliCommand = {
  name: 'whatif',
  register(program, io) {
    program
      .command('whatif')
      .description(
        'The smallest changes (one or two facts) toward each other outcome of a route, findings and records first, with the rule that makes the difference',
      )
      .argument('<file>', 'an incident file, or - for standard input')
      .requiredOption('--regime <id>', 'a regime id (required)')
      .addOption(
        new Option('--route <name>', 'the route (required)').choices([...ROUTES]).makeOptionMandatory(),
      )
      .option('--json', 'print as JSON')
      .action((file: string, opts: { regime: string; route: RouteName; json?: boolean }) => {
        const regime = oneRegime(opts.regime);
        const result = whatIfRoute(regime, loadOneIncident(file, 'whatif <file>', io.stdin), opts.route);
        printTo(io)(opts.json ? JSON.stringify(result, null, 2) : renderWhatIf(result));
      });
  },
};
