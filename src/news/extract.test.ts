import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aliasTable,
  aliasTableFromYaml,
  bundledAliasTable,
  type ExtractedArticle,
  type ExtractedQuote,
  extractArticle,
  MAX_ARTICLE_BYTES,
  NewsInputError,
} from './index.js';
import { paragraphsOfText } from './source.js';

/**
 * The extractor on the project's own articles (src/news/fixtures: invented people and words, in
 * styles unlike the development set), and on small texts written for one behaviour each.
 */

const FIXTURES = join(import.meta.dirname, 'fixtures');
const aliases = aliasTableFromYaml(readFileSync(join(FIXTURES, 'parties.yaml'), 'utf8'), 'parties.yaml');
const read = (name: string) => extractArticle(readFileSync(join(FIXTURES, name), 'utf8'), { aliases });

/** The quotation whose text starts so. */
function quote(article: ExtractedArticle, start: string): ExtractedQuote {
  const q = article.quotes.find((x) => x.text.replace(/’/g, "'").startsWith(start));
  if (!q)
    throw new Error(
      `no quotation starting "${start}" in ${JSON.stringify(article.quotes.map((x) => x.text))}`,
    );
  return q;
}

function offsetsHold(article: ExtractedArticle) {
  for (const q of article.quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
}

describe('HTML', () => {
  const article = read('01-offers.html');

  it('keeps the article text and drops scripts, styles, attributes, navigation and footers', () => {
    expect(article.title).toBe('Senators trade offers on police bill');
    expect(article.text).toContain('Negotiators on a police overhaul swapped new offers on Tuesday');
    for (const hidden of [
      'Styled quote',
      'This is not a quote',
      'Most read',
      'Hidden attribute',
      'Injected quote',
      'Copyright',
      'alert',
      'onerror',
      'missing.png',
    ])
      expect(article.text).not.toContain(hidden);
    offsetsHold(article);
  });

  it('finds curly quotations split around a tag, and resolves a description and pronouns', () => {
    expect(quote(article, 'a serious phase.')).toMatchObject({ speaker: 'Maria Alvarez', party: 'ALVAREZ' });
    // "the New Mexico Democrat told reporters": the last person named who is a Democrat from NM.
    expect(quote(article, 'We are closer')).toMatchObject({ speaker: 'Maria Alvarez' });
    expect(quote(article, 'But a ban on chokeholds is essential')).toMatchObject({
      speaker: 'Maria Alvarez',
      issue: 'CHOKEHOLD',
      stance: 'supports change',
    });
    // "..., he said." after "Rep. Thomas Greer, the Ohio Republican ...".
    expect(quote(article, "I'm open to a chokehold ban")).toMatchObject({
      speaker: 'Thomas Greer',
      party: 'GREER',
      issue: 'CHOKEHOLD',
      stance: 'open or conditional',
    });
    expect(quote(article, 'A blanket mandate')).toMatchObject({
      speaker: 'Thomas Greer',
      stance: 'opposes change',
    });
    // "she said" after "Alvarez rejected that framing."
    expect(quote(article, 'Nobody is talking')).toMatchObject({ speaker: 'Maria Alvarez' });
    expect(quote(article, 'A registry is a good start')).toMatchObject({
      issue: 'DATA',
      stance: 'open or conditional',
    });
  });

  it('gives <q> its marks, and takes the first heading for the title of a page without <title>', () => {
    const page = extractArticle('<h2>Talks resume</h2><p><q>It is a good start,</q> Greer said.</p>', {
      aliases,
    });
    expect(page.title).toBe('Talks resume');
    expect(page.quotes).toEqual([
      expect.objectContaining({
        text: 'It is a good start,',
        speaker: 'Thomas Greer',
        stance: 'open or conditional',
      }),
    ]);
  });

  it('does not take a quoted term for a quotation', () => {
    expect(article.quotes.some((q) => q.text.startsWith('national misconduct registry'))).toBe(false);
    expect(article.quotes).toHaveLength(8);
  });
});

describe('plain text', () => {
  it('continues a quotation over paragraphs, reads an inverted tag, and skips a so-called term', () => {
    const article = read('02-union.txt');
    expect(article.title).toBe('Police union digs in as House bill stalls');
    // '"...," said Rep. Thomas Greer, who spoke ...'
    expect(quote(article, 'Officers make split-second decisions')).toMatchObject({ speaker: 'Thomas Greer' });
    // A paragraph that ends inside the quotation, and the next that re-opens it.
    const runsOn = quote(article, 'If you take away qualified immunity');
    expect(runsOn).toMatchObject({ speaker: 'Thomas Greer', issue: 'QI', stance: 'opposes change' });
    expect(quote(article, 'That is not a talking point')).toMatchObject({
      speaker: 'Thomas Greer',
      issue: 'QI',
    });
    expect(article.quotes.some((q) => q.text === 'reasonable officer')).toBe(false);
    expect(quote(article, 'Ending qualified immunity is not negotiable')).toMatchObject({
      speaker: 'Ingrid Lindqvist',
      stance: 'supports change',
    });
    // "According to Lindqvist, her caucus would accept "a phase-in period"".
    expect(quote(article, 'a phase-in period')).toMatchObject({
      speaker: 'Ingrid Lindqvist',
      stance: 'open or conditional',
    });
    // An organisation of the alias table speaks too.
    expect(quote(article, 'a direct attack')).toMatchObject({
      speaker: 'National Coalition of Police Officers',
      party: 'NCPO',
    });
    // "the Ohio congressman said on a conference call": a description with a state and a chamber.
    expect(quote(article, 'Insurance doesn')).toMatchObject({ speaker: 'Thomas Greer', issue: 'QI' });
    offsetsHold(article);
  });

  it('rebuilds paragraphs broken in the middle of sentences, and names people the data does not know', () => {
    const article = read('03-grants.txt');
    expect(article.text).toContain(
      'Mayor Lena Ortiz of Albuquerque, who testified before the Senate Judiciary Committee',
    );
    expect(article.text).toContain('Sen. Daniel Okafor, a Texas Republican, told the committee');
    expect(article.text).toContain('Police Chief Raymond Boyd of Tulsa offered a middle path.');
    // "Ortiz said" after "Mayor Lena Ortiz": the full name the article gave, and no party.
    expect(quote(article, 'Cities like mine')).toMatchObject({
      speaker: 'Lena Ortiz',
      party: null,
      issue: 'FUNDING',
    });
    expect(quote(article, 'I could support a necessary-force standard')).toMatchObject({
      speaker: 'Raymond Boyd',
      issue: 'UOF',
      stance: 'open or conditional',
    });
    expect(quote(article, 'willing to look at')).toMatchObject({
      speaker: 'Daniel Okafor',
      stance: 'open or conditional',
    });
    offsetsHold(article);
  });

  it('joins a line that does not end a sentence, and keeps a line that does', () => {
    expect(
      paragraphsOfText('South Carolina Sen. \nJane Roe\n, the lead negotiator, spoke. \n"Yes," she said.'),
    ).toEqual(['South Carolina Sen. Jane Roe, the lead negotiator, spoke.', '"Yes," she said.']);
    expect(paragraphsOfText('One.\n\nTwo')).toEqual(['One.', 'Two']);
  });
});

describe('attribution', () => {
  it('takes a standalone quotation paragraph as the last speaker’s, and re-opened blockquotes', () => {
    const article = read('04-noknock.html');
    // "The Texas Republican said ...": a description resolved to Okafor (R-TX).
    expect(quote(article, 'cost too many innocent lives.')).toMatchObject({
      speaker: 'Daniel Okafor',
      issue: 'NOKNOCK',
    });
    expect(quote(article, "I don't want to see another family")).toMatchObject({ speaker: 'Daniel Okafor' });
    expect(quote(article, 'This is about getting it right.')).toMatchObject({ speaker: 'Daniel Okafor' });
    expect(quote(article, 'We tried half-measures')).toMatchObject({ speaker: 'Maria Alvarez' });
    expect(quote(article, 'A ban on paper is not enough')).toMatchObject({
      speaker: 'Marcus Hale',
      stance: 'supports change',
    });
    // An opening mark never closed: the quotation runs to the paragraph's end.
    expect(quote(article, 'overreach on everything else.')).toMatchObject({ speaker: 'Thomas Greer' });
    offsetsHold(article);
  });

  it('reads negated cues: "not a red line" is open, "Nothing is off the table" is open, "not going to accept" opposes', () => {
    const article = read('05-town-hall.txt');
    expect(quote(article, 'Qualified immunity is not a red line')).toMatchObject({
      speaker: 'Ingrid Lindqvist',
      issue: 'QI',
      stance: 'open or conditional',
    });
    expect(quote(article, 'I said what I said')).toMatchObject({
      speaker: 'Ingrid Lindqvist',
      stance: 'not a stance',
    });
    expect(quote(article, 'Nothing is off the table')).toMatchObject({
      speaker: 'Maria Alvarez',
      stance: 'open or conditional',
    });
    expect(quote(article, 'We are not going to accept')).toMatchObject({
      speaker: 'Daniel Okafor',
      stance: 'opposes change',
    });
    // "The union's spokesman, Tom Reyes, called the remarks "..." but said ...".
    expect(quote(article, 'a step in the right direction')).toMatchObject({
      speaker: 'Tom Reyes',
      party: null,
    });
  });

  it('prefers the last speaker of the paragraph for a pronoun, not a possessive in between', () => {
    const article = extractArticle(
      'Rep. Anna Berg spoke first. "We want a vote," Berg said. When asked about Sen. John Hill\'s plan, she said: "It is a good start."',
      { aliases },
    );
    expect(article.quotes.map((q) => q.speaker)).toEqual(['Anna Berg', 'Anna Berg']);
    expect(article.quotes[1]?.stance).toBe('open or conditional');
  });

  it('does not take a name after a preposition for the subject: "a spokeswoman for Greer said"', () => {
    const article = extractArticle('“The registry is essential,” a spokeswoman for Greer said.', { aliases });
    expect(article.quotes).toEqual([]);
    const named = extractArticle('“The registry is essential,” Anna Reyes, a spokeswoman for Greer, said.', {
      aliases,
    });
    expect(named.quotes.map((q) => q.speaker)).toEqual(['Anna Reyes']);
  });

  it('canonicalises a surname to the alias table’s full name and party', () => {
    const table = aliasTable([{ id: 'ROE', name: 'Sen. Jane Roe (D-VT)', kind: 'negotiator' }]);
    const article = extractArticle('"The registry is essential," Roe said.', { aliases: table });
    expect(article.quotes).toEqual([
      expect.objectContaining({
        speaker: 'Jane Roe',
        party: 'ROE',
        issue: 'DATA',
        stance: 'supports change',
      }),
    ]);
  });

  it('reads no stance into words that hold a position without saying which, whoever the speaker', () => {
    // The negotiation data is not read as a prior: the stances extracted are proposed as its positions.
    const text =
      'Asked about qualified immunity, Scott was firm. “I’m not budging,” Scott said. “We meet again Monday,” Scott said.';
    const quotes = extractArticle(text).quotes;
    expect(quotes.map((q) => [q.speaker, q.issue, q.stance])).toEqual([
      ['Tim Scott', 'QI', 'not a stance'],
      ['Tim Scott', 'general', 'not a stance'],
    ]);
    for (const q of quotes) expect(q).not.toHaveProperty('stanceBasis');
  });

  it('gives a victim’s relative or a civil-rights advocate the change they came for, marked, and no police officer', () => {
    const text = [
      'Ana Ruiz, whose husband died in a county jail in 2018, spoke first. “He was forty-one,” Ruiz said.',
      'Tom Vance, executive director of the State Troopers Association, spoke next. “He was forty-one,” Vance said.',
      'Lena Marsh, an organizer with a coalition of victims’ families, came too. “We met the senator at noon, and we meet again tomorrow,” Marsh said.',
    ].join('\n\n');
    const [ruiz, vance, marsh] = extractArticle(text).quotes;
    expect(ruiz).toMatchObject({
      speaker: 'Ana Ruiz',
      stance: 'supports change',
      stanceBasis: 'speaker role',
    });
    expect(vance).toMatchObject({ speaker: 'Tom Vance', stance: 'not a stance' });
    expect(marsh?.stance).toBe('not a stance');
  });

  it('reports no quotation for a sentence without a speech verb, nor a single quoted word', () => {
    const article = extractArticle(
      'The doctrine of "qualified immunity," a judge-made rule, protects officers. Critics call it "reckless" policy.',
      { aliases },
    );
    expect(article.quotes).toEqual([]);
  });
});

describe('attribution beyond the negotiation’s parties (06-outside-voices.txt)', () => {
  const article = read('06-outside-voices.txt');
  const only = (text: string) => article.quotes.filter((q) => q.text === text);

  it('reads a headline’s single-quoted quotation, and a tag after initials (D-N.M.)', () => {
    expect(quote(article, 'not this year')).toMatchObject({ speaker: 'Thomas Greer', party: 'GREER' });
    // wink-nlp ends a sentence inside "D-N.|M.": the tag stays with its quotation.
    expect(quote(article, 'We are closer on chokeholds')).toMatchObject({ speaker: 'Maria Alvarez' });
    expect(quote(article, 'Immunity is another matter.')).toMatchObject({ speaker: 'Maria Alvarez' });
    // Apostrophes in running text open nothing.
    expect(article.quotes.some((q) => q.text.startsWith('s '))).toBe(false);
    offsetsHold(article);
  });

  it('takes a fragment in its speaker’s sentence for a quotation, and a named term for none', () => {
    // "put the gap ... at “about a dozen votes” and pleaded": the subject is before the fragment.
    expect(quote(article, 'about a dozen votes')).toMatchObject({ speaker: 'Thomas Greer' });
    // "called ... an “unfunded mandate”", "called ... a “non-starter.”" (one word).
    expect(quote(article, 'unfunded mandate')).toMatchObject({ speaker: 'Odalys Brennan', party: null });
    expect(quote(article, 'non-starter.')).toMatchObject({ speaker: 'Zorana Pelt', party: null });
    expect(quote(article, 'interesting idea,')).toMatchObject({ speaker: 'Kelly Marsh' });
    // The doctrine of “qualified immunity”, a test of “necessary”, a so-called term after "said".
    for (const term of ['qualified immunity', 'necessary', 'objectively reasonable.', 'warrior training'])
      expect(only(term), term).toEqual([]);
  });

  it('names anyone the article treats as a person: a role in apposition or before, a surname that speaks', () => {
    // "Odalys Brennan, executive director of ...": no first name the lexicon knows.
    expect(quote(article, 'Our members will follow the law')).toMatchObject({ speaker: 'Odalys Brennan' });
    // "Grace Dover, whose son ...": a surname that is also a place, then "Dover said".
    expect(quote(article, 'They keep telling us to wait')).toMatchObject({ speaker: 'Grace Dover' });
    expect(quote(article, 'We have waited long enough.')).toMatchObject({ speaker: 'Grace Dover' });
    // “...?” she asked: a question verb tags the question right before it.
    expect(quote(article, 'If they drop it, who answers')).toMatchObject({ speaker: 'Grace Dover' });
  });

  it('picks the speaker among several named, and goes on from the previous paragraph’s', () => {
    // "Marsh praised his ...": the article says Marsh is a man, whatever the first name suggests.
    expect(quote(article, 'Thomas Greer has been fair')).toMatchObject({ speaker: 'Kelly Marsh' });
    // A paragraph that is one quotation: the previous paragraph's speaker, or the one person it names.
    expect(quote(article, 'It is not going to pass this way.')).toMatchObject({ speaker: 'Thomas Greer' });
    expect(quote(article, 'Nobody has walked away')).toMatchObject({ speaker: 'Daniel Okafor' });
    expect(article.quotes).toHaveLength(14);
  });

  it('takes one quoted word for a speaker’s when it is what they called a thing or said it was', () => {
    const found = (text: string) =>
      extractArticle(text, { format: 'text' }).quotes.map((q) => [q.text, q.speaker]);
    expect(found('Sen. Tim Scott said the Democratic plan was “unworkable.”')).toEqual([
      ['unworkable.', 'Tim Scott'],
    ]);
    expect(found('Sen. Tim Scott called the bill “dangerous.”')).toEqual([['dangerous.', 'Tim Scott']]);
    expect(found('Sen. Tim Scott dismissed the idea as “a nonstarter” on Tuesday.')).toEqual([
      ['a nonstarter', 'Tim Scott'],
    ]);
    expect(found('Sen. Cory Booker described the offer as “a step backward.”')).toEqual([
      ['a step backward.', 'Cory Booker'],
    ]);
    // A word naming a thing, a so-called term, a standard's word, and what no named person called it.
    expect(found('Rep. Karen Bass said the bill would ban “no-knock” warrants.')).toEqual([]);
    expect(found('Sen. Tim Scott said he opposed the so-called “defund” movement.')).toEqual([]);
    expect(found('Sen. Tim Scott said Democrats wanted to change the “willful” standard.')).toEqual([]);
    expect(found('The union called the bill “dangerous.”')).toEqual([]);
  });

  it('takes no organisation for a person, and keeps a surname with the person named, not a possessive', () => {
    const found = (text: string) =>
      extractArticle(text, { format: 'text' }).quotes.map((q) => [q.text, q.speaker]);
    // "Amnesty International said": a surname that speaks, but the name of an organisation.
    expect(found('Amnesty International said the bill was “a start.”')).toEqual([]);
    expect(found('Odalys Brennan said the bill was “a start.”')).toEqual([['a start.', 'Odalys Brennan']]);
    expect(
      found(
        'George Floyd died in May.\n\nPhilonise Floyd, George Floyd’s brother, told lawmakers: “I am tired.”\n\n“I want justice,” Floyd said.',
      ),
    ).toEqual([
      ['I am tired.', 'Philonise Floyd'],
      ['I want justice,', 'Philonise Floyd'],
    ]);
  });

  it('gives a quotation that is a sentence of its own to the paragraph’s last speaker, and a colon headline to its name', () => {
    const found = (text: string) =>
      extractArticle(text, { format: 'text' }).quotes.map((q) => [q.text, q.speaker]);
    expect(found('Sen. Tim Scott said the bill was ready. “It would work.”')).toEqual([
      ['It would work.', 'Tim Scott'],
    ]);
    // A fragment in a sentence without a speech verb is a term, whoever spoke before it.
    expect(
      found(
        'Sen. Tim Scott said the bill was ready. It would limit the doctrine of “qualified immunity” for officers.',
      ),
    ).toEqual([]);
    expect(found('Booker: ‘We are not there yet’\n\nWASHINGTON — Talks went on.')).toEqual([
      ['We are not there yet', 'Cory Booker'],
    ]);
    expect(found('Scott on police talks: ‘It’s June or bust’\n\nWASHINGTON — Talks went on.')).toEqual([
      ['It’s June or bust', 'Tim Scott'],
    ]);
  });

  it('takes a question verb’s subject for the speaker of a question right before it only', () => {
    const text = [
      'Rep. Thomas Greer asked reporters whether “the doctrine of immunity” was still on the table.',
      '“Is it over?” Greer asked.',
    ].join('\n\n');
    const found = extractArticle(text, { aliases, format: 'text' }).quotes;
    expect(found.map((q) => [q.text, q.speaker])).toEqual([['Is it over?', 'Thomas Greer']]);
  });
});

describe('the bundled alias table', () => {
  it('knows the negotiators of the bundled negotiation with party, state and chamber', () => {
    const table = bundledAliasTable();
    expect(table.people).toContainEqual(
      expect.objectContaining({
        name: 'Tim Scott',
        party: 'SCOTT',
        partyLetter: 'R',
        state: 'SC',
        chamber: 'senate',
      }),
    );
    expect(table.people).toContainEqual(
      expect.objectContaining({
        name: 'Karen Bass',
        party: 'BASS',
        partyLetter: 'D',
        state: 'CA',
        chamber: 'house',
        gender: 'f',
      }),
    );
    expect(table.organisations).toContainEqual(
      expect.objectContaining({ party: 'FOP', aliases: ['fraternal order of police', 'fop'] }),
    );
  });
});

describe('limits', () => {
  it('refuses an article over MAX_ARTICLE_BYTES with a NewsInputError naming the size and the limit', () => {
    const big = 'a'.repeat(MAX_ARTICLE_BYTES + 1);
    expect(() => extractArticle(big)).toThrow(NewsInputError);
    expect(() => extractArticle(big)).toThrow(
      `${MAX_ARTICLE_BYTES + 1} bytes, over the limit of ${MAX_ARTICLE_BYTES} bytes`,
    );
  });

  it('refuses an unknown format naming the field and the formats it takes', () => {
    expect(() => extractArticle('text', { format: 'pdf' as 'text' })).toThrow(
      new NewsInputError('format: expected html, text or auto, got "pdf"'),
    );
  });

  it('reads an article of exactly the limit', () => {
    const article = extractArticle(`"Yes," she said. ${'x'.repeat(MAX_ARTICLE_BYTES - 17)}`, {
      format: 'text',
    });
    expect(article.text.length).toBeGreaterThan(0);
  });
});
