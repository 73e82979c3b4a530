import {
  type AgencyComparison,
  type AgencyDifference,
  compareAgencyRegimes,
  compareRegimes,
} from '../../analysis/index.js';
import { renderMatrix } from '../agency-command.js';
import { readSubject, resolveAgencyRegimes } from '../agency-input.js';
import { type CliCommand, collect, printTo, REGIME_OPTION, resolveRegimes, WITH_OPTION } from '../command.js';
import { renderComparison } from '../render.js';

const cell = (c: AgencyDifference['before']) =>
  c.mechanism === 'none'
    ? 'nothing asked'
    : `${c.mechanism}, ${c.status}${c.rule ? ` (${c.rule}; ${c.cite})` : ''}`;

/** The rows x regimes matrix of an agency profile, then why each difference arises. */
export function renderAgencyComparison(comparison: AgencyComparison): string {
  const lines = [`${comparison.profile} (agency profile)`, renderMatrix(comparison.results)];
  lines.push(
    '',
    comparison.differences.length > 0 ? 'Why they differ:' : 'The regimes ask the same of this agency.',
  );
  for (const d of comparison.differences)
    lines.push(
      `  ${d.row}: ${d.a} -> ${d.b}`,
      `    ${d.a}: ${cell(d.before)}`,
      `    ${d.b}: ${cell(d.after)}`,
    );
  return lines.join('\n');
}

/**
 * `recourse compare`: the regimes x routes table of one incident (or the rows x regimes matrix of
 * an agency profile), and why each difference arises.
 */
export const compareCommand: CliCommand = {
  name: 'compare',
  register(program, io) {
    program
      .command('compare')
      .description(
        'Compare regimes on one incident or agency profile: the regimes x routes (or rows) table, and why each difference arises',
      )
      .argument('<file>', 'an incident file or an agency profile, or - for standard input')
      .option('--regime <id>', REGIME_OPTION, collect)
      .option('--with <law>', WITH_OPTION, collect)
      .option('--json', 'print as JSON')
      .action((file: string, opts: { regime?: string[]; with?: string[]; json?: boolean }) => {
        const subject = readSubject(file, 'compare <file>', io.stdin);
        const print = printTo(io);
        if (subject.kind === 'agency') {
          const comparison = compareAgencyRegimes(
            subject.profile,
            resolveAgencyRegimes(opts.regime, opts.with),
          );
          return print(opts.json ? JSON.stringify(comparison, null, 2) : renderAgencyComparison(comparison));
        }
        const regimes = resolveRegimes(opts.regime, opts.with);
        const comparison = compareRegimes(subject.incident, regimes);
        print(
          opts.json ? JSON.stringify(comparison, null, 2) : renderComparison(subject.incident, comparison),
        );
      });
  },
};
