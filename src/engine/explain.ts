import type { TraceNode } from './evaluate.js';
import { showExpr, type Value } from './expr.js';
import type { Regime } from './regime.js';
import type { Rule } from './rule.js';

const show = (v: Value | undefined) => (v === undefined ? 'unknown' : JSON.stringify(v));

function dates(rule: Rule): string {
  const f = rule.inForce;
  if (!f) return '';
  if (f.from && f.until) return ` [in force ${f.from} to ${f.until}]`;
  if (f.from) return ` [in force from ${f.from}]`;
  return f.until ? ` [in force until ${f.until}]` : '';
}

/**
 * A readable derivation tree: each definition with its value, the rule that decided it with
 * its citation and text, the facts read and the definitions it used. Built from the trace only.
 */
export function renderTrace(node: TraceNode, indent = ''): string {
  const lines: string[] = [];
  const head = `${indent}${node.definition} = ${show(node.value)}`;
  if (node.decidedBy) {
    const r = node.decidedBy;
    const how = node.value === undefined ? 'otherwise falls to' : 'by';
    lines.push(`${head}  ${how} ${r.id}${r.provision ? ` (provision ${r.provision})` : ''}${dates(r)}`);
    lines.push(`${indent}  cite: ${r.cite}`);
    lines.push(`${indent}  text: ${r.text}`);
    if (r.unconfirmed) lines.push(`${indent}  UNCONFIRMED: ${r.unconfirmed}`);
  } else {
    lines.push(`${head}${node.value === undefined ? '' : '  (no rule in force on the date)'}`);
  }
  const unknown = node.considered.filter((c) => c.condition === undefined).map((c) => c.rule.id);
  if (unknown.length > 0) lines.push(`${indent}  open: ${unknown.join(', ')} (condition unknown)`);
  if (node.needs.length > 0) lines.push(`${indent}  needs: ${node.needs.join(', ')}`);
  if (node.facts.length > 0) {
    lines.push(`${indent}  facts: ${node.facts.map((f) => `${f.path} = ${show(f.value)}`).join('; ')}`);
  }
  for (const child of node.children) lines.push(renderTrace(child, `${indent}    `));
  return lines.join('\n');
}

/** One line of documentation per rule of a regime. */
export interface RuleListing {
  readonly definition: string;
  readonly id: string;
  readonly cite: string;
  readonly text: string;
  readonly priority: number;
  readonly when: string | null;
  readonly then: string;
  readonly inForce: { from: string | null; until: string | null };
  readonly provision: string | null;
  readonly replaces: string | null;
  readonly unconfirmed: string | null;
  readonly sources: readonly string[];
}

export function listRules(regime: Regime): RuleListing[] {
  const out: RuleListing[] = [];
  for (const id of regime.order) {
    const def = regime.definitions.get(id);
    if (!def) continue;
    for (const r of def.rules) {
      out.push({
        definition: id,
        id: r.id,
        cite: r.cite,
        text: r.text,
        priority: r.priority,
        when: r.when ? showExpr(r.when) : null,
        then: showExpr(r.then),
        inForce: { from: r.inForce?.from ?? null, until: r.inForce?.until ?? null },
        provision: r.provision ?? null,
        replaces: r.replaces ?? null,
        unconfirmed: r.unconfirmed ?? null,
        sources: r.sources ?? [],
      });
    }
  }
  return out;
}
