import {
  type AliasTable,
  type Chamber,
  type KnownPerson,
  type PartyLetter,
  type PersonFeatures,
  STATE_CODES,
} from './aliases.js';
import { firstNameGender, type Gender, isFirstName, lexiconTags, type Token } from './language.js';
import { SPEECH_VERBS } from './speech.js';

/**
 * The people (and organisations) an article names outside its quotations: each mention is a run of
 * capitalised words, its name what follows its last title ("Senate Majority Leader Chuck
 * Schumer"), canonicalised by the alias table, or by an earlier mention of the article ("Schumer"
 * after "Chuck Schumer"); what the article says of them (party, state, chamber, gender) is kept
 * to resolve "the New Jersey Democrat" and "she" later. Anyone named counts, not only the
 * negotiation's parties: a name is a person's when the article gives it a title, when its first
 * word is a first name, or when the article treats it as a person's: a role in apposition
 * ("Bill Johnson, executive director of ..."; ", who"; ", 34,"), a role before it ("press
 * secretary Kayleigh McEnany"), or its surname as the subject of a speech verb ("Ifill said").
 */

export interface Entity {
  readonly id: number;
  /** The canonical name: the alias table's, or the fullest the article gave. */
  name: string;
  /** The negotiation party id, when the alias table knows the speaker. */
  readonly party: string | null;
  readonly kind: 'person' | 'organisation';
  features: PersonFeatures;
}

export interface NameMention {
  readonly entity: Entity;
  /** Token indexes of the name, [first, last). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly possessive: boolean;
}

/** Titles before a name, lower case without a final full stop. */
const TITLES = new Set([
  'sen',
  'sens',
  'senator',
  'rep',
  'reps',
  'representative',
  'congressman',
  'congresswoman',
  'congressmember',
  'del',
  'delegate',
  'gov',
  'governor',
  'lt',
  'mayor',
  'president',
  'vice',
  'speaker',
  'leader',
  'whip',
  'chairman',
  'chairwoman',
  'chair',
  'secretary',
  'attorney',
  'general',
  'commissioner',
  'chief',
  'sheriff',
  'judge',
  'justice',
  'officer',
  'sgt',
  'capt',
  'det',
  'lt',
  'col',
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'rev',
  'atty',
  'supt',
  'pres',
  'sec',
  'councilman',
  'councilwoman',
  'councilmember',
  'ambassador',
  'director',
  'deputy',
  'minister',
]);

const TITLE_GENDER: Readonly<Record<string, Gender>> = {
  mr: 'm',
  mrs: 'f',
  ms: 'f',
  congressman: 'm',
  congresswoman: 'f',
  chairman: 'm',
  chairwoman: 'f',
  councilman: 'm',
  councilwoman: 'f',
};

const TITLE_CHAMBER: Readonly<Record<string, Chamber>> = {
  sen: 'senate',
  sens: 'senate',
  senator: 'senate',
  rep: 'house',
  reps: 'house',
  representative: 'house',
  congressman: 'house',
  congresswoman: 'house',
  congressmember: 'house',
  del: 'house',
  delegate: 'house',
};

/** Party words, as a noun or an adjective. */
export const PARTY_WORDS: ReadonlyMap<string, PartyLetter> = new Map([
  ['democrat', 'D'],
  ['democrats', 'D'],
  ['democratic', 'D'],
  ['republican', 'R'],
  ['republicans', 'R'],
  ['gop', 'R'],
  ['independent', 'I'],
]);

/** compromise tags of words that are never a surname, even after a first name. */
const NOT_SURNAME_TAGS = new Set([
  'Determiner',
  'Conjunction',
  'Preposition',
  'Pronoun',
  'Adverb',
  'Modal',
  'QuestionWord',
  'Copula',
  'Month',
  'WeekDay',
  'Date',
]);

/**
 * compromise tags that make a capitalised word something other than part of a person's name:
 * those of words that are never a surname, and places, organisations, verbs and the like, which
 * after a first name may still be one ("Carla Denham").
 */
const NOT_NAME_TAGS = new Set([
  ...NOT_SURNAME_TAGS,
  'Region',
  'Country',
  'City',
  'Place',
  'Demonym',
  'Organization',
  'SportsTeam',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Plural',
  'Expression',
  'Cardinal',
  'Ordinal',
]);
const NAME_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person']);

/** Words of institutions that stand before a title ("Senate Majority Leader"), never in a name. */
const INSTITUTION_WORDS = new Set([
  'senate',
  'house',
  'congress',
  'congressional',
  'judiciary',
  'majority',
  'minority',
  'committee',
  'caucus',
  'black',
  'white',
  'state',
  'federal',
  'police',
  'department',
  'justice',
  'homeland',
  'security',
  'supreme',
  'court',
  'former',
  'then',
  'u.s.',
  'us',
]);

/** Nouns of a person's role or relation, in apposition to a name or right before it. */
const PERSON_ROLES = new Set([
  'director',
  'president',
  'vice-president',
  'chairman',
  'chairwoman',
  'chair',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'founder',
  'co-founder',
  'cofounder',
  'head',
  'leader',
  'member',
  'executive',
  'officer',
  'chief',
  'attorney',
  'lawyer',
  'counsel',
  'activist',
  'advocate',
  'organizer',
  'organiser',
  'pastor',
  'minister',
  'professor',
  'researcher',
  'analyst',
  'sheriff',
  'mayor',
  'governor',
  'commissioner',
  'superintendent',
  'resident',
  'mother',
  'father',
  'son',
  'daughter',
  'brother',
  'sister',
  'cousin',
  'uncle',
  'aunt',
  'widow',
  'widower',
  'wife',
  'husband',
  'grandmother',
  'grandfather',
  'niece',
  'nephew',
  'friend',
  'neighbor',
  'neighbour',
  'witness',
]);

/** Last words of the names of organisations, places, laws and works, never of a person's. */
const NOT_PERSON_HEADS = new Set(
  [
    'international union alliance council coalition center centre institute project network foundation',
    'fund association group league society watch federation conference agency office bureau company',
    'inc corp corporation times post news press journal university college school church party',
    'square street avenue hall park plaza building act bill amendment order report',
  ]
    .join(' ')
    .split(' '),
);

/** Whether a capitalised word after a first name is its surname, even one that is a place's name ("Carla Denham"). */
function canBeSurname(t: Token): boolean {
  const word = bare(t);
  if (PARTY_WORDS.has(word) || INSTITUTION_WORDS.has(word) || STATE_CODES.has(word)) return false;
  return !lexiconTags(word).some((x) => NOT_SURNAME_TAGS.has(x));
}

/** Capitalised words the article makes the subject of a speech verb ("Ifill said"): surnames of speakers. */
function speakingWords(tokens: readonly Token[], narrative: readonly boolean[]): Set<string> {
  const words = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const next = tokens[k + 1] as Token;
    if (narrative[k] && narrative[k + 1] && next.lower !== 'according' && SPEECH_VERBS.has(next.lower)) {
      const t = tokens[k] as Token;
      if (isCapitalised(t)) words.add(t.lower);
    }
  }
  return words;
}

