import { z } from 'zod';

/**
 * The negotiation's data model (issue 14): issues with their options, each option a set of
 * provisions of src/law; the parties; and their dated positions on options, each with evidence.
 */

/** The issues of the 2020-2021 talks, in the order of NEGOTIATION.md §3 (I1-I9). */
export const ISSUES = [
  'QI',
  'S242',
  'CHOKEHOLD',
  'NOKNOCK',
  'DATA',
  'PATTERN',
  'UOF',
  'MILEQUIP',
  'FUNDING',
] as const;
export type IssueId = (typeof ISSUES)[number];

/** The stance scale, from the most opposed to the most in favour. */
export const STANCES = ['red-line-against', 'opposes', 'accepts', 'supports', 'red-line-for'] as const;
export type Stance = (typeof STANCES)[number];

/** A stance as a number, for the parties' support of a package: red lines count double. */
export const STANCE_VALUE: Readonly<Record<Stance, number>> = {
  'red-line-against': -2,
  opposes: -1,
  accepts: 0,
  supports: 1,
  'red-line-for': 2,
};

export const isRedLine = (s: Stance) => s === 'red-line-against' || s === 'red-line-for';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'expected a real calendar date',
    },
  );

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'expected an id of letters, digits and hyphens');

export const optionSchema = z
  .object({
    id,
    title: z.string().min(1),
    /** Provision ids of src/law (PROVISIONS); empty for the law as it stands. */
    provisions: z.array(z.string()).default([]),
    /**
     * Agency provision ids of src/law/agency (AGENCY_PROVISIONS): what the option asks of police
     * agencies, measured on the synthetic agency population.
     */
    agencyProvisions: z.array(z.string()).default([]),
    /** Why the option, or part of it, has no provision in src/law: its effect is not measured. */
    unencoded: z.string().min(1).optional(),
  })
  .strict();
export type Option = z.infer<typeof optionSchema>;

export const issueSchema = z
  .object({
    id: z.enum(ISSUES),
    title: z.string().min(1),
    options: z.array(optionSchema).min(1),
  })
  .strict();
export type Issue = z.infer<typeof issueSchema>;

export const PARTY_KINDS = [
  'negotiator',
  'caucus',
  'police-organisation',
  'civil-rights-coalition',
  'executive',
] as const;

export const partySchema = z
  .object({
    id,
    name: z.string().min(1),
    kind: z.enum(PARTY_KINDS),
    role: z.string().optional(),
    /** The last day the party is at the table (e.g. an administration's last day). */
    until: isoDate.optional(),
  })
  .strict();
export type Party = z.infer<typeof partySchema>;

export const evidenceSchema = z
  .object({
    /** Who said it (a person, or the organisation for an unsigned statement). */
    speaker: z.string().min(1),
    /** A verbatim quote, at most a sentence; absent when the source is paraphrased. */
    quote: z.string().min(1).optional(),
    /** The paraphrase, or what the quote is about. */
    paraphrase: z.string().min(1).optional(),
    url: z.string().url().optional(),
    /** Where the source is when it has no URL recorded (e.g. a broadcast transcript). */
    sourceNote: z.string().min(1).optional(),
    date: isoDate,
  })
  .strict()
  .refine((e) => e.quote !== undefined || e.paraphrase !== undefined, {
    message: 'expected a quote or a paraphrase',
  })
  .refine((e) => e.url !== undefined || e.sourceNote !== undefined, {
    message: 'expected a source url, or a sourceNote saying why there is none',
  });
export type Evidence = z.infer<typeof evidenceSchema>;

export const positionSchema = z
  .object({
    party: id,
    issue: z.enum(ISSUES),
    option: id,
    stance: z.enum(STANCES),
    /** The day the position is known to hold from. */
    date: isoDate,
    /** True where the source's date is inferred (`~` in the sources) or only a month is given. */
    dateInferred: z.boolean().default(false),
    /** The date as the source gives it, when it is not an exact day. */
    dateAsGiven: z.string().optional(),
    evidence: z.array(evidenceSchema).min(1),
  })
  .strict();
export type Position = z.infer<typeof positionSchema>;

export const negotiationSchema = z
  .object({
    id,
    title: z.string().min(1),
    issues: z.array(issueSchema).min(1),
    parties: z.array(partySchema).min(1),
    positions: z.array(positionSchema),
  })
  .strict()
  .superRefine((n, ctx) => {
    const seen = new Set<string>();
    n.issues.forEach((issue, i) => {
      if (seen.has(issue.id))
        ctx.addIssue({
          code: 'custom',
          path: ['issues', i, 'id'],
          message: `issue ${issue.id} is listed twice`,
        });
      seen.add(issue.id);
      const options = new Set<string>();
      issue.options.forEach((o, k) => {
        if (options.has(o.id))
          ctx.addIssue({
            code: 'custom',
            path: ['issues', i, 'options', k, 'id'],
            message: `option ${o.id} is listed twice`,
          });
        options.add(o.id);
      });
    });
    const parties = new Set(n.parties.map((p) => p.id));
    n.positions.forEach((p, i) => {
      if (!parties.has(p.party))
        ctx.addIssue({
          code: 'custom',
          path: ['positions', i, 'party'],
          message: `unknown party "${p.party}"; expected one of ${[...parties].join(', ')}`,
        });
      const issue = n.issues.find((x) => x.id === p.issue);
      if (!issue) {
        ctx.addIssue({
          code: 'custom',
          path: ['positions', i, 'issue'],
          message: `issue ${p.issue} has no options here`,
        });
      } else if (!issue.options.some((o) => o.id === p.option)) {
        ctx.addIssue({
          code: 'custom',
          path: ['positions', i, 'option'],
          message: `unknown option "${p.option}" of ${p.issue}; expected one of ${issue.options.map((o) => o.id).join(', ')}`,
        });
      }
    });
  });
export type Negotiation = z.infer<typeof negotiationSchema>;
