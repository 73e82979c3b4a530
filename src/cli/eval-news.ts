#!/usr/bin/env node
import { evaluateFolder, NewsInputError, renderEvaluation } from '../news/index.js';
import { isEntryPoint } from './entry-point.js';
import { type Io, processIo } from './io.js';

/**
 * `npm run eval:news -- DIR [--json] [--check]`: scores news extraction against DIR/annotations.yaml
 * (and DIR/parties.yaml for the speakers' names when present): quotation precision and recall,
 * speaker, issue and stance accuracy, each against issue 15's threshold. Exit 0 once scored (with
 * --check: 1 when a threshold is not met), 2 on a bad folder or annotations.
 */
export function evalNews(argv: readonly string[], io: Io): number {
  const json = argv.includes('--json');
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json' && a !== '--check');
  const dirs = argv.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || dirs.length !== 1) {
    io.stderr.write(
      `eval:news: ${unknown.length > 0 ? `unknown option ${unknown[0]}` : 'expected one folder'}; usage: npm run eval:news -- DIR [--json] [--check]\n`,
    );
    return 2;
  }
  const dir = dirs[0] as string;
  let report: ReturnType<typeof evaluateFolder>;
  try {
    report = evaluateFolder(dir);
  } catch (e) {
    if (e instanceof NewsInputError) {
      io.stderr.write(`eval:news: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  io.stdout.write(`${json ? JSON.stringify(report, null, 2) : renderEvaluation(report)}\n`);
  return check && report.metrics.some((m) => !m.met) ? 1 : 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = evalNews(process.argv.slice(2), processIo());
