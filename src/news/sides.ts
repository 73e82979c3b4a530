import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { issueSchema, positionSchema } from '../negotiation/model.js';
import type { NewsIssue } from './issues.js';

/**
 * The side each party of the bundled negotiation has documented on each issue: for or against
 * the change (an option other than the status quo), from its recorded positions. A stance on the
 * status quo counts the other way ("supports" keeping qualified immunity opposes the change).
 * `general` (enacting a bill at all) is a side only of a party whose every issue is on one side: a
 * negotiator for some changes and against others still wants a bill of his own. Read only as a prior, where a quotation is
 * evaluative but its words do not say which way (see stance.ts).
 */
export type Side = 'supports change' | 'opposes change';

const WEIGHT = { 'red-line-for': 2, supports: 1, accepts: 0.5, opposes: -1, 'red-line-against': -2 } as const;

let bundled: ReadonlyMap<string, ReadonlyMap<NewsIssue, Side>> | null = null;

/** The documented sides of the bundled negotiation's parties, by party id and issue. */
export function documentedSides(): ReadonlyMap<string, ReadonlyMap<NewsIssue, Side>> {
  if (bundled === null) {
    const file = new URL('../../data/negotiation/us-2020-2022.yaml', import.meta.url);
    const raw = parseYaml(readFileSync(file, 'utf8')) as { issues?: unknown; positions?: unknown };
    const issues = issueSchema.array().parse(raw.issues);
    const positions = positionSchema.array().parse(raw.positions);
    const statusQuo = new Set(
      issues.flatMap((i) =>
        i.options.filter((o) => /-0$|status quo/i.test(`${o.id} ${o.title}`)).map((o) => o.id),
      ),
    );
    const scores = new Map<string, Map<NewsIssue, number>>();
    for (const p of positions) {
      const weight = WEIGHT[p.stance] * (statusQuo.has(p.option) ? -1 : 1);
      const byIssue = scores.get(p.party) ?? new Map<NewsIssue, number>();
      byIssue.set(p.issue, (byIssue.get(p.issue) ?? 0) + weight);
      scores.set(p.party, byIssue);
    }
    const sides = new Map<string, Map<NewsIssue, Side>>();
    for (const [party, byIssue] of scores) {
      const side = new Map<NewsIssue, Side>();
      for (const [issue, score] of byIssue)
        if (score !== 0) side.set(issue, score > 0 ? 'supports change' : 'opposes change');
      const all = new Set(side.values());
      if (all.size === 1) side.set('general', [...all][0] as Side);
      sides.set(party, side);
    }
    bundled = sides;
  }
  return bundled;
}

/** The documented side of a party on an issue (its general side when it has none there), or null. */
export function documentedSide(party: string | null, issue: NewsIssue): Side | null {
  if (party === null) return null;
  const sides = documentedSides().get(party);
  return sides?.get(issue) ?? sides?.get('general') ?? null;
}
