import { Option } from 'commander';
import { renderTrace } from '../../engine/index.js';
import { ROWS, type Row, traceAgency } from '../../law/agency/index.js';
import { ROUTES, type RouteName, traceIncident } from '../../law/index.js';
import { readSubject, resolveAgencyRegimes } from '../agency-input.js';
import { type CliCommand, collect, printTo, resolveRegimes, WITH_OPTION } from '../command.js';
import { UsageError } from '../errors.js';
import { renderIncidentHeader, renderRouteTrace } from '../render.js';

interface ExplainOptions {
  readonly regime: string[];
  readonly with?: string[];
  readonly route?: RouteName;
  readonly row?: Row;
  readonly json?: boolean;
}

/**
 * `recourse explain`: the derivation of each route of an incident, or of each obligation of an
 * agency profile, rule by rule, under one or more regimes.
 */
export const explainCommand: CliCommand = {
  name: 'explain',
  register(program, io) {
    program
      .command('explain')
      .description(
        'Show the derivation of each route (or, for an agency profile, each obligation), rule by rule, with citations and the facts read',
      )
      .argument('<file>', 'an incident file or an agency profile, or - for standard input')
      .requiredOption('--regime <id>', 'a regime id (required; repeatable)', collect)
      .option('--with <law>', WITH_OPTION, collect)
      .addOption(new Option('--route <name>', 'one route only (default: every route)').choices([...ROUTES]))
      .addOption(
        new Option('--row <row>', 'an agency profile: one row only (default: every row)').choices([...ROWS]),
      )
      .option('--json', 'print the derivation trees as JSON, one { regime, route (or row), trace } each')
      .action((file: string, opts: ExplainOptions) => {
        const subject = readSubject(file, 'explain <file>', io.stdin);
        const print = printTo(io);
        if (subject.kind === 'agency') {
          if (opts.route) throw new UsageError('--route: an agency profile has rows, not routes; use --row');
          const { profile } = subject;
          const regimes = resolveAgencyRegimes(opts.regime, opts.with);
          const rows = opts.row ? [opts.row] : ROWS;
          const traced = regimes.map((regime) => ({ regime, traces: traceAgency(regime, profile, rows) }));
          if (opts.json)
            return print(
              JSON.stringify(
                traced.flatMap(({ regime, traces }) =>
                  traces.map((trace) => ({
                    profile: profile.id,
                    regime: regime.id,
                    row: trace.definition.split('.')[1],
                    definition: trace.definition,
                    trace,
                  })),
                ),
                null,
                2,
              ),
            );
          return print(
            traced
              .map(({ regime, traces }) =>
                [
                  `${profile.id} (agency profile, ${profile.date}) under ${regime.id}`,
                  ...(traces.length > 0
                    ? traces.map((t) => renderTrace(t))
                    : ['  no obligation on the rows asked']),
                ].join('\n\n'),
              )
              .join('\n\n'),
          );
        }
        if (opts.row)
          throw new UsageError('--row: only for an agency profile; an incident has routes (--route)');
        const regimes = resolveRegimes(opts.regime, opts.with);
        const { incident } = subject;
        const routes = opts.route ? [opts.route] : [...ROUTES];
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
