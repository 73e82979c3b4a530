import { agencyStartingPoint, runInterview, startingPoint } from '../../analysis/index.js';
import type { Regime } from '../../engine/index.js';
import type { AgencyProfile } from '../../law/agency/index.js';
import { type Incident, toIncident } from '../../law/index.js';
import { agencyInterviewReport } from '../agency-command.js';
import { readSubject, resolveAgencyRegimes, type Subject } from '../agency-input.js';
import { type CliCommand, collect, printTo, REGIME_OPTION, resolveRegimes } from '../command.js';
import { UsageError } from '../errors.js';
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
      .argument(
        '[file]',
        'an incident file with what is already known (at least id, date and place), or an agency profile (id, date, agency.kind)',
      )
      .option('--regime <id>', REGIME_OPTION, collect)
      .option(
        '--answers <oracle>',
        'answer every question from this complete incident file, or agency profile (non-interactive)',
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
        const given = file ? readSubject(file, 'interview [file]', io.stdin) : null;
        const answers = opts.answers ? readSubject(opts.answers, '--answers', io.stdin) : null;
        if (given?.kind === 'agency' && !answers) {
          if (opts.save)
            throw new UsageError(
              '--save: writes incident files; an agency interview prints its facts with --json',
            );
          if (!io.stdin.isTTY)
            throw new UsageError(
              'interview: the interactive interview needs a terminal; pass --answers PROFILE to answer from a complete agency profile',
            );
          const { interactiveAgencyInterview } = await import('../interview-terminal.js');
          return interactiveAgencyInterview(
            resolveAgencyRegimes(opts.regime),
            given.profile,
            io.stdout,
            io.terminal,
          );
        }
        if (given?.kind === 'agency' || answers?.kind === 'agency')
          return print(agencyInterview(given, answers as Subject, opts));
        const regimes = resolveRegimes(opts.regime);
        const start = given?.kind === 'incident' ? given.incident : null;
        if (opts.force && !opts.save) throw new UsageError('--force: only with --save FILE');
        if (opts.save) checkSaveTarget(opts.save, opts.force);
        if (answers?.kind === 'incident') {
          const oracle = answers.incident;
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
          io.terminal,
        );
      });
  },
};

/**
 * The interview for an agency profile, answered from a complete profile: the questions asked,
 * whether every obligation is settled, and the results under each regime.
 */
function agencyInterview(given: Subject | null, answers: Subject, opts: InterviewOptions): string {
  if (given && answers && given.kind !== answers.kind)
    throw new UsageError(
      `--answers: the interview of ${given.kind === 'agency' ? 'an agency profile' : 'an incident'} is answered from ${given.kind === 'agency' ? 'an agency profile' : 'an incident'}, got ${answers.kind === 'agency' ? 'an agency profile' : 'an incident'}`,
    );
  if (opts.save)
    throw new UsageError('--save: writes incident files; an agency interview prints its facts with --json');
  const oracle = (answers as { profile: AgencyProfile }).profile; // the kinds agree: an agency profile
  const start = given?.kind === 'agency' ? given.profile : agencyStartingPoint(oracle);
  return agencyInterviewReport(resolveAgencyRegimes(opts.regime), start, oracle, opts.json ?? false);
}
