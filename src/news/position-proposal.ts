import type { Issue, Negotiation, Party, Stance } from '../negotiation/index.js';
import { ISSUES, STANCES } from '../negotiation/index.js';

/**
 * The position an editor is offered when accepting a quotation: a default on the negotiation's
 * scale, proposed from what the extractor (or the editor's correction) says, which the editor
 * confirms or changes. How it is proposed, and why, is in `how`:
 *
 * - issue: the quotation's issue, when it is one of the negotiation's issues ("general", about
 *   the bill as a whole, names none: the editor chooses).
 * - party: the party the extractor matched the speaker to, when the negotiation has it.
 * - option: "the change" on that issue, as the news stance means it (the vocabulary of the
 *   article annotations: for FUNDING, conditioning the grants; for the others, the reform): the
 *   first of the issue's options, in the negotiation's order, that changes the law (it has
 *   provisions, or says why its change is not encoded), not an option that keeps the law in force.
 * - stance: "supports change" → supports; "opposes change" → opposes; "open or conditional" →
 *   accepts; "not a stance" → none. Red lines are proposed only where the quotation itself uses
 *   red-line words ("off the table", "red line", "non-starter", "poison pill", "deal breaker"):
 *   opposing in those words → red-line-against; supporting in them → red-line-for.
 */

export interface QuotationForProposal {
  readonly text: string;
  readonly party: string | null;
  readonly issue: string | null;
  readonly stance: string | null;
  /** Where the stance came from when no word of the quotation says it (extract.ts). */
  readonly stanceBasis?: 'speaker role' | null;
}

/** What the editor is told of a stance no word of the quotation says, beside how it was proposed. */
const BASIS_HOW = {
  'speaker role':
    "no word of the quotation says it: it is read from the speaker's role as the article introduces them",
} as const;

export interface PositionProposal {
  readonly party: string | null;
  readonly issue: Issue['id'] | null;
  readonly option: string | null;
  readonly stance: Stance | null;
  /** How each part was proposed, in words, for the editor. */
  readonly how: readonly string[];
}

const RED_LINE = '(?:off the table|red lines?|non-?starter|poison pill|deal[- ]?breaker)';
const RED_LINE_WORDS = new RegExp(String.raw`\b${RED_LINE}\b`, 'i');
/** "not off the table", "isn't a red line", "no poison pill": the words denied are no red line. */
const DENIED_RED_LINE = new RegExp(
  String.raw`(?:\bnot|n't|\bno|\bnever)\s+(?:a\s+|an\s+|the\s+)?${RED_LINE}`,
  'i',
);

/** The first option of the issue that changes the law in force, as the news stance's "change". */
export function changeOption(issue: Issue): Issue['options'][number] | null {
  return issue.options.find((o) => o.provisions.length > 0 || o.unencoded !== undefined) ?? null;
}

export function proposePosition(q: QuotationForProposal, negotiation: Negotiation): PositionProposal {
  const how: string[] = [];
  const party: Party | undefined = negotiation.parties.find((p) => p.id === q.party);
  if (party) how.push(`party: ${party.name}, whom the speaker was matched to`);
  else how.push('party: the speaker is not matched to a party of the negotiation; choose one');

  const issueId = (ISSUES as readonly string[]).includes(q.issue ?? '') ? (q.issue as Issue['id']) : null;
  const issue = negotiation.issues.find((i) => i.id === issueId);
  if (!issue) {
    how.push(
      q.issue === 'general'
        ? 'issue: the quotation is about the bill as a whole; choose the issue it bears on'
        : 'issue: none was found; choose one',
    );
    return { party: party?.id ?? null, issue: null, option: null, stance: null, how };
  }
  how.push(`issue: ${issue.id} (${issue.title}), as the quotation was classified`);
  const change = changeOption(issue);
  if (change)
    how.push(`option: ${change.id} (${change.title}), the first option of ${issue.id} that changes the law`);
  else how.push(`option: ${issue.id} has no option that changes the law; choose one`);

  const redLine = RED_LINE_WORDS.test(q.text) && !DENIED_RED_LINE.test(q.text);
  let stance: Stance | null = null;
  switch (q.stance) {
    case 'supports change':
      stance = redLine ? 'red-line-for' : 'supports';
      break;
    case 'opposes change':
      stance = redLine ? 'red-line-against' : 'opposes';
      break;
    case 'open or conditional':
      stance = 'accepts';
      break;
    default:
      stance = null;
  }
  if (stance === null)
    how.push(
      `stance: "${q.stance ?? 'none'}" gives no stance on the scale; choose one of ${STANCES.join(', ')}`,
    );
  else {
    const basis = q.stanceBasis ? `; ${BASIS_HOW[q.stanceBasis]}` : '';
    how.push(
      `stance: ${stance}, from "${q.stance}"${redLine ? ' in red-line words' : ''} toward the change ${change ? `(${change.id})` : ''}`.trim() +
        basis,
    );
  }
  return { party: party?.id ?? null, issue: issue.id, option: change?.id ?? null, stance, how };
}