/** Whether the article treats the name at tokens [first, last) as a person's by what stands around it. */
function inPersonContext(
  tokens: readonly Token[],
  narrative: readonly boolean[],
  first: number,
  last: number,
): boolean {
  const before = tokens[first - 1];
  if (before && narrative[first - 1] && PERSON_ROLES.has(before.lower)) return true;
  if (tokens[last]?.text !== ',') return false;
  const next = tokens[last + 1];
  if (!next || !narrative[last + 1]) return false;
  if (next.lower === 'who' || next.lower === 'whose' || /^\d{1,3}$/.test(next.text)) return true;
  for (let k = last + 1; k < Math.min(tokens.length, last + 7) && narrative[k]; k++) {
    const t = tokens[k] as Token;
    if (/^[,.;:!?]$/.test(t.text)) return false;
    if (PERSON_ROLES.has(t.lower)) return true;
  }
  return false;
}

/** "Graham praised his colleague": a name, a verb and "his" say the person is a man. */
function genderOfPossessive(
  tokens: readonly Token[],
  narrative: readonly boolean[],
  last: number,
): Gender | null {
  const verb = tokens[last];
  const pronoun = tokens[last + 1];
  if (!verb || !pronoun || !narrative[last] || !narrative[last + 1] || !/^\p{Ll}+$/u.test(verb.text))
    return null;
  if (pronoun.lower === 'his' || pronoun.lower === 'himself') return 'm';
  if (pronoun.lower === 'herself') return 'f';
  return null;
}

const bare = (t: Token) => t.lower.replace(/\.$/, '');

export const isTitle = (t: Token) => /^\p{Lu}/u.test(t.text) && TITLES.has(bare(t));

/** A word written with a capital that may be part of a name: "Scott", "O'Rourke", "J.", "Ocasio-Cortez". */
export function isCapitalised(t: Token): boolean {
  const first = t.text.charAt(0);
  if (first === first.toLowerCase()) return false;
  return /^\p{Lu}(?:[\p{L}'’-]*\p{Ll}[\p{L}'’-]*|\.)$/u.test(t.text);
}

