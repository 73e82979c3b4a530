import type { Overlay, Patch } from '../../engine/index.js';
import { eo14074Agency } from '../federal/agency.js';

/**
 * The `eo-14074` regime for agency profiles: what Executive Order 14074 required of federal
 * agencies, as if in force on the profile's date (it was in force May 25, 2022 - Jan. 19, 2025).
 * Each of its dated rules is replaced by the same rule without dates.
 */
export const eo14074AgencyAsIfInForce: Overlay = {
  id: 'eo-14074-agency-as-if-in-force',
  title: 'Executive Order 14074, as if in force on the profile date: what it asks of federal agencies',
  cite: 'Executive Order 14074 (May 25, 2022)',
  patches: eo14074Agency.patches.map((p): Patch => {
    if (p.op !== 'add') return p;
    const { priority: _p, inForce: _d, ...rule } = p.rule;
    return {
      op: 'replace',
      definition: p.definition,
      target: p.rule.id,
      rule: { ...rule, id: `${p.rule.id}.as-if-in-force` },
    };
  }),
};
