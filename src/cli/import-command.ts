import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { withStore } from './with-store.js';

/**
 * `recourse import FILE`: reads an export back into the store, in one transaction: everything,
 * or (on any bad item, or one that differs from what the store holds under its id) nothing.
 * Items already there, identical, are left as they are.
 */
export function registerImport(program: Command, io: Io): void {
  program
    .command('import')
    .description('Import an export (from `recourse export`): all of it, or nothing')
    .argument('<file>', 'the JSON file')
    .action((file: string) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new UsageError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      }
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        throw new UsageError(`${file}: not valid JSON: ${(e as Error).message}`);
      }
      return withStore(async (store) => {
        const n = await store.importAll(data);
        io.stdout.write(
          `imported ${n.scenarios} scenarios, ${n.cases} cases, ${n.regimes} regimes, ${n.articles} articles, ${n.positions} positions; ${n.unchanged} already there unchanged\n`,
        );
      }, file);
    });
}
