import { evaluateIncident } from '../../law/index.js';
import { type CliCommand, collect, printTo, REGIME_OPTION, resolveRegimes, WITH_OPTION } from '../command.js';
import { badFiles, readIncidents } from '../incident-files.js';
import { renderIncidentHeader, renderResult, renderWarnings } from '../render.js';

/**
 * `recourse evaluate`: every route of each incident under each regime. A bad file does not hide
 * the results of the good ones: they are printed, the bad ones reported, and the exit code is 2.
 */
export const evaluateCommand: CliCommand = {
  name: 'evaluate',
  register(program, io) {
    program
      .command('evaluate')
      .description(
        'Evaluate incidents (YAML or JSON files, directories of them, or - for stdin) under each regime',
      )
      .argument('<files...>', 'incident files or directories, or - for standard input')
      .option('--regime <id>', REGIME_OPTION, collect)
      .option('--with <law>', WITH_OPTION, collect)
      .option('--json', 'print Result v1 objects as a JSON array')
      .action((files: string[], opts: { regime?: string[]; with?: string[]; json?: boolean }) => {
        const print = printTo(io);
        const regimes = resolveRegimes(opts.regime, opts.with);
        const read = readIncidents(files, io.stdin);
        if (opts.json) {
          const results = read.loaded.flatMap(({ incident }) =>
            regimes.map((r) => evaluateIncident(r, incident)),
          );
          if (read.loaded.length > 0 || read.bad === 0) print(JSON.stringify(results, null, 2));
        } else if (read.loaded.length > 0) {
          const blocks = read.loaded.map(({ incident }) => {
            const results = regimes.map((r) => evaluateIncident(r, incident));
            return [
              renderIncidentHeader(incident),
              ...renderWarnings(results),
              ...results.map((result, i) => renderResult(result, regimes[i] as (typeof regimes)[number])),
            ].join('\n');
          });
          print(blocks.join('\n\n'));
        }
        if (read.bad > 0) throw badFiles(read);
      });
  },
};
