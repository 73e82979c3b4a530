import { type Chamber, type PartyLetter, STATE_CODES } from './aliases.js';
import type { Gender, Token } from './language.js';
import { type Entity, type NameMention, PARTY_WORDS } from './people.js';
import type { QuoteSpan } from './quotes.js';
import { lowerBound } from './search.js';
import { CALLING_VERBS, QUESTION_VERBS, SPEECH_VERBS } from './speech.js';

/**
 * Who said each quotation. A speech verb ("said", "told", "added", "according to") has a subject:
 * a named person, a pronoun ("she") or a description ("the New Jersey Democrat"). Pronouns and
 * descriptions resolve to the last fitting named person: a pronoun to the last speaker (then the
 * last person named) of its gender in its paragraph, then in the paragraphs before; a description
 * to the last person named whose party, state, chamber and gender fit it. A quotation takes the
 * speaker of the tag right after it, else of the last speech verb before it in its sentence, else
 * of the first after it in its sentence (a calling verb, "called it a “non-starter”", only for
 * what follows it; a question verb, "she asked", only for a question right before it). A quoted
 * fragment is part of its sentence's grammar: a subject is looked for across it. A quotation with
 * no tag in its sentence continues the quotation before it in its paragraph (or the one its
 * paragraph re-opens); else, when it is a sentence of its own, it is the paragraph's last speaker's
 * before it; a headline's "Name: ‘...’" is that name's; a paragraph that is one quotation goes on
 * from the paragraph before (its last speaker, its last quotation, or the one person it names).
 */

/** Nouns a description of a person ends with: "the New Jersey Democrat", "the senator". */
const ROLE_NOUNS: ReadonlyMap<string, { chamber?: Chamber; gender?: Gender }> = new Map([
  ['democrat', {}],
  ['republican', {}],
  ['independent', {}],
  ['senator', { chamber: 'senate' }],
  ['congressman', { chamber: 'house', gender: 'm' }],
  ['congresswoman', { chamber: 'house', gender: 'f' }],
  ['congressmember', { chamber: 'house' }],
  ['representative', { chamber: 'house' }],
  ['lawmaker', {}],
  ['legislator', {}],
  ['negotiator', {}],
  ['chairman', { gender: 'm' }],
  ['chairwoman', { gender: 'f' }],
  ['chair', {}],
  ['leader', {}],
  ['whip', {}],
  ['governor', {}],
  ['mayor', {}],
  ['president', {}],
  ['spokesman', { gender: 'm' }],
  ['spokeswoman', { gender: 'f' }],
]);

const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'm', she: 'f' };

const PREPOSITIONS = new Set([
  'for',
  'of',
  'to',
  'with',
  'by',
  'from',
  'about',
  'at',
  'on',
  'in',
  'near',
  'like',
]);

export interface SpeechEvent {
  /** Token index of the verb. */
  readonly verb: number;
  /** Token indexes of the subject, [first, last). */
  readonly subjectFirst: number;
  readonly subjectLast: number;
  readonly entity: Entity | null;
  /** How the subject was named: resolving a pronoun or a description is less sure. */
  readonly via: 'name' | 'pronoun' | 'description';
  readonly paragraph: number;
  /** A speech verb ("said"), a calling verb ("called it a ..."), or a question verb ("asked"). */
  readonly kind: 'speech' | 'calling' | 'question';
}

export interface Attribution {
  readonly entity: Entity | null;
  readonly via: 'tag-after' | 'tag-before' | 'tag-later' | 'continuation' | 'paragraph';
  readonly subject: SpeechEvent['via'] | null;
  /** The kind of verb that attributed it, null when it goes on from an earlier attribution. */
  readonly verb: SpeechEvent['kind'] | null;
}

export interface Layout {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Per token: outside every quotation (and not a quotation mark). */
  readonly narrative: readonly boolean[];
  readonly paragraphOf: readonly number[];
  readonly sentenceOf: readonly number[];
  readonly quotes: readonly QuoteSpan[];
  readonly mentions: readonly NameMention[];
}

interface Subject {
  readonly first: number;
  readonly last: number;
  readonly via: SpeechEvent['via'];
  readonly mention?: NameMention;
  readonly gender?: Gender;
  readonly description?: DescriptionFeatures;
}

interface DescriptionFeatures {
  readonly partyLetter: PartyLetter | null;
  readonly state: string | null;
  readonly chamber: Chamber | null;
  readonly gender: Gender | null;
}