/** Whether a capitalised word can be a name: not a function word, a place, a party, a day or an institution. */
export function canBeName(t: Token): boolean {
  const word = bare(t);
  if (PARTY_WORDS.has(word) || INSTITUTION_WORDS.has(word) || STATE_CODES.has(word)) return false;
  const tags = lexiconTags(word);
  if (tags.some((x) => NAME_TAGS.has(x))) return true;
  return !tags.some((x) => NOT_NAME_TAGS.has(x));
}

const POSSESSIVE = new Set(["'s", "'", 's']);

/** Features an article gives before a name ("Democratic Sen.", "South Carolina Rep.") and after it ("of New Jersey", ", an Illinois Democrat"). */
function featuresAround(tokens: readonly Token[], from: number, first: number, last: number): PersonFeatures {
  let gender: Gender | null = null;
  let partyLetter: PartyLetter | null = null;
  let state: string | null = null;
  let chamber: Chamber | null = null;
  const read = (i: number, j: number) => {
    for (let k = i; k < j; k++) {
      const t = tokens[k] as Token;
      const word = bare(t);
      partyLetter = PARTY_WORDS.get(word) ?? partyLetter;
      gender = TITLE_GENDER[word] ?? gender;
      chamber = TITLE_CHAMBER[word] ?? chamber;
      const two = tokens[k + 1] ? `${word} ${bare(tokens[k + 1] as Token)}` : '';
      if (STATE_CODES.has(two)) state = STATE_CODES.get(two) ?? state;
      else if (STATE_CODES.has(word)) state = STATE_CODES.get(word) ?? state;
    }
  };
  read(from, first);
  // "of New Jersey", or an appositive ", an Illinois Democrat," right after the name.
  const next = tokens[last];
  if (next && (next.lower === 'of' || next.lower === ',')) {
    let end = last + 1;
    while (end < tokens.length && end < last + 6 && !/^[,.;:!?]$/.test((tokens[end] as Token).text)) end += 1;
    read(last + 1, end);
  }
  const firstName = tokens[first] as Token;
  return { gender: gender ?? firstNameGender(firstName.text), partyLetter, state, chamber };
}

/** Whether a name printed in an article is this known person's: the full name, or the surname alone. */
function knownPersonOf(table: AliasTable, words: readonly string[]): KnownPerson | null {
  const name = words.join(' ').toLowerCase();
  const full = table.people.find((p) => p.name.toLowerCase() === name);
  if (full) return full;
  const last = (words.at(-1) as string).toLowerCase();
  const bySurname = table.people.filter((p) => (p.name.split(/\s+/).at(-1) as string).toLowerCase() === last);
  if (bySurname.length !== 1) return null;
  const person = bySurname[0] as KnownPerson;
  // "Tim Scott" is Scott; "Walter Scott" is someone else.
  if (words.length > 1 && (words[0] as string).toLowerCase() !== person.name.split(/\s+/)[0]?.toLowerCase())
    return null;
  return person;
}

