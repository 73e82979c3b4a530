import { listRules } from '../../engine/index.js';
import { REGIMES } from '../../law/index.js';
import { type CliCommand, printTo } from '../command.js';

/** `recourse regimes`: every regime and every rule, with its citation, text and dates. */
export const regimesCommand: CliCommand = {
  name: 'regimes',
  register(program, io) {
    program
      .command('regimes')
      .description('List the regimes and every rule with its citation, text and dates')
      .option('--json', 'print as JSON')
      .action((opts: { json?: boolean }) => {
        const print = printTo(io);
        const all = [...REGIMES.values()];
        if (opts.json) {
          const listed = all.map((r) => ({
            id: r.id,
            title: r.title,
            hypothetical: r.hypothetical,
            hash: r.hash,
            rules: listRules(r),
          }));
          print(JSON.stringify(listed, null, 2));
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
  },
};
