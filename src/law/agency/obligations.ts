import {
  type Definition,
  definition,
  type Expr,
  eq,
  fact,
  isTrue,
  oneOf,
  or,
  type Rule,
  value,
} from '../../engine/index.js';

/**
 * What a regime asks of a police agency, as definitions of the same kernel as the incident law.
 * For each row of the side-by-side (ROWS) there are two definitions:
 * - `agency.<row>.binds`: how the regime binds this agency on the row ('none' when it does not):
 *   MECHANISMS below. The rule that decides it carries, in its tags, the row, the grants the
 *   obligation puts at risk and the kind of loss, and the percentage where LAW.md gives one.
 * - `agency.<row>.met`: whether the agency meets it (true / false / unknown with the facts needed);
 *   'not-applicable' where there is nothing to meet (a crime, a grant offered).
 * Where a bill is silent on a row, its module says so in NotAddressed, never by omission.
 */

/** The rows of the side-by-side of the two bills (issue 13, point 3), plus § 242. */
export const ROWS = [
  'use-of-force-data',
  'stop-and-frisk-data',
  'racial-profiling',
  'misconduct-records',
  'body-cameras',
  'duty-to-intervene',
  'military-equipment',
  'accreditation',
  'independent-investigations',
  'state-ag-pattern-or-practice',
  'false-report-crime',
  'custodial-sexual-act-crime',
  'federal-deadly-force-standard',
  'no-knock',
  'chokehold',
  'section-242-standard',
] as const;
export type Row = (typeof ROWS)[number];

export const ROW_TITLES: Readonly<Record<Row, string>> = {
  'use-of-force-data': 'use-of-force data',
  'stop-and-frisk-data': 'stop and frisk data',
  'racial-profiling': 'racial-profiling ban',
  'misconduct-records': 'misconduct registry / disciplinary records and pre-hire checks',
  'body-cameras': 'body cameras',
  'duty-to-intervene': 'duty to intervene and training',
  'military-equipment': 'military equipment (1033)',
  accreditation: 'accreditation standards',
  'independent-investigations': 'independent-investigation grants',
  'state-ag-pattern-or-practice': 'state attorney-general pattern-or-practice grants',
  'false-report-crime': 'falsified police reports (federal crime)',
  'custodial-sexual-act-crime': 'sexual acts with persons in custody (federal crime)',
  'federal-deadly-force-standard': 'deadly-force standard for federal officers',
  'no-knock': 'no-knock warrants: reporting and conditions',
  chokehold: 'chokeholds and carotid holds',
  'section-242-standard': '18 U.S.C. 242: the mental state for a federal prosecution',
};

/**
 * How an obligation binds: a law that binds the agency or its officers directly; a condition on a
 * grant it receives; a duty to report; a grant its state may apply for; a federal crime reaching
 * its officers; or 'unconfirmed' where the bill addresses the row but how it binds an agency is
 * UNCONFIRMED in the sources.
 */
export const MECHANISMS = [
  'law',
  'grant-condition',
  'reporting-duty',
  'grant-eligibility',
  'crime',
  'unconfirmed',
] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/**
 * Which loss an unmet condition brings: ineligible for the year; reduced by a percentage (the
 * percentage only where LAW.md gives one); conditioned on credentials; 'unconfirmed' where the
 * sources tie the grant to the duty but give no form of loss; 'none'.
 */
export const LOSSES = [
  'ineligible-for-year',
  'reduced-by-percentage',
  'conditioned-on-credentialing',
  'unconfirmed',
  'none',
] as const;
export type Loss = (typeof LOSSES)[number];

export const GRANTS = ['byrne-jag', 'cops', 'doj-discretionary', 'other-federal-funds'] as const;
export type Grant = (typeof GRANTS)[number];

export const bindsId = (row: Row) => `agency.${row}.binds`;
export const metId = (row: Row) => `agency.${row}.met`;

/** Every agency definition's id: each row's `binds` and `met`. */
export const AGENCY_DEFINITIONS_SET: ReadonlySet<string> = new Set(
  ROWS.flatMap((row) => [bindsId(row), metId(row)]),
);