/** Finds the name mentions in the narrative (tokens outside quotations), in order. */
export function findMentions(
  tokens: readonly Token[],
  narrative: readonly boolean[],
  text: string,
  table: AliasTable,
): NameMention[] {
  const mentions: NameMention[] = [];
  const entities: Entity[] = [];
  const byParty = new Map<string, Entity>();
  // The article's own people (not in the alias table), by full name and by surname (the latest).
  const byName = new Map<string, Entity>();
  const bySurname = new Map<string, Entity>();
  const speaking = speakingWords(tokens, narrative);
  // A word the article already uses as someone's surname is a name, whatever else it may be.
  const nameLike = (t: Token) => canBeName(t) || bySurname.has(t.lower);
  const entityOfParty = (party: string, name: string, kind: Entity['kind'], features: PersonFeatures) => {
    let entity = byParty.get(party);
    if (!entity) {
      entity = { id: entities.length, name, party, kind, features };
      entities.push(entity);
      byParty.set(party, entity);
    }
    return entity;
  };

  // Organisations of the alias table, by name or initials.
  const lower = text.toLowerCase();
  const organisationAt = new Map<number, { entity: Entity; end: number }>();
  for (const org of table.organisations) {
    for (const alias of org.aliases) {
      let at = lower.indexOf(alias);
      while (at >= 0) {
        const before = lower[at - 1];
        const after = lower[at + alias.length];
        if (
          (before === undefined || !/[\p{L}\d]/u.test(before)) &&
          (after === undefined || !/[\p{L}\d]/u.test(after))
        ) {
          const entity = entityOfParty(org.party, org.name, 'organisation', {
            gender: null,
            partyLetter: null,
            state: null,
            chamber: null,
          });
          organisationAt.set(at, { entity, end: at + alias.length });
        }
        at = lower.indexOf(alias, at + alias.length);
      }
    }
  }

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!narrative[i]) {
      i += 1;
      continue;
    }
    const org = organisationAt.get(t.start);
    if (org) {
      let j = i + 1;
      while (j < tokens.length && (tokens[j] as Token).end <= org.end) j += 1;
      const possessive = tokens[j] !== undefined && POSSESSIVE.has((tokens[j] as Token).lower);
      mentions.push({ entity: org.entity, first: i, last: j, start: t.start, end: org.end, possessive });
      i = j;
      continue;
    }
    if (!isCapitalised(t) && !isTitle(t)) {
      i += 1;
      continue;
    }
    // The run of capitalised words (and titles) from here.
    let j = i;
    while (
      j < tokens.length &&
      narrative[j] &&
      (isCapitalised(tokens[j] as Token) || isTitle(tokens[j] as Token)) &&
      (j === i || !organisationAt.has((tokens[j] as Token).start)) &&
      (j === i || !/\n/.test(text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start)))
    )
      j += 1;
    let lastTitle = -1;
    for (let k = i; k < j; k++) if (isTitle(tokens[k] as Token)) lastTitle = k;
    let first = lastTitle >= 0 ? lastTitle + 1 : i;
    while (first < j && !nameLike(tokens[first] as Token)) first += 1;
    let last = first;
    while (last < j && nameLike(tokens[last] as Token)) last += 1;
    if (
      last === first + 1 &&
      last < j &&
      isFirstName((tokens[first] as Token).text) &&
      canBeSurname(tokens[last] as Token)
    )
      last += 1;
    let possessive = false;
    const after = tokens[last];
    if (
      after &&
      last === j &&
      POSSESSIVE.has(after.lower) &&
      after.start === (tokens[last - 1] as Token)?.end
    )
      possessive = true;
    let words = tokens.slice(first, last).map((x) => x.text);
    const lastWord = words.at(-1);
    if (lastWord && /['’]s$/.test(lastWord)) {
      possessive = true;
      words = [...words.slice(0, -1), lastWord.slice(0, -2)];
    }
    if (words.length === 0 || words.length > 4) {
      i = Math.max(j, i + 1);
      continue;
    }
    const known = knownPersonOf(table, words);
    let entity: Entity | null = null;
    if (known) {
      entity = entityOfParty(known.party, known.name, 'person', known);
    } else {
      const name = words.join(' ');
      const surname = (words.at(-1) as string).toLowerCase();
      entity =
        byName.get(name.toLowerCase()) ?? (words.length === 1 ? (bySurname.get(surname) ?? null) : null);
      const surnameOnly = bySurname.get(surname);
      if (entity === null && words.length > 1 && surnameOnly && !surnameOnly.name.includes(' ')) {
        surnameOnly.name = name; // the article now gives the full name of someone it named by surname
        entity = surnameOnly;
        byName.set(name.toLowerCase(), entity);
      }
      const titled = lastTitle >= 0 && lastTitle === first - 1;
      const personal =
        titled ||
        (words.length >= 2 &&
          (isFirstName(words[0] as string) ||
            (words.length <= 3 &&
              (speaking.has(surname) ||
                inPersonContext(tokens, narrative, first, last + (possessive ? 1 : 0))))));
      if (entity === null && personal && !NOT_PERSON_HEADS.has(surname)) {
        entity = {
          id: entities.length,
          name,
          party: null,
          kind: 'person',
          features: featuresAround(tokens, i, first, last + (possessive ? 1 : 0)),
        };
        entities.push(entity);
        byName.set(name.toLowerCase(), entity);
      }
      // "Floyd's brother, Philonise Floyd": a possessive does not take the surname from a person named.
      if (entity && (!possessive || !bySurname.has(surname))) bySurname.set(surname, entity);
    }
    if (entity) {
      const end =
        possessive && tokens[last] && last < j
          ? (tokens[last] as Token).end
          : (tokens[last - 1] as Token).end;
      mentions.push({ entity, first, last, start: (tokens[first] as Token).start, end, possessive });
      const gender = possessive ? null : genderOfPossessive(tokens, narrative, last);
      if (gender && entity.kind === 'person') entity.features = { ...entity.features, gender };
    }
    i = Math.max(last, i + 1);
  }
  return mentions;
}
