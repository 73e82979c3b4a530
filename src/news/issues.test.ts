import { describe, expect, it } from 'vitest';
import { aliasTable, extractArticle } from './index.js';
import { isProcessTalk, issueOf } from './issues.js';

describe('issueOf', () => {
  it('knows each issue by its legal and press vocabulary', () => {
    expect(issueOf('Victims deserve their day in court.')).toBe('QI');
    expect(issueOf('Officers would be personally liable.')).toBe('QI');
    expect(issueOf('Juries can finally convict.')).toBe('S242');
    expect(issueOf('We have to end these raids.')).toBe('NOKNOCK');
    expect(issueOf('Fired officers get hired again two counties over.')).toBe('DATA');
    expect(issueOf('Nobody needs a tank on Main Street.')).toBe('MILEQUIP');
    expect(issueOf('Departments that lose accreditation lose eligibility.')).toBe('FUNDING');
    expect(issueOf('Deadly force as a last resort.')).toBe('UOF');
    expect(issueOf('We will pass the bill.')).toBe('general');
    expect(issueOf('It rained on Tuesday.')).toBeNull();
  });

  it('reads a list of three issues as the package, and an incentive only when it is paid in grants', () => {
    expect(issueOf('The deal bans chokeholds, limits military equipment and builds a registry.')).toBe(
      'general',
    );
    expect(issueOf('The deal bans chokeholds and builds a registry of misconduct records.')).toBe('DATA');
    expect(issueOf('We want to change the incentives of every officer.')).toBeNull();
    expect(issueOf('States get federal incentives to adopt the standard.')).toBe('FUNDING');
    expect(issueOf('The measure passed.')).toBe('general');
    expect(issueOf('It is a half-measure.')).toBeNull();
    expect(issueOf('Families cannot get into a courtroom.')).toBe('QI');
  });
});

describe('isProcessTalk', () => {
  it('knows talk about the talks, but not when the quotation names an issue', () => {
    expect(isProcessTalk('We picked up right where we left off.')).toBe(true);
    expect(isProcessTalk("It's weeks, not days.")).toBe(true);
    expect(isProcessTalk('Nobody walked out, which is a good sign.')).toBe(true);
    expect(isProcessTalk('We made progress on qualified immunity.')).toBe(false);
    expect(isProcessTalk('Officers make split-second decisions.')).toBe(false);
    expect(isProcessTalk('Good officers will walk away from the job.')).toBe(false);
  });
});

describe('the issue of a quotation in an article', () => {
  const aliases = aliasTable([
    { id: 'ROE', name: 'Sen. Jane Roe (D-VT)', kind: 'negotiator' },
    { id: 'DOE', name: 'Rep. John Doe (R-OH)', kind: 'negotiator' },
  ]);
  const article = extractArticle(
    [
      'The fight over qualified immunity dragged on this week.',
      '"We made good progress this morning," Roe said. "I said what I said," Doe said.',
      'Negotiators also discussed the bill as a whole. "We will see," Roe said.',
    ].join('\n\n'),
    { aliases },
  );
  const issue = (start: string) => article.quotes.find((q) => q.text.startsWith(start))?.issue;

  it('makes process talk general, whatever the paragraph before is about', () => {
    expect(issue('We made good progress')).toBe('general');
  });

  it('carries the topic of the paragraph before over a quotation with no issue of its own', () => {
    expect(issue('I said what I said')).toBe('QI');
  });

  it('lets the words of the bill in the quotation’s own paragraph decide general', () => {
    expect(issue('We will see')).toBe('general');
  });

  const later = extractArticle(
    [
      'Chokeholds would be banned under the draft.',
      'Doe said the bill as a whole was too weak.',
      '"We can do better than this."',
      'Roe spoke after him.',
      '"It will take time," Roe said.',
      'A ban on chokeholds, limits on military equipment and a national registry were all agreed.',
      'Negotiators left the room.',
      '"Good night," Doe said.',
    ].join('\n\n'),
    { aliases },
  );
  const laterIssue = (start: string) => later.quotes.find((q) => q.text.startsWith(start))?.issue;

  it('takes the paragraph before a quotation that names its speaker for its own', () => {
    expect(laterIssue('We can do better')).toBe('general');
    // A paragraph naming the speaker without a cue lets the topic carry over from before it.
    expect(laterIssue('It will take time')).toBe('CHOKEHOLD');
  });

  it('lets a specific issue of the quotation’s paragraph outweigh words of the bill in its sentence, not in its words', () => {
    const article = extractArticle(
      [
        'Roe said the doctrine of qualified immunity should change. If negotiators fail, she said, Congress could "take it up next year."',
        'Roe said the doctrine of qualified immunity should change. "The bill can wait," she said.',
      ].join('\n\n'),
      { aliases },
    );
    expect(article.quotes.map((q) => q.issue)).toEqual(['QI', 'general']);
  });

  it('reads a paragraph listing three issues as the package at any distance', () => {
    expect(laterIssue('Good night')).toBe('general');
  });
});