/** The baseline: no obligation on any row until a law or a bill adds one. */
export const agencyBaseline: readonly Definition[] = ROWS.flatMap((row) => [
  definition(bindsId(row), `How the regime binds the agency on ${ROW_TITLES[row]}`, [], {
    otherwise: 'none',
  }),
  definition(metId(row), `Whether the agency meets what the regime asks on ${ROW_TITLES[row]}`, [], {
    otherwise: 'not-applicable',
  }),
]);

/** What a bill says nothing about, with why we say so. */
export interface NotAddressed {
  readonly row: Row;
  readonly note: string;
}

export const NON_FEDERAL: Expr = oneOf(fact('agency.kind'), [
  'local-police',
  'sheriff',
  'state-police',
  'tribal',
  'other',
]);
export const FEDERAL: Expr = eq(fact('agency.kind'), 'federal');
export const GETS_JAG: Expr = oneOf(fact('grants.byrneJag'), ['direct', 'state-subgrant']);
export const GETS_COPS: Expr = isTrue('grants.cops');
export const GETS_JAG_OR_COPS: Expr = or(GETS_JAG, GETS_COPS);

/** The tags of a binding rule: its row, and what an unmet obligation costs. */
export function tags(
  row: Row,
  o: { loss?: Loss; grants?: readonly Grant[]; percent?: number; later?: number },
): Record<string, string> {
  return {
    row,
    loss: o.loss ?? 'none',
    grants: (o.grants ?? []).join(','),
    ...(o.percent === undefined ? {} : { percent: String(o.percent) }),
    ...(o.later === undefined ? {} : { laterPercent: String(o.later) }),
  };
}

type RuleSpec = Omit<Rule, 'priority' | 'tags'> & { priority: number; tags?: Record<string, string> };

/** A patch adding a binding rule for a row. */
export const binds = (row: Row, rule: RuleSpec) =>
  ({ op: 'add', definition: bindsId(row), rule: { ...rule, tags: { row, ...(rule.tags ?? {}) } } }) as const;
/** A patch adding a rule saying whether the agency meets a row's obligation. */
export const meets = (row: Row, rule: RuleSpec) => ({ op: 'add', definition: metId(row), rule }) as const;

/** Any agency, federal or not (the kinds of the profile format). */
export const ANY_AGENCY: Expr = or(NON_FEDERAL, FEDERAL);

/** What an unmet obligation costs: the `tags` of its binding rule. */
export type Cost = Parameters<typeof tags>[1];

/** The binding rule of a row's obligation: its mechanism and, when unmet, its cost. */
export interface BindingSpec {
  readonly id: string;
  readonly cite: string;
  readonly text: string;
  readonly mechanism: Mechanism;
  readonly cost?: Cost;
  readonly unconfirmed?: string;
  readonly sources: readonly string[];
}

/** The rule saying whether the agency meets a row's obligation: `test` on its facts. */
export interface MeetingSpec {
  readonly id: string;
  /** Default: the binding rule's citation. */
  readonly cite?: string;
  readonly text: string;
  readonly test: Expr;
  /** Default: where the binding rule applies. */
  readonly when?: Expr;
  /** Default: the binding rule's priority. */
  readonly priority?: number;
  readonly sources: readonly string[];
}

/** A patch adding a row's binding rule: the regime binds the agency by `mechanism` where `when` holds. */
export function bindsBy(row: Row, when: Expr, priority: number, b: BindingSpec) {
  return binds(row, {
    id: b.id,
    cite: b.cite,
    text: b.text,
    when,
    then: value(b.mechanism),
    priority,
    tags: tags(row, b.cost ?? {}),
    ...(b.unconfirmed === undefined ? {} : { unconfirmed: b.unconfirmed }),
    sources: b.sources,
  });
}

/**
 * A row's obligation as the pair of rules the bills share: how the regime binds the agency where
 * `when` holds, and whether the agency meets it (by default under the same condition, priority and
 * citation).
 */
export function obligation(
  row: Row,
  o: {
    readonly when: Expr;
    readonly priority?: number;
    readonly binds: BindingSpec;
    readonly met: MeetingSpec;
  },
) {
  const priority = o.priority ?? 400;
  return [
    bindsBy(row, o.when, priority, o.binds),
    meets(row, {
      id: o.met.id,
      cite: o.met.cite ?? o.binds.cite,
      text: o.met.text,
      when: o.met.when ?? o.when,
      then: o.met.test,
      priority: o.met.priority ?? priority,
      sources: o.met.sources,
    }),
  ] as const;
}
