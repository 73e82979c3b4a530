#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { compareRegimes, diffRegimes, runInterview, startingPoint, whatIfRoute } from '../analysis/index.js';
import { listRules, type Regime, renderTrace } from '../engine/index.js';
import {
  DEFAULT_REGIMES,
  evaluateIncident,
  incidentJsonSchema,
  REGIMES,
  ROUTES,
  type RouteName,
  regimeWith,
  traceIncident,
  UnknownIdError,
} from '../law/index.js';
import { negotiateCommand } from './commands/negotiate.js';
import { InterviewCancelled, UsageError } from './errors.js';
import { DEFAULT_PARAMETERS, type ImpactOptions, impactCommand } from './impact-command.js';
import { loadIncidents, loadOneIncident } from './incident-files.js';
import { checkSaveTarget, saveInterview } from './incident-save.js';
import { renderComparison, renderDiff, renderIncidentHeader, renderResult, renderWhatIf } from './render.js';

/**
 * The command line (DESIGN.md §4): exit 0 on success, 2 on bad input (stderr names each bad
 * field by its path and what was expected), 1 on an internal error; 130 when the person leaves
 * the interactive interview with Ctrl-C.
 */

const collect = (value: string, previous: string[]) => [...previous, value];

/** The regimes named (all by default); `argument` names a positional argument in the error. */
function resolveRegimes(
  ids: readonly string[],
  withLaws: readonly string[] = [],
  argument?: string,
): Regime[] {
  const wanted = ids.length > 0 ? ids : DEFAULT_REGIMES;
  try {
    return wanted.map((id) => regimeWith(id, withLaws));
  } catch (e) {
    if (!(e instanceof UnknownIdError)) throw e;
    const field = e.kind === 'regime' ? (argument ?? '--regime') : '--with';
    throw new UsageError(`${field}: unknown id "${e.id}"; expected one of ${e.expected.join(', ')}`);
  }
}

