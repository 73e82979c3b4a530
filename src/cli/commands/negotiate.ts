import { readFileSync } from 'node:fs';
import { loadAgencyParameters, loadParameters } from '../../analysis/index.js';
import type { Incident } from '../../law/index.js';
import {
  NegotiationError,
  negotiationReport,
  parseNegotiation,
  renderReport,
  renderTimeline,
  syntheticSample,
  TIMELINE_FROM,
  TIMELINE_TO,
  timelineReport,
} from '../../negotiation/index.js';
import { BUNDLED_CASES, BUNDLED_NEGOTIATION, BUNDLED_PARAMETERS } from '../bundled.js';
import { type CliCommand, printTo } from '../command.js';
import { UsageError } from '../errors.js';
import { loadCases } from '../impact-command.js';

export interface NegotiateOptions {
  readonly asOf: string;
  readonly timeline?: boolean;
  readonly json?: boolean;
  readonly file?: string;
  readonly cases?: string;
  readonly parameters?: string;
  readonly synthetic: string;
  readonly agencies: string;
  readonly limit: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function count(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`${flag}: expected a whole number of at least ${min}, got "${value}"`);
  return n;
}

/** `recourse negotiate`: the deal space on a date, or how it moved (`--timeline`). */
export function negotiate(opts: NegotiateOptions): string {
  if (!DATE.test(opts.asOf) || Number.isNaN(Date.parse(opts.asOf)))
    throw new UsageError(`--as-of: expected a date YYYY-MM-DD, got "${opts.asOf}"`);
  const limit = count('--limit', opts.limit, 0);
  const n = count('--synthetic', opts.synthetic, 0);
  const agencies = count('--agencies', opts.agencies, 0);
  const file = opts.file ?? BUNDLED_NEGOTIATION;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`--file: cannot read "${file}"`);
  }
  let negotiation: ReturnType<typeof parseNegotiation>;
  try {
    negotiation = parseNegotiation(text, file);
  } catch (e) {
    if (e instanceof NegotiationError)
      throw new UsageError(
        `${file}: not a usable negotiation`,
        e.errors.map((x) => `${x.path || '(document)'}: ${x.message}`),
      );
    throw e;
  }
  if (opts.timeline) {
    const t = timelineReport(negotiation, TIMELINE_FROM, TIMELINE_TO);
    return opts.json ? JSON.stringify(t, null, 2) : renderTimeline(t);
  }
  const corpus: Incident[] = [];
  for (const c of loadCases(opts.cases ?? BUNDLED_CASES)) {
    if ('error' in c) throw new UsageError(`--cases: ${c.file}: ${c.error}`);
    corpus.push(c.incident);
  }
  let parameters: ReturnType<typeof loadParameters>;
  let agencyParameters: ReturnType<typeof loadAgencyParameters> | null;
  try {
    parameters = loadParameters(opts.parameters ?? BUNDLED_PARAMETERS);
    agencyParameters = agencies > 0 ? loadAgencyParameters(opts.parameters ?? BUNDLED_PARAMETERS) : null;
  } catch (e) {
    throw new UsageError(`--parameters: ${e instanceof Error ? e.message : String(e)}`);
  }
  const report = negotiationReport({
    negotiation,
    corpus,
    synthetic: syntheticSample(parameters, n),
    ...(agencyParameters ? { agencies: { parameters: agencyParameters, agencies } } : {}),
    asOf: opts.asOf,
    limit,
  });
  return opts.json ? JSON.stringify(report, null, 2) : renderReport(report);
}

/** `recourse negotiate`, listed in COMMANDS. */
export const negotiateCommand: CliCommand = {
  name: 'negotiate',
  register(program, io) {
    program
      .command('negotiate')
      .description(
        'The 2020-2021 negotiation: the packages the red lines in force allow, their Pareto frontier and effects, or the blocking sets',
      )
      .option('--as-of <date>', 'the date of the positions in force (YYYY-MM-DD)', '2021-09-22')
      .option('--timeline', `how feasibility and the blocking sets moved, ${TIMELINE_FROM} to ${TIMELINE_TO}`)
      .option('--json', 'print as JSON')
      .option('--file <file>', 'the negotiation (default: the 2020-2022 negotiation bundled with Recourse)')
      .option('--cases <dir>', 'the cases corpus (default: the cases bundled with Recourse)')
      .option(
        '--parameters <dir>',
        "the synthetic population's parameter files (default: those bundled with Recourse)",
      )
      .option('--synthetic <n>', 'synthetic incidents to measure each package on', '2000')
      .option(
        '--agencies <n>',
        "synthetic agencies to measure each package's agency provisions on (0: not measured)",
        '2000',
      )
      .option('--limit <n>', 'packages of the frontier to list', '20')
      .action((opts: NegotiateOptions) => {
        printTo(io)(negotiate(opts));
      });
  },
};
