import { createHash } from 'node:crypto';
import { refsOf } from './expr.js';
import type { Definition, InForce, Rule } from './rule.js';

/**
 * A change to a body of rules, as a reform makes it: it adds exceptions under the definition it
 * amends, replaces a rule, or defines something new. It never edits a rule in place.
 */
export type Patch =
  | { readonly op: 'add'; readonly definition: string; readonly rule: Rule }
  | {
      readonly op: 'replace';
      readonly definition: string;
      readonly target: string;
      readonly rule: Omit<Rule, 'priority'>;
    }
  | { readonly op: 'define'; readonly definition: Definition };

/** A named set of patches with its citation and dates: a provision, a bill, a state law. */
export interface Overlay {
  readonly id: string;
  readonly title: string;
  readonly cite: string;
  /** Applies to every rule of the overlay that has no dates of its own. */
  readonly inForce?: InForce;
  readonly unconfirmed?: string;
  readonly patches: readonly Patch[];
}

export interface Regime {
  readonly id: string;
  readonly title: string;
  /** A proposal evaluated as if in force on the incident date. */
  readonly hypothetical: boolean;
  readonly definitions: ReadonlyMap<string, Definition>;
  /** The definitions the overlays were applied to. */
  readonly baseline: readonly Definition[];
  /** Definitions in dependency order: each after every definition it refers to. */
  readonly order: readonly string[];
  readonly overlays: readonly Overlay[];
  /** sha256 of the regime's content: equal hashes mean identical law. */
  readonly hash: string;
}

export class RegimeBuildError extends Error {
  constructor(
    readonly regime: string,
    readonly problems: readonly string[],
  ) {
    super(`regime ${regime} cannot be built:\n- ${problems.join('\n- ')}`);
    this.name = 'RegimeBuildError';
  }
}

export interface RegimeSpec {
  readonly id: string;
  readonly title: string;
  readonly hypothetical?: boolean;
  readonly baseline: readonly Definition[];
  readonly overlays?: readonly Overlay[];
}

const origin = (r: Rule) => (r.provision ? `provision ${r.provision}` : 'the baseline');

/**
 * Builds a regime from a baseline and overlays. The result does not depend on the order the
 * overlays are listed in; two overlays that change the same rule, or add rules of the same
 * priority to the same definition, are an error naming both.
 */
