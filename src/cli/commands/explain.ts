import { Option } from 'commander';
import { ROUTES, type RouteName, traceIncident } from '../../law/index.js';
import { type CliCommand, collect, printTo, resolveRegimes } from '../command.js';
import { loadOneIncident } from '../incident-files.js';
import { renderIncidentHeader, renderRouteTrace } from '../render.js';

/** `recourse explain`: the derivation of each route, rule by rule, under one or more regimes. */
export const explainCommand: CliCommand = {
  name: 'explain',
  register(program, io) {
    program
      .command('explain')
      .description('Show the derivation of each route, rule by rule, with citations and the facts read')
      .argument('<file>', 'an incident file, or - for standard input')
      .requiredOption('--regime <id>', 'a regime id (required; repeatable)', collect)
      .addOption(new Option('--route <name>', 'one route only (default: every route)').choices([...ROUTES]))
      .option('--json', 'print the derivation trees as JSON, one { regime, route, trace } per route')
      .action((file: string, opts: { regime: string[]; route?: RouteName; json?: boolean }) => {
        const regimes = resolveRegimes(opts.regime);
        const incident = loadOneIncident(file, 'explain <file>', io.stdin);
        const routes = opts.route ? [opts.route] : [...ROUTES];
        const print = printTo(io);
        if (opts.json) {
          const trees = regimes.flatMap((regime) =>
            traceIncident(regime, incident, routes).map((trace, i) => ({
              incident: incident.id,
              regime: regime.id,
              route: routes[i],
              trace,
            })),
          );
          print(JSON.stringify(trees, null, 2));
          return;
        }
        const blocks = regimes.map((regime) =>
          [
            `${renderIncidentHeader(incident)} under ${regime.id}`,
            ...traceIncident(regime, incident, routes).map((t) => renderRouteTrace(t)),
          ].join('\n\n'),
        );
        print(blocks.join('\n\n'));
      });
  },
};