function print(text: string) {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('recourse')
    .description('US police-accountability law as code: who can be held to account for an incident, and how.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('evaluate')
    .description('Evaluate incidents (YAML or JSON files, or directories of them) under each regime')
    .argument('<files...>', 'incident files or directories')
    .option('--regime <id>', 'a regime to evaluate under (repeatable; default: all)', collect, [])
    .option(
      '--with <law>',
      'apply a state or local law hypothetically, anywhere and at any date (repeatable)',
      collect,
      [],
    )
    .option('--json', 'print Result v1 objects as a JSON array')
    .action((files: string[], opts: { regime: string[]; with: string[]; json?: boolean }) => {
      const regimes = resolveRegimes(opts.regime, opts.with);
      const incidents = loadIncidents(files);
      if (opts.json) {
        const results = incidents.flatMap(({ incident }) =>
          regimes.map((r) => evaluateIncident(r, incident)),
        );
        print(JSON.stringify(results, null, 2));
        return;
      }
      const blocks = incidents.map(({ incident }) =>
        [
          renderIncidentHeader(incident),
          ...regimes.map((r) => renderResult(evaluateIncident(r, incident), r)),
        ].join('\n'),
      );
      print(blocks.join('\n\n'));
    });

  program
    .command('explain')
    .description('Show the derivation of each route, rule by rule, with citations and the facts read')
    .argument('<file>', 'an incident file')
    .requiredOption('--regime <id>', 'the regime')
    .addOption(new Option('--route <name>', 'one route only').choices([...ROUTES]))
    .action((file: string, opts: { regime: string; route?: RouteName }) => {
      const [regime] = resolveRegimes([opts.regime]) as [Regime];
      const incident = loadOneIncident(file, 'explain <file>');
      const routes = opts.route ? [opts.route] : [...ROUTES];
      const header = `${renderIncidentHeader(incident)} under ${regime.id}`;
      const trees = traceIncident(regime, incident, routes).map((t) => renderTrace(t));
      print([header, ...trees].join('\n\n'));
    });

  program
    .command('compare')
    .description(
      'Compare regimes on one incident: the regimes x routes table, and why each difference arises',
    )
    .argument('<file>', 'an incident file')
    .option('--regime <id>', 'a regime to compare (repeatable; default: all)', collect, [])
    .option('--with <law>', 'apply a state or local law hypothetically (repeatable)', collect, [])
    .option('--json', 'print as JSON')
    .action((file: string, opts: { regime: string[]; with: string[]; json?: boolean }) => {
      const regimes = resolveRegimes(opts.regime, opts.with);
      const incident = loadOneIncident(file, 'compare <file>');
      const comparison = compareRegimes(incident, regimes);
      print(opts.json ? JSON.stringify(comparison, null, 2) : renderComparison(incident, comparison));
    });

  program
    .command('diff')
    .description(
      'List the provisions added, replaced or removed between two regimes, and the cases each changes',
    )
    .argument('<a>', 'a regime id')
    .argument('<b>', 'another regime id')
    .option('--cases <dir>', 'the cases corpus', 'data/cases')
    .option('--json', 'print as JSON')
    .action((a: string, b: string, opts: { cases: string; json?: boolean }) => {
      const [ra] = resolveRegimes([a], [], 'diff <a>') as [Regime];
      const [rb] = resolveRegimes([b], [], 'diff <b>') as [Regime];
      const cases = loadIncidents([opts.cases]).map((l) => l.incident);
      const diff = diffRegimes(ra, rb, cases);
      print(opts.json ? JSON.stringify(diff, null, 2) : renderDiff(diff));
    });

  program
    .command('interview')
    .description('Ask only what matters, question by question, until every route is settled')
    .argument('[file]', 'an incident file with what is already known (at least id, date and place)')
    .option('--regime <id>', 'a regime to settle (repeatable; default: all)', collect, [])
    .option('--answers <oracle>', 'answer every question from this complete incident file (non-interactive)')
    .option('--json', 'with --answers: print { asked, leftOpen, determined, facts, results } as JSON')
    .option('--save <file>', 'write the facts gathered to this incident file (YAML), whole or not at all')
    .action(
      async (
        file: string | undefined,
        opts: { regime: string[]; answers?: string; json?: boolean; save?: string },
      ) => {
        const regimes = resolveRegimes(opts.regime);
        const start = file ? loadOneIncident(file, 'interview [file]') : null;
        if (opts.save) checkSaveTarget(opts.save);
        if (opts.answers) {
          const oracle = loadOneIncident(opts.answers, '--answers');
          const run = runInterview(regimes, start ?? startingPoint(oracle), oracle);
          if (opts.save) saveInterview(opts.save, run.facts, run);
          if (opts.json) {
            print(JSON.stringify(run, null, 2));
            return;
          }
          const lines = [
            `Asked ${run.asked.length} question(s): ${run.asked.join(', ')}`,
            ...(run.leftOpen.length > 0 ? [`Left open unasked: ${run.leftOpen.join(', ')}`] : []),
            `Every route settled: ${run.determined ? 'yes' : 'no'}`,
          ];
          for (const [i, r] of run.results.entries()) lines.push(renderResult(r, regimes[i] as Regime));
          print(lines.join('\n'));
          return;
        }
        if (!process.stdin.isTTY) {
          throw new UsageError(
            'interview: the interactive interview needs a terminal; pass --answers FILE to answer from a file',
          );
        }
        // The terminal prompts are loaded only for an interactive interview: no other command pays for them.
        const { interactiveInterview } = await import('./interview-terminal.js');
        await interactiveInterview(regimes, start as Record<string, unknown> | null, opts.save ?? null);
      },
    );

  program
    .command('whatif')
    .description(
      'The smallest sets of fact changes (one or two facts) that change a route, with the rule that makes the difference',
    )
    .argument('<file>', 'an incident file')
    .requiredOption('--regime <id>', 'the regime')
    .addOption(new Option('--route <name>', 'the route').choices([...ROUTES]).makeOptionMandatory())
    .option('--json', 'print as JSON')
    .action((file: string, opts: { regime: string; route: RouteName; json?: boolean }) => {
      const [regime] = resolveRegimes([opts.regime]) as [Regime];
      const result = whatIfRoute(regime, loadOneIncident(file, 'whatif <file>'), opts.route);
      print(opts.json ? JSON.stringify(result, null, 2) : renderWhatIf(result));
    });

  program
    .command('impact')
    .description(
      'Every regime over the cases corpus (or a synthetic national population): counts, changes and their provisions',
    )
    .option('--regime <id>', 'a regime (repeatable; default: all)', collect, [])
    .option('--cases <dir>', 'the cases corpus', 'data/cases')
    .option('--synthetic <n>', 'simulate N synthetic incidents instead of the corpus')
    .option('--seed <s>', 'the seed of the synthetic population', '1')
    .option('--workers <n>', 'worker threads for the synthetic run', '1')
    .option('--replicates <n>', 'parameter draws for the uncertainty intervals', '20')
    .option('--parameters <dir>', 'the parameter files', DEFAULT_PARAMETERS)
    .option('--json', 'print as JSON')
    .option('--csv', 'print as CSV')
    .option('--svg <dir>', 'also write SVG charts to this directory (created if missing)')
    .action(async (opts: ImpactOptions & { regime: string[] }) => {
      print(await impactCommand(resolveRegimes(opts.regime), opts));
    });

  program
    .command('regimes')
    .description('List the regimes and every rule with its citation, text and dates')
    .option('--json', 'print as JSON')
    .action((opts: { json?: boolean }) => {
      const all = [...REGIMES.values()];
      if (opts.json) {
        print(
          JSON.stringify(
            all.map((r) => ({
              id: r.id,
              title: r.title,
              hypothetical: r.hypothetical,
              hash: r.hash,
              rules: listRules(r),
            })),
            null,
            2,
          ),
        );
        return;
      }
      const lines: string[] = [];
      for (const r of all) {
        lines.push(`${r.id}: ${r.title}${r.hypothetical ? ' (hypothetical)' : ''}`);
        for (const rule of listRules(r)) {
          const dates =
            rule.inForce.from || rule.inForce.until
              ? ` [${rule.inForce.from ?? '...'} to ${rule.inForce.until ?? '...'}]`
              : '';
          lines.push(`  ${rule.id}${dates}${rule.unconfirmed ? ' [UNCONFIRMED]' : ''}`);
          lines.push(`      ${rule.cite}`);
        }
      }
      print(lines.join('\n'));
    });

  negotiateCommand.register(program, process);

  program
    .command('schema')
    .description('Print the JSON Schema of the incident format v1')
    .action(() => print(JSON.stringify(incidentJsonSchema(), null, 2)));

  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return 0;
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`recourse: ${e.message}\n`);
      for (const d of e.details) process.stderr.write(`  ${d}\n`);
      return 2;
    }
    if (e instanceof InterviewCancelled) {
      process.stderr.write(`\nrecourse: ${e.message}\n`);
      return 130; // the shell's code for a command ended by Ctrl-C
    }
    process.stderr.write(`recourse: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

// A reader that stops early (`recourse evaluate data/cases | head`) closes the pipe: that is not
// an error of Recourse, so stop writing and leave quietly rather than with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
