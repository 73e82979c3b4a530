import { diffAgencyRegimes, diffRegimes } from '../../analysis/index.js';
import type { Regime } from '../../engine/index.js';
import { loadAgencyProfiles } from '../agency-command.js';
import { resolveAgencyRegimes } from '../agency-input.js';
import { BUNDLED_AGENCIES, BUNDLED_CASES } from '../bundled.js';
import { type CliCommand, collect, printTo, resolveRegimes, WITH_OPTION } from '../command.js';
import { UsageError } from '../errors.js';
import { loadIncidents } from '../incident-files.js';
import { renderDiff, renderDiffOf } from '../render.js';

interface DiffOptions {
  readonly cases?: string;
  readonly agencies?: string[] | true;
  readonly with?: string[];
  readonly json?: boolean;
}

/**
 * `recourse diff`: the provisions between two regimes, and the corpus cases each changes; with
 * `--agencies`, the agency provisions between them (between the two bills, every one of both) and
 * the agency profiles whose obligations each changes.
 */
export const diffCommand: CliCommand = {
  name: 'diff',
  register(program, io) {
    program
      .command('diff')
      .description(
        'List the provisions added, replaced or removed between two regimes, and the cases (or, with --agencies, the agencies) each changes',
      )
      .argument('<a>', 'a regime id')
      .argument('<b>', 'another regime id')
      .option('--cases <dir>', 'the cases corpus (default: the cases bundled with Recourse)')
      .option(
        '--agencies [paths...]',
        'diff the agency provisions instead, over these agency profiles or directories (alone: the profiles bundled with Recourse)',
      )
      .option('--with <law>', `with --agencies: ${WITH_OPTION}`, collect)
      .option('--json', 'print as JSON')
      .action((a: string, b: string, opts: DiffOptions) => {
        const print = printTo(io);
        if (opts.agencies !== undefined) {
          if (opts.cases)
            throw new UsageError('--cases: not with --agencies (give agency profiles to --agencies)');
          const withLaws = opts.with ?? [];
          const [ra] = resolveAgencyRegimes([a], withLaws, 'diff <a>') as [Regime];
          const [rb] = resolveAgencyRegimes([b], withLaws, 'diff <b>') as [Regime];
          const paths = opts.agencies === true ? [BUNDLED_AGENCIES] : opts.agencies;
          const diff = diffAgencyRegimes(
            ra,
            rb,
            loadAgencyProfiles(paths).map((l) => l.profile),
          );
          if (opts.json) return print(JSON.stringify(diff, null, 2));
          const silent = (id: string, rows: readonly string[]) =>
            rows.length > 0 ? [`Not addressed by ${id}: ${rows.join(', ')}`] : [];
          return print(
            [
              renderDiffOf(diff, (c) => `${c.profile} ${c.row}`, {
                changed: 'agencies changed',
                differ: 'Agencies whose obligations differ',
                unit: 'row changes',
              }),
              ...silent(diff.a, diff.notAddressed.a),
              ...silent(diff.b, diff.notAddressed.b),
            ].join('\n'),
          );
        }
        if (opts.with && opts.with.length > 0)
          throw new UsageError(
            '--with: only with --agencies (an incident diff compares regimes as they are)',
          );
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
        print(opts.json ? JSON.stringify(diff, null, 2) : renderDiff(diff));
      });
  },
};
