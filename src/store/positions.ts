import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { describeValue } from '../law/index.js';
import { type Negotiation, parseNegotiation, positionSchema } from '../negotiation/index.js';
import type { Db } from './backends.js';
import { StoreError } from './errors.js';
import { shortId } from './ids.js';
import type { PositionFilter, Positions, StoredPosition } from './index.js';
import * as schema from './schema.js';
import { isRecord, joinPath, type Problem } from './validate.js';

/**
 * The users' positions (`store.positions`): the negotiation model's `Position`, checked with its
 * zod schema and against the negotiation it belongs to (its parties, issues and options), plus
 * the stored news quotations it cites. Evidence is required on every change: a new position
 * carries at least one piece, and an edit at least one piece the position did not have.
 */

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const BUNDLED_NEGOTIATION = fileURLToPath(
  new URL('../../data/negotiation/us-2020-2022.yaml', import.meta.url),
);

let bundled: Negotiation | undefined;
/** The bundled negotiation (data/negotiation), read once. */
export function bundledNegotiation(): Negotiation {
  bundled ??= parseNegotiation(readFileSync(BUNDLED_NEGOTIATION, 'utf8'), BUNDLED_NEGOTIATION);
  return bundled;
}

/** A position as checked, ready to write. */
export interface CheckedPosition extends Omit<StoredPosition, 'id' | 'createdAt' | 'updatedAt'> {}

const QUOTATION_ID = /^[A-Za-z0-9_-]{1,64}$/;
const EVIDENCE_EXPECTED =
  'expected a list of at least one piece of evidence, each { speaker, quote or paraphrase, url or sourceNote, date }';

/**
 * Checks a position (the negotiation model's `Position` plus `quotationIds`), naming every bad
 * field by its path under `at`; does not look at the database (the quotations are checked there).
 */
export function checkPosition(input: unknown, negotiation: Negotiation, at = ''): CheckedPosition {
  if (!isRecord(input))
    throw new StoreError('invalid', [
      { path: at, message: `expected a position object, got ${describeValue(input)}` },
    ]);
  const { quotationIds, ...position } = input;
  const problems: Problem[] = [];
  if (position.evidence === undefined || (Array.isArray(position.evidence) && position.evidence.length === 0))
    problems.push({ path: joinPath(at, 'evidence'), message: `required: ${EVIDENCE_EXPECTED}` });
  const parsed = positionSchema.safeParse(position);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = joinPath(at, issue.path.join('.'));
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push({ path: joinPath(path, key), message: 'unknown field' });
      } else if (!(issue.path[0] === 'evidence' && issue.path.length === 1 && problems.length > 0)) {
        problems.push({
          path,
          message:
            issue.path.length === 1 && issue.path[0] === 'evidence' ? EVIDENCE_EXPECTED : issue.message,
        });
      }
    }
  }
  // A source is a web page: any other scheme (javascript:, data:, file:) is refused.
  if (Array.isArray(position.evidence))
    position.evidence.forEach((e, i) => {
      const path = joinPath(at, `evidence.${i}.url`);
      if (
        isRecord(e) &&
        typeof e.url === 'string' &&
        !/^https?:\/\//i.test(e.url) &&
        !problems.some((p) => p.path === path)
      )
        problems.push({
          path,
          message: `expected an http:// or https:// URL, got ${describeValue(e.url)}`,
        });
    });
  const ids: string[] = [];
  if (quotationIds !== undefined && quotationIds !== null) {
    if (!Array.isArray(quotationIds)) {
      problems.push({
        path: joinPath(at, 'quotationIds'),
        message: `expected a list of quotation ids, got ${describeValue(quotationIds)}`,
      });
    } else {
      quotationIds.forEach((q, i) => {
        const path = `${joinPath(at, 'quotationIds')}.${i}`;
        if (typeof q !== 'string' || !QUOTATION_ID.test(q))
          problems.push({ path, message: `expected a quotation id, got ${describeValue(q)}` });
        else if (ids.includes(q)) problems.push({ path, message: `"${q}" is listed twice` });
        else ids.push(q);
      });
    }
  }
  // Against the negotiation, whatever else is wrong: a party, issue or option it does not have.
  const { party, issue: issueId, option } = position;
  if (typeof party === 'string' && !negotiation.parties.some((x) => x.id === party))
    problems.push({
      path: joinPath(at, 'party'),
      message: `unknown party ${describeValue(party)}; expected one of ${negotiation.parties.map((x) => x.id).join(', ')}`,
    });
  const issue = negotiation.issues.find((x) => x.id === issueId);
  if (typeof issueId === 'string' && !issue && !problems.some((p) => p.path === joinPath(at, 'issue')))
    problems.push({ path: joinPath(at, 'issue'), message: `issue ${issueId} has no options here` });
  else if (issue && typeof option === 'string' && !issue.options.some((o) => o.id === option))
    problems.push({
      path: joinPath(at, 'option'),
      message: `unknown option ${describeValue(option)} of ${issue.id}; expected one of ${issue.options.map((o) => o.id).join(', ')}`,
    });
  if (problems.length > 0 || !parsed.success) throw new StoreError('invalid', problems);
  return { ...parsed.data, quotationIds: ids };
}

/** Refuses quotation ids the store does not have (path `quotationIds.N` under `at`). */
export async function checkQuotations(tx: Tx, ids: readonly string[], at = ''): Promise<void> {
  if (ids.length === 0) return;
  const found = new Set(
    (
      await tx
        .select({ id: schema.quotations.id })
        .from(schema.quotations)
        .where(inArray(schema.quotations.id, [...ids]))
    ).map((r) => r.id),
  );
  const problems = ids.flatMap((id, i) =>
    found.has(id)
      ? []
      : [{ path: `${joinPath(at, 'quotationIds')}.${i}`, message: `no stored quotation "${id}"` }],
  );
  if (problems.length > 0) throw new StoreError('invalid', problems);
}