/** A description ending at token `end` (inclusive): "the" + up to five words + a role noun. */
function descriptionEndingAt(layout: Layout, end: number): Subject | null {
  const { tokens } = layout;
  const head = tokens[end] as Token;
  const role = ROLE_NOUNS.get(head.lower);
  if (!role) return null;
  for (let k = end - 1; k >= Math.max(0, end - 6); k--) {
    const t = tokens[k] as Token;
    if (!layout.narrative[k] || /^[,.;:!?()"“”]$/.test(t.text)) return null;
    if (t.lower === 'the') {
      let partyLetter: PartyLetter | null = PARTY_WORDS.get(head.lower) ?? null;
      let state: string | null = null;
      for (let m = k + 1; m < end; m++) {
        const w = (tokens[m] as Token).lower;
        partyLetter = PARTY_WORDS.get(w) ?? partyLetter;
        const two = tokens[m + 1] && m + 1 < end ? `${w} ${(tokens[m + 1] as Token).lower}` : '';
        state = STATE_CODES.get(two) ?? STATE_CODES.get(w) ?? state;
      }
      return {
        first: k,
        last: end + 1,
        via: 'description',
        description: { partyLetter, state, chamber: role.chamber ?? null, gender: role.gender ?? null },
      };
    }
  }
  return null;
}

/** A description starting at token `start` ("said the senator"). */
function descriptionStartingAt(layout: Layout, start: number): Subject | null {
  if ((layout.tokens[start] as Token | undefined)?.lower !== 'the') return null;
  for (let end = start + 1; end < Math.min(layout.tokens.length, start + 7); end++) {
    if (!layout.narrative[end]) return null;
    const found = descriptionEndingAt(layout, end);
    if (found && found.first === start) return found;
  }
  return null;
}

export class Attributor {
  private readonly mentionEndingAt = new Map<number, NameMention>();
  private readonly mentionStartingAt = new Map<number, NameMention>();
  private readonly mentionsByParagraph = new Map<number, NameMention[]>();
  private readonly eventsByParagraph = new Map<number, SpeechEvent[]>();
  private readonly eventsBySentence = new Map<number, SpeechEvent[]>();
  readonly events: SpeechEvent[] = [];

  constructor(private readonly layout: Layout) {
    for (const m of layout.mentions) {
      this.mentionEndingAt.set(m.last - 1, m);
      if (m.possessive) this.mentionEndingAt.set(m.last, m);
      this.mentionStartingAt.set(m.first, m);
      push(this.mentionsByParagraph, layout.paragraphOf[m.first] as number, m);
    }
    this.findEvents();
  }

  /** The index of the first token starting at or after `offset`. */
  private tokenAt(offset: number): number {
    const { tokens } = this.layout;
    return lowerBound(tokens.length, (i) => (tokens[i] as Token).start, offset);
  }

  private verbStart(e: SpeechEvent): number {
    return (this.layout.tokens[e.verb] as Token).start;
  }

  private subjectBefore(verb: number): Subject | null {
    const { tokens, narrative, sentenceOf } = this.layout;
    for (let k = verb - 1; k >= Math.max(0, verb - 40); k--) {
      if (sentenceOf[k] !== sentenceOf[verb]) return null;
      if (!narrative[k]) {
        // A fragment quoted inside the sentence ("put it at “about 70%” and pleaded") is part of
        // its grammar: the subject is before it. A quoted sentence is not crossed.
        const fragment = this.fragmentAt((tokens[k] as Token).start);
        if (!fragment) return null;
        k = this.tokenAt(fragment.open);
        continue;
      }
      const mention = this.mentionEndingAt.get(k);
      // "a spokeswoman for Greer said", "director of the National Association ... said": a name
      // after a preposition (and its article) is not the verb's subject.
      const governed = mention && this.afterPreposition(mention.first);
      if (mention && !mention.possessive && !governed)
        return { first: mention.first, last: mention.last, via: 'name', mention };
      const t = tokens[k] as Token;
      const gender = PRONOUN_GENDER[t.lower];
      if (gender) return { first: k, last: k + 1, via: 'pronoun', gender };
      const description = descriptionEndingAt(this.layout, k);
      if (description) {
        // "Clyburn, the No. 3 Democrat ..., told": the appositive describes the name before it.
        const comma = tokens[description.first - 1];
        const named = this.mentionEndingAt.get(description.first - 2);
        if (comma?.text === ',' && named && !named.possessive)
          return { first: named.first, last: named.last, via: 'name', mention: named };
        return description;
      }
      if (SPEECH_VERBS.has(t.lower) && k < verb - 1) return null;
    }
    return null;
  }

  /** Whether a preposition, or a preposition and "the", stands right before token `first`. */
  private afterPreposition(first: number): boolean {
    const { tokens } = this.layout;
    const word = (k: number) => (tokens[k] as Token | undefined)?.lower ?? '';
    return (
      PREPOSITIONS.has(word(first - 1)) || (word(first - 1) === 'the' && PREPOSITIONS.has(word(first - 2)))
    );
  }

  /** The quotation around `offset` when it is a fragment (begins with a small letter or a digit). */
  private fragmentAt(offset: number): QuoteSpan | null {
    const { quotes, text } = this.layout;
    const q = quotes[lowerBound(quotes.length, (i) => (quotes[i] as QuoteSpan).close, offset)];
    if (!q || q.open > offset) return null;
    return /^[\p{Ll}\d]/u.test(text.charAt(q.start)) ? q : null;
  }

  private subjectAfter(verb: number): Subject | null {
    const { tokens, narrative, sentenceOf } = this.layout;
    let k = verb + 1;
    if ((tokens[verb] as Token).lower === 'according' && (tokens[k] as Token | undefined)?.lower === 'to')
      k += 1;
    for (; k < Math.min(tokens.length, verb + 8); k++) {
      if (!narrative[k] || sentenceOf[k] !== sentenceOf[verb]) return null;
      const mention = this.mentionStartingAt.get(k);
      if (mention && !mention.possessive)
        return { first: mention.first, last: mention.last, via: 'name', mention };
      const t = tokens[k] as Token;
      const gender = PRONOUN_GENDER[t.lower];
      if (gender) return { first: k, last: k + 1, via: 'pronoun', gender };
      const description = descriptionStartingAt(this.layout, k);
      if (description) return description;
      if (/^[,.;:!?]$/.test(t.text)) return null;
    }
    return null;
  }

  private findEvents(): void {
    const { tokens, narrative, paragraphOf, sentenceOf } = this.layout;
    for (let v = 0; v < tokens.length; v++) {
      if (!narrative[v] || !SPEECH_VERBS.has((tokens[v] as Token).lower)) continue;
      // "so-called" calls nobody.
      if (
        /^(?:so-?|-)$/.test((tokens[v - 1] as Token | undefined)?.lower ?? '') &&
        (tokens[v - 1] as Token).end === (tokens[v] as Token).start
      )
        continue;
      const according = (tokens[v] as Token).lower === 'according';
      if (according && (tokens[v + 1] as Token | undefined)?.lower !== 'to') continue;
      const subject = according ? this.subjectAfter(v) : (this.subjectBefore(v) ?? this.subjectAfter(v));
      if (!subject) continue;
      const paragraph = paragraphOf[v] as number;
      const entity = this.resolve(subject, tokens[subject.first] as Token, paragraph);
      const verb = (tokens[v] as Token).lower;
      const event: SpeechEvent = {
        kind: CALLING_VERBS.has(verb) ? 'calling' : QUESTION_VERBS.has(verb) ? 'question' : 'speech',
        verb: v,
        subjectFirst: subject.first,
        subjectLast: subject.last,
        entity,
        via: subject.via,
        paragraph,
      };
      this.events.push(event);
      push(this.eventsByParagraph, paragraph, event);
      push(this.eventsBySentence, sentenceOf[v] as number, event);
    }
  }

  private resolve(subject: Subject, at: Token, paragraph: number): Entity | null {
    if (subject.mention) return subject.mention.entity;
    if (subject.gender) return this.resolvePronoun(subject.gender, at.start, paragraph);
    if (subject.description) return this.resolveDescription(subject.description, at.start);
    return null;
  }

  /** The last speaker, then the last person named, of this gender in the paragraph; then in the three before. */
  private resolvePronoun(gender: Gender, at: number, paragraph: number): Entity | null {
    const fits = (e: Entity | null): e is Entity =>
      e !== null && e.kind === 'person' && (e.features.gender === null || e.features.gender === gender);
    for (let p = paragraph; p >= Math.max(0, paragraph - 3); p--) {
      const speaker = lastBefore(
        this.eventsByParagraph.get(p),
        (e) => this.verbStart(e),
        at,
        (e) => fits(e.entity),
      );
      if (speaker) return speaker.entity;
      const named = lastBefore(
        this.mentionsByParagraph.get(p),
        (m) => m.start,
        at,
        (m) => !m.possessive && fits(m.entity),
      );
      if (named) return named.entity;
    }
    return null;
  }

  /** The last person named before `at` whose known features all fit the description; else one that contradicts none. */
  private resolveDescription(d: DescriptionFeatures, at: number): Entity | null {
    const keys = ['partyLetter', 'state', 'chamber', 'gender'] as const;
    const given = keys.filter((k) => d[k] !== null);
    const mentions = this.layout.mentions;
    const person = (m: NameMention) => m.entity.kind === 'person';
    const full = lastBefore(
      mentions,
      (m) => m.start,
      at,
      (m) => person(m) && given.every((k) => m.entity.features[k] === d[k]),
    );
    if (full && given.length > 0) return full.entity;
    const loose = lastBefore(
      mentions,
      (m) => m.start,
      at,
      (m) => person(m) && given.every((k) => m.entity.features[k] === null || m.entity.features[k] === d[k]),
    );
    return loose?.entity ?? null;
  }

  /** The first narrative token after a quotation's closing mark, past a comma or dash. */
  private firstAfter(q: QuoteSpan): number {
    const { tokens, narrative } = this.layout;
    let k = this.tokenAt(q.close + 1);
    while (k < tokens.length && (!narrative[k] || /^(?:,|—|–|--|-)$/.test((tokens[k] as Token).text))) k += 1;
    return k;
  }

  /** The speaker of each quotation (null where nothing attributes it). */
  attribute(quotes: readonly QuoteSpan[]): (Attribution | null)[] {
    const { tokens, sentenceOf } = this.layout;
    const quotesInParagraph = new Map<number, number>();
    for (const q of quotes) quotesInParagraph.set(q.paragraph, (quotesInParagraph.get(q.paragraph) ?? 0) + 1);
    const lastInParagraph = new Map<number, Attribution>();
    const results: (Attribution | null)[] = [];
    quotes.forEach((q, index) => {
      const result = this.attributeOne(
        q,
        quotes[index + 1],
        quotesInParagraph,
        lastInParagraph,
        tokens,
        sentenceOf,
      );
      if (result) lastInParagraph.set(q.paragraph, result);
      results.push(result);
    });
    return results;
  }

  private attributeOne(
    q: QuoteSpan,
    next: QuoteSpan | undefined,
    quotesInParagraph: ReadonlyMap<number, number>,
    lastInParagraph: ReadonlyMap<number, Attribution>,
    tokens: readonly Token[],
    sentenceOf: readonly number[],
  ): Attribution | null {
    const at = this.tokenAt(q.open);
    const sentence = at < tokens.length ? (sentenceOf[at] as number) : -1;
    const inSentence = this.eventsBySentence.get(sentence) ?? [];
    const limit = next && next.paragraph === q.paragraph ? next.open : Number.POSITIVE_INFINITY;
    const firstAfterIndex = lowerBound(
      inSentence.length,
      (i) => this.verbStart(inSentence[i] as SpeechEvent),
      q.close + 1,
    );
    const beforeIndex =
      lowerBound(inSentence.length, (i) => this.verbStart(inSentence[i] as SpeechEvent), q.open) - 1;
    // The last speech or calling verb before it; a question verb's subject asks someone else.
    let before: SpeechEvent | undefined;
    for (let i = beforeIndex; i >= 0 && !before; i--)
      if ((inSentence[i] as SpeechEvent).kind !== 'question') before = inSentence[i];
    // The first speech verb after it (before the next quotation): what is called comes after "called".
    let later: SpeechEvent | undefined;
    for (let i = firstAfterIndex; i < inSentence.length && !later; i++) {
      const e = inSentence[i] as SpeechEvent;
      if (this.verbStart(e) >= limit) break;
      if (e.kind === 'speech') later = e;
    }
    const first = this.firstAfter(q);
    const question = /\?[,.]?$/.test(this.layout.text.slice(q.start, q.end));
    // The tag right after: its subject or its verb is the first word after the closing mark.
    let adjacent: SpeechEvent | undefined;
    for (let i = firstAfterIndex; i < inSentence.length && i < firstAfterIndex + 3; i++) {
      const e = inSentence[i] as SpeechEvent;
      if (this.verbStart(e) >= limit) break;
      if (e.kind === 'calling' || (e.kind === 'question' && !question)) continue;
      if (e.subjectFirst === first || e.verb === first) {
        adjacent = e;
        break;
      }
    }
    // “Is it over?” Greer asked: the sentence ended at the question (or exclamation) inside the
    // marks, and its tag begins the next one. After a full stop the next sentence is another's.
    const exclaims = /[?!][,.]?$/.test(this.layout.text.slice(q.start, q.end));
    const nextSentence = first < tokens.length ? (sentenceOf[first] as number) : sentence;
    if (!adjacent && exclaims && nextSentence !== sentence && this.layout.paragraphOf[first] === q.paragraph)
      adjacent = this.eventsBySentence
        .get(nextSentence)
        ?.find(
          (e) =>
            (e.subjectFirst === first || e.verb === first) &&
            this.verbStart(e) < limit &&
            (e.kind === 'speech' || (e.kind === 'question' && question)),
        );
    const chosen: [SpeechEvent | undefined, Attribution['via']][] = [
      [adjacent, 'tag-after'],
      [before, 'tag-before'],
      [later, 'tag-later'],
    ];
    for (const [event, via] of chosen)
      if (event) return { entity: event.entity, via, subject: event.via, verb: event.kind };
    // No tag in its sentence: it goes on from the quotation before it in the paragraph, or from
    // the quotation the previous paragraph left open.
    const previous =
      lastInParagraph.get(q.paragraph) ?? (q.continues ? lastInParagraph.get(q.paragraph - 1) : undefined);
    if (previous) return { ...previous, via: 'continuation', verb: null };
    // "Bass said the House had acted. “The Senate must too.”": a quotation that is a sentence of its
    // own is the last speaker's before it in its paragraph. A fragment in a sentence without a
    // speech verb ("the doctrine of “qualified immunity”") is a term or a scare quote.
    const opensSentence = at === 0 || sentenceOf[at - 1] !== sentence;
    const speaker =
      opensSentence &&
      lastBefore(
        this.eventsByParagraph.get(q.paragraph),
        (e) => this.verbStart(e),
        q.open,
        (e) => e.entity !== null && e.kind !== 'question',
      );
    if (speaker) return { entity: speaker.entity, via: 'paragraph', subject: speaker.via, verb: null };
    // "Booker: ‘We are not there yet’": the one person named before the colon of its sentence.
    const colonTag = this.colonSpeaker(q, sentence);
    if (colonTag) return { entity: colonTag, via: 'tag-before', subject: 'name', verb: null };
    // A paragraph that is one quotation goes on from the paragraph before: from its last speech
    // verb, else its last quotation, else the one person it names (the person it is about).
    if (quotesInParagraph.get(q.paragraph) === 1 && !this.hasNarrative(q.paragraph)) {
      const last = this.eventsByParagraph.get(q.paragraph - 1)?.at(-1);
      if (last?.entity) return { entity: last.entity, via: 'paragraph', subject: last.via, verb: null };
      const quoted = lastInParagraph.get(q.paragraph - 1);
      if (quoted?.entity) return { ...quoted, via: 'paragraph', verb: null };
      const named = this.solePersonOf(q.paragraph - 1);
      if (named) return { entity: named, via: 'paragraph', subject: 'name', verb: null };
    }
    return null;
  }

  /** The one person named (not possessive) in a quotation's sentence before the colon right before it. */
  private colonSpeaker(q: QuoteSpan, sentence: number): Entity | null {
    const { tokens, narrative, sentenceOf } = this.layout;
    const at = this.tokenAt(q.open) - 1;
    if ((tokens[at] as Token | undefined)?.text !== ':' || !narrative[at]) return null;
    let named: Entity | null = null;
    for (const m of this.mentionsByParagraph.get(q.paragraph) ?? []) {
      if (m.first >= at || sentenceOf[m.first] !== sentence) continue;
      if (m.possessive || m.entity.kind !== 'person' || (named && named !== m.entity)) return null;
      named = m.entity;
    }
    return named;
  }

  /** The one person a paragraph names outside its quotations, null when it names none or several. */
  private solePersonOf(paragraph: number): Entity | null {
    let sole: Entity | null = null;
    for (const m of this.mentionsByParagraph.get(paragraph) ?? []) {
      if (m.entity.kind !== 'person' || m.possessive) continue;
      if (sole && sole !== m.entity) return null;
      sole = m.entity;
    }
    return sole;
  }

  private narrativeParagraphs: Set<number> | null = null;

  private hasNarrative(paragraph: number): boolean {
    if (this.narrativeParagraphs === null) {
      const { tokens, narrative, paragraphOf } = this.layout;
      const set = new Set<number>();
      tokens.forEach((t, k) => {
        if (narrative[k] && /[\p{L}\d]/u.test(t.text)) set.add(paragraphOf[k] as number);
      });
      this.narrativeParagraphs = set;
    }
    return this.narrativeParagraphs.has(paragraph);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The last item (sorted by `key`) with key < `at` that fits, looking back at most `reach` items. */
function lastBefore<T>(
  items: readonly T[] | undefined,
  key: (item: T) => number,
  at: number,
  fits: (item: T) => boolean,
  reach = 200,
): T | undefined {
  if (!items) return undefined;
  const end = lowerBound(items.length, (i) => key(items[i] as T), at);
  for (let i = end - 1; i >= Math.max(0, end - reach); i--) if (fits(items[i] as T)) return items[i];
  return undefined;
}
