import { runInterview, startingPoint } from '../../analysis/index.js';
import type { Regime } from '../../engine/index.js';
import { type Incident, toIncident } from '../../law/index.js';
import { type CliCommand, collect, printTo, REGIME_OPTION, resolveRegimes } from '../command.js';
import { UsageError } from '../errors.js';
import { loadOneIncident } from '../incident-files.js';
import { checkSaveTarget, keepGiven, saveInterview } from '../incident-save.js';
import { renderResult } from '../render.js';

interface InterviewOptions {
  readonly regime?: string[];
  readonly answers?: string;
  readonly json?: boolean;
  readonly save?: string;
  readonly force?: boolean;
}

/** `recourse interview`: only the questions that matter, in the terminal or answered from a file. */
export const interviewCommand: CliCommand = {
  name: 'interview',
  register(program, io) {
    program
      .command('interview')
      .description('Ask only what matters, question by question, until every route is settled')
      .argument('[file]', 'an incident file with what is already known (at least id, date and place)')
      .option('--regime <id>', REGIME_OPTION, collect)
      .option(
        '--answers <oracle>',
        'answer every question from this complete incident file (non-interactive)',
      )
      .option(
        '--json',
        'with --answers: print { asked, leftOpen, determined, askedForRoutes, beyondRoutesDetermined, beyondRoutesOpen, facts, results } as JSON',
      )
      .option(
        '--save <file>',
        'write every fact given (FILE, --answers) and gathered to this incident file (YAML), whole or not at all',
      )
      .option('--force', 'with --save: overwrite the file if it exists')
      .action(async (file: string | undefined, opts: InterviewOptions) => {
        const print = printTo(io);
        const regimes = resolveRegimes(opts.regime);
        const start = file ? loadOneIncident(file, 'interview [file]', io.stdin) : null;
        if (opts.force && !opts.save) throw new UsageError('--force: only with --save FILE');
        if (opts.save) checkSaveTarget(opts.save, opts.force);
        if (opts.answers) {
          const oracle = loadOneIncident(opts.answers, '--answers', io.stdin);
          const run = runInterview(regimes, start ?? startingPoint(oracle), oracle);
          if (opts.save) {
            const given = keepGiven(oracle as Record<string, unknown>, start ?? {});
            saveInterview(opts.save, toIncident(keepGiven(given, run.facts), 'interview') as Incident, run);
          }
          if (opts.json) {
            print(JSON.stringify(run, null, 2));
            return;
          }
          const lines = [
            `Asked ${run.asked.length} question(s): ${run.asked.join(', ')}`,
            ...(run.leftOpen.length > 0 ? [`Left open unasked: ${run.leftOpen.join(', ')}`] : []),
            `Every route settled: ${run.determined ? 'yes' : 'no'}`,
            `Asked for the routes: ${run.askedForRoutes.length}; for funding, tactics and reporting only: ${run.asked.length - run.askedForRoutes.length}`,
            run.beyondRoutesDetermined
              ? 'Every grant, tactic and reporting duty settled: yes'
              : `Every grant, tactic and reporting duty settled: no (open: ${run.beyondRoutesOpen.join(', ')})`,
          ];
          for (const [i, r] of run.results.entries()) lines.push(renderResult(r, regimes[i] as Regime));
          print(lines.join('\n'));
          return;
        }
        if (!io.stdin.isTTY) {
          throw new UsageError(
            'interview: the interactive interview needs a terminal; pass --answers FILE to answer from a file',
          );
        }
        // The terminal prompts are loaded only for an interactive interview: no other command pays for them.
        const { interactiveInterview } = await import('../interview-terminal.js');
        await interactiveInterview(
          regimes,
          start as Record<string, unknown> | null,
          opts.save ?? null,
          io.stdout,
        );
      });
  },
};