export function buildRegime(spec: RegimeSpec): Regime {
  const problems: string[] = [];
  const defs = new Map<string, { def: Definition; rules: Rule[] }>();
  for (const def of spec.baseline) {
    if (defs.has(def.id)) problems.push(`definition ${def.id} is defined twice in the baseline`);
    defs.set(def.id, { def, rules: [...def.rules] });
  }
  const overlays = [...(spec.overlays ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const definedBy = new Map<string, string>();
  const replacedBy = new Map<string, string>();

  const stamp = (
    rule: Omit<Rule, 'priority'> & { priority?: number },
    overlay: Overlay,
    priority: number,
  ): Rule => {
    const inForce = rule.inForce ?? overlay.inForce;
    const unconfirmed = rule.unconfirmed ?? overlay.unconfirmed;
    return {
      ...rule,
      priority,
      provision: overlay.id,
      ...(inForce ? { inForce } : {}),
      ...(unconfirmed ? { unconfirmed } : {}),
    };
  };

  // New definitions first, so that overlays may amend what another overlay defines.
  for (const overlay of overlays) {
    for (const patch of overlay.patches) {
      if (patch.op !== 'define') continue;
      const id = patch.definition.id;
      if (defs.has(id)) {
        const other = definedBy.get(id);
        problems.push(
          `definition ${id} is defined by provision ${overlay.id} and by ${other ? `provision ${other}` : 'the baseline'}`,
        );
        continue;
      }
      definedBy.set(id, overlay.id);
      defs.set(id, {
        def: patch.definition,
        // A definition a provision introduces is reached only through the rules the provision adds
        // elsewhere, which carry its dates; its own rules keep only their own dates.
        rules: patch.definition.rules.map((r) => ({ ...stamp(r, overlay, r.priority), inForce: r.inForce })),
      });
    }
  }
  // Then the added rules, then the replacements: a replacement may target a rule another
  // provision added, or another provision's replacement (an amendment of an amendment), whatever
  // the order of the provisions' ids, so replacements are applied until none is left that can be.
  type Replacement = { overlay: Overlay; patch: Extract<Patch, { op: 'replace' }> };
  let pending: Replacement[] = [];
  for (const overlay of overlays) {
    for (const patch of overlay.patches) {
      if (patch.op === 'define') continue;
      const entry = defs.get(patch.definition);
      if (!entry) {
        problems.push(`provision ${overlay.id} amends ${patch.definition}, which the regime does not define`);
        continue;
      }
      if (patch.op === 'add') entry.rules.push(stamp(patch.rule, overlay, patch.rule.priority));
      else pending.push({ overlay, patch });
    }
  }
  for (let progress = true; progress && pending.length > 0; ) {
    progress = false;
    const later: Replacement[] = [];
    for (const item of pending) {
      const { overlay, patch } = item;
      const entry = defs.get(patch.definition) as { rules: Rule[] };
      const target = entry.rules.find((r) => r.id === patch.target);
      if (!target) {
        later.push(item);
        continue;
      }
      progress = true;
      const earlier = replacedBy.get(patch.target);
      if (earlier) {
        problems.push(
          `rule ${patch.target} is replaced by both provision ${earlier} and provision ${overlay.id}; ` +
            'one must amend the other (give it a priority) for the regime to be defined',
        );
        continue;
      }
      replacedBy.set(patch.target, overlay.id);
      entry.rules.push(stamp({ ...patch.rule, replaces: patch.target }, overlay, target.priority));
    }
    pending = later;
  }
  for (const { overlay, patch } of pending) {
    problems.push(
      `provision ${overlay.id} replaces rule ${patch.target}, which ${patch.definition} does not have`,
    );
  }

  const ruleIds = new Map<string, string>();
  const definitions = new Map<string, Definition>();
  for (const [id, { def, rules }] of defs) {
    // A replacement stands in its target's slot, just before it; a replacement of a replacement
    // before that. Rules of one replacement chain share a root; different roots must not tie.
    const byId = new Map(rules.map((r) => [r.id, r]));
    const rootOf = (r: Rule): Rule => {
      let cur = r;
      for (let n = 0; cur.replaces && n < rules.length; n++) cur = byId.get(cur.replaces) ?? cur;
      return cur;
    };
    const depthOf = (r: Rule): number => {
      let depth = 0;
      for (let cur = r; cur.replaces && depth < rules.length; depth++) cur = byId.get(cur.replaces) ?? cur;
      return depth;
    };
    rules.sort((a, b) => {
      if (a.priority !== b.priority) return b.priority - a.priority;
      const ra = rootOf(a).id;
      const rb = rootOf(b).id;
      if (ra !== rb) return ra < rb ? -1 : 1;
      return depthOf(b) - depthOf(a);
    });
    for (let i = 1; i < rules.length; i++) {
      const a = rules[i - 1] as Rule;
      const b = rules[i] as Rule;
      if (a.priority === b.priority && rootOf(a) !== rootOf(b)) {
        problems.push(
          `conflicting rules for ${id}: ${a.id} (${origin(a)}) and ${b.id} (${origin(b)}) have the same priority ${a.priority}; ` +
            'give one a higher priority to say which prevails',
        );
      }
    }
    for (const r of rules) {
      const other = ruleIds.get(r.id);
      if (other !== undefined) problems.push(`rule id ${r.id} is used twice (in ${other} and ${id})`);
      ruleIds.set(r.id, id);
    }
    // A default replaced (directly or through an amendment of its replacement) by a conditional
    // rule is no default while the replacement is in force.
    const hasDefault = rules.some(
      (r) =>
        r.when === undefined &&
        r.inForce === undefined &&
        r.replaces === undefined &&
        !rules.some((s) => s !== r && rootOf(s) === r && s.when !== undefined),
    );
    if (!hasDefault && def.otherwise === undefined) {
      problems.push(
        `definition ${id} has no default: add a rule without condition or dates, or an 'otherwise' value`,
      );
    }
    definitions.set(id, { ...def, rules });
  }

  // References must resolve, and the definitions must form no cycle.
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]) => {
    const s = state.get(id);
    if (s === 'done') return;
    if (s === 'visiting') {
      problems.push(`definitions refer to each other in a cycle: ${[...path, id].join(' -> ')}`);
      return;
    }
    state.set(id, 'visiting');
    const def = definitions.get(id) as Definition;
    for (const r of def.rules) {
      const deps = refsOf(r.then);
      if (r.when) refsOf(r.when, deps);
      for (const dep of deps) {
        if (!definitions.has(dep))
          problems.push(`rule ${r.id} refers to ${dep}, which the regime does not define`);
        else visit(dep, [...path, id]);
      }
    }
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of [...definitions.keys()].sort()) visit(id, []);

  if (problems.length > 0) throw new RegimeBuildError(spec.id, problems);

  const content = order.map((id) => definitions.get(id));
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  return {
    id: spec.id,
    title: spec.title,
    hypothetical: spec.hypothetical ?? false,
    definitions,
    baseline: spec.baseline,
    order,
    overlays,
    hash,
  };
}

/**
 * The regime's baseline under other overlays, with the same title and standing: what a regime
 * would be with provisions added or taken away (to compare regimes, or attribute their effects).
 */
export function withOverlays(regime: Regime, id: string, overlays: readonly Overlay[]): Regime {
  return buildRegime({
    id,
    title: regime.title,
    hypothetical: regime.hypothetical,
    baseline: regime.baseline,
    overlays,
  });
}

/**
 * Every date on which some rule of the regime comes into or goes out of force, sorted: the dates
 * that cut time into the segments within which the same rules apply.
 */
export function changeDates(regime: Regime): string[] {
  const dates = new Set<string>();
  for (const def of regime.definitions.values())
    for (const rule of def.rules) {
      if (rule.inForce?.from !== undefined) dates.add(rule.inForce.from);
      if (rule.inForce?.until !== undefined) dates.add(rule.inForce.until);
    }
  return [...dates].sort();
}
