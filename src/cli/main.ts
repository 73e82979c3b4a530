#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { agencyCommand } from './agency-command.js';
import { VERSION } from './bundled.js';
import type { CliCommand } from './command.js';
import { compareCommand } from './commands/compare.js';
import { diffCommand } from './commands/diff.js';
import { evaluateCommand } from './commands/evaluate.js';
import { explainCommand } from './commands/explain.js';
import { impactCommand } from './commands/impact.js';
import { interviewCommand } from './commands/interview.js';
import { negotiateCommand } from './commands/negotiate.js';
import { regimesCommand } from './commands/regimes.js';
import { schemaCommand } from './commands/schema.js';
import { whatifCommand } from './commands/whatif.js';
import { isEntryPoint } from './entry-point.js';
import { InterviewCancelled, UsageError } from './errors.js';
import { registerExport } from './export-command.js';
import { EXIT_CODES_HELP, idsHelp, provisionsHelp } from './help.js';
import { registerImport } from './import-command.js';
import { type Io, processIo } from './io.js';
import { newsCommand } from './news-command.js';
import { registerServe } from './serve-command.js';
import { registerToken } from './token-command.js';

/**
 * The command line (DESIGN.md §4): exit 0 on success, 2 on bad input (stderr names each bad
 * field by its path and what was expected), 1 on an internal error; 130 when the person leaves
 * the interactive interview with Ctrl-C. Every message to stderr begins "recourse: ".
 *
 * Each command lives in its own module under commands/ and is listed here; a new one is added to
 * COMMANDS. `main(argv, io)` runs the command line in-process, on any streams.
 */
export const COMMANDS: readonly CliCommand[] = [
  evaluateCommand,
  explainCommand,
  compareCommand,
  diffCommand,
  interviewCommand,
  whatifCommand,
  impactCommand,
  negotiateCommand,
  regimesCommand,
  schemaCommand,
  agencyCommand,
  newsCommand,
  // The server and its store: loaded only when one of these runs.
  { name: 'serve', register: registerServe },
  { name: 'token', register: registerToken },
  { name: 'export', register: registerExport },
  { name: 'import', register: registerImport },
];

/** The prefix of every message Recourse writes to stderr. */
export const PREFIX = 'recourse: ';

export function buildProgram(io: Io, commands: readonly CliCommand[] = COMMANDS): Command {
  const program = new Command();
  program
    .name('recourse')
    .description('US police-accountability law as code: who can be held to account for an incident, and how.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .helpCommand('help [command]', 'print the help of a command')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander's own errors ("error: unknown option") take the one prefix too.
      outputError: (s, write) => write(`${PREFIX}${s.replace(/^error: /, '')}`),
    })
    .addHelpText('after', `${idsHelp()}\n${provisionsHelp()}\n${EXIT_CODES_HELP}`);
  for (const command of commands) command.register(program, io);
  // Every command inherits the settings above (exitOverride, output) and shows the ids too.
  for (const command of program.commands) {
    command.exitOverride().configureOutput(program.configureOutput());
    if (command.options.some((o) => o.long === '--regime' || o.long === '--with'))
      command.addHelpText('after', idsHelp());
    if (command.name() === 'diff' || command.name() === 'impact')
      command.addHelpText('after', provisionsHelp());
  }
  return program;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const program = buildProgram(io);
  if (argv.length === 0) {
    // A bare `recourse` is a mistake of usage: the usage goes to stderr, with exit 2.
    io.stderr.write(program.helpInformation());
    return 2;
  }
  const [first, topic] = argv;
  if (first === 'help' && topic !== undefined && !program.commands.some((c) => c.name() === topic)) {
    // Commander would print the general help and exit 0: name the mistake instead.
    io.stderr.write(`${PREFIX}help: unknown command '${topic}'; see recourse --help\n`);
    return 2;
  }
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
      // A command named without its subcommand (`recourse help nope`) prints help to stderr.
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`${PREFIX}${e.message}\n`);
      for (const d of e.details) io.stderr.write(`  ${d}\n`);
      return 2;
    }
    if (e instanceof InterviewCancelled) {
      io.stderr.write(`\n${PREFIX}${e.message}\n`);
      return 130; // the shell's code for a command ended by Ctrl-C
    }
    io.stderr.write(`${PREFIX}internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (isEntryPoint(import.meta.url)) {
  // A reader that stops early (`recourse evaluate data/cases | head`) closes the pipe: that is not
  // an error of Recourse, so stop writing and leave quietly rather than with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.exitCode = await main(process.argv.slice(2));
}