/** Key of a piece of evidence, whatever the order of its fields. */
const evidenceKey = (e: object) =>
  JSON.stringify(
    Object.keys(e)
      .sort()
      .map((k) => [k, (e as Record<string, unknown>)[k]]),
  );

type Row = typeof schema.positions.$inferSelect;

function toPosition(row: Row, quotationIds: string[]): StoredPosition {
  return {
    id: row.id,
    party: row.party,
    issue: row.issue as StoredPosition['issue'],
    option: row.option,
    stance: row.stance as StoredPosition['stance'],
    date: row.date,
    dateInferred: row.dateInferred,
    ...(row.dateAsGiven === null ? {} : { dateAsGiven: row.dateAsGiven }),
    evidence: row.evidence,
    quotationIds,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The rows with their quotation ids, in the order of `rows`. */
export async function withQuotations(tx: Tx | Db, rows: readonly Row[]): Promise<StoredPosition[]> {
  const links = new Map<string, string[]>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 1000) {
    const found = await tx
      .select()
      .from(schema.positionQuotations)
      .where(inArray(schema.positionQuotations.positionId, ids.slice(i, i + 1000)))
      .orderBy(asc(schema.positionQuotations.positionId), asc(schema.positionQuotations.ord));
    for (const l of found) {
      const list = links.get(l.positionId) ?? [];
      list.push(l.quotationId);
      links.set(l.positionId, list);
    }
  }
  return rows.map((r) => toPosition(r, links.get(r.id) ?? []));
}

function columns(p: CheckedPosition) {
  return {
    party: p.party,
    issue: p.issue,
    option: p.option,
    stance: p.stance,
    date: p.date,
    dateInferred: p.dateInferred,
    dateAsGiven: p.dateAsGiven ?? null,
    evidence: p.evidence,
  };
}

/** Writes a position's rows (a new one, or an imported one with its id and times). */
export async function insertPosition(
  tx: Tx,
  id: string,
  p: CheckedPosition,
  createdAt: Date,
  updatedAt: Date,
): Promise<boolean> {
  const [row] = await tx
    .insert(schema.positions)
    .values({ id, ...columns(p), createdAt, updatedAt })
    .onConflictDoNothing()
    .returning({ id: schema.positions.id });
  if (!row) return false;
  if (p.quotationIds.length > 0)
    await tx
      .insert(schema.positionQuotations)
      .values(p.quotationIds.map((quotationId, ord) => ({ positionId: id, quotationId, ord })));
  return true;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function positionsCollection(db: Db, negotiation: () => Negotiation): Positions {
  async function read(tx: Tx | Db, id: string): Promise<StoredPosition | null> {
    const rows = await tx.select().from(schema.positions).where(eq(schema.positions.id, id));
    return (await withQuotations(tx, rows))[0] ?? null;
  }
  return {
    async create(input) {
      const p = checkPosition(input, negotiation());
      return db.transaction(async (tx) => {
        await checkQuotations(tx, p.quotationIds);
        const now = new Date();
        for (;;) {
          const id = shortId();
          if (await insertPosition(tx, id, p, now, now)) return (await read(tx, id)) as StoredPosition;
        }
      });
    },
    async update(id, input) {
      const p = checkPosition(input, negotiation());
      return db.transaction(async (tx) => {
        const [old] = await tx
          .select()
          .from(schema.positions)
          .where(eq(schema.positions.id, id))
          .for('update');
        if (!old) return null;
        const had = new Set(old.evidence.map(evidenceKey));
        if (p.evidence.every((e) => had.has(evidenceKey(e))))
          throw new StoreError('invalid', [
            {
              path: 'evidence',
              message:
                'an edit must carry new evidence: every piece given is already on the position; add the source for the change',
            },
          ]);
        await checkQuotations(tx, p.quotationIds);
        await tx
          .update(schema.positions)
          .set({ ...columns(p), updatedAt: new Date() })
          .where(eq(schema.positions.id, id));
        await tx.delete(schema.positionQuotations).where(eq(schema.positionQuotations.positionId, id));
        if (p.quotationIds.length > 0)
          await tx
            .insert(schema.positionQuotations)
            .values(p.quotationIds.map((quotationId, ord) => ({ positionId: id, quotationId, ord })));
        return read(tx, id);
      });
    },
    async get(id) {
      return read(db, id);
    },
    async list(filter: PositionFilter = {}) {
      const problems: Problem[] = [];
      if (filter.asOf !== undefined && !(typeof filter.asOf === 'string' && ISO_DATE.test(filter.asOf)))
        problems.push({
          path: 'asOf',
          message: `expected a date YYYY-MM-DD, got ${describeValue(filter.asOf)}`,
        });
      if (problems.length > 0) throw new StoreError('invalid', problems);
      const rows = await db
        .select()
        .from(schema.positions)
        .where(
          and(
            filter.party === undefined ? undefined : eq(schema.positions.party, filter.party),
            filter.issue === undefined ? undefined : eq(schema.positions.issue, filter.issue),
            filter.asOf === undefined ? undefined : lte(schema.positions.date, filter.asOf),
          ),
        )
        .orderBy(asc(schema.positions.date), asc(schema.positions.createdAt), asc(schema.positions.id));
      return withQuotations(db, rows);
    },
    async remove(id) {
      const rows = await db
        .delete(schema.positions)
        .where(eq(schema.positions.id, id))
        .returning({ id: schema.positions.id });
      return rows.length > 0;
    },
  };
}
