import type { Command } from 'commander';
import { writeFileAtomically } from './atomic-write.js';
import { withStore } from './with-store.js';

/**
 * `recourse export [--out FILE]`: everything users created (scenarios, their cases, their
 * regimes, their negotiation positions) as one JSON document, which `recourse import` reads back losslessly. Bundled cases and
 * tokens are not in it.
 */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Export everything users created as JSON (for `recourse import`)')
    .option('--out <file>', 'write to this file (whole or not at all) instead of stdout')
    .action((opts: { out?: string }) =>
      withStore(async (store) => {
        const text = `${JSON.stringify(await store.exportAll(), null, 2)}\n`;
        if (opts.out) writeFileAtomically(opts.out, text);
        else process.stdout.write(text);
      }),
    );
}
