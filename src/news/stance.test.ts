import { describe, expect, it } from 'vitest';
import { stanceOf } from './stance.js';

/** The stance of a quotation read alone (no sentence around it). */
const alone = (quote: string) => stanceOf(quote, '', '').stance;

describe('stanceOf', () => {
  it('finds no stance in process talk, nor in an obligation without a reform after it', () => {
    expect(alone('We had a productive meeting, and we meet again tomorrow.')).toBe('not a stance');
    expect(alone("It's weeks, not days.")).toBe('not a stance');
    expect(alone('We need to talk to our members first.')).toBe('not a stance');
    expect(alone('Everyone must be patient.')).toBe('not a stance');
  });

  it('reads a verb of change by its object: a reform target supports, anything else is no cue', () => {
    expect(alone('We have to end qualified immunity.')).toBe('supports change');
    expect(alone('Lower the bar to recklessness.')).toBe('supports change');
    expect(alone('Banning these raids is the least we can do.')).toBe('supports change');
    expect(alone('We will end the day with a vote on the rule of the chamber.')).toBe('not a stance');
    expect(alone('We end every meeting with a prayer.')).toBe('not a stance');
    // A noun is no verb: "a chokehold ban" is what the speaker is open to.
    expect(alone('I am open to a chokehold ban if it applies to everyone.')).toBe('open or conditional');
  });

  it('reads a verb of keeping the status quo as opposition, and its negation as support', () => {
    expect(alone('We are going to protect qualified immunity.')).toBe('opposes change');
    expect(alone('Keep the current standard.')).toBe('opposes change');
    expect(alone('We cannot keep the willful standard.')).toBe('supports change');
    expect(alone('We will protect the public.')).toBe('not a stance');
  });

  it('reads passing the bill as support of the change in general, and a demand without which there is no deal', () => {
    expect(alone('We are going to pass this bill.')).toBe('supports change');
    expect(alone('We will not pass a bill like that.')).toBe('opposes change');
    expect(alone('There is no deal without a registry.')).toBe('supports change');
    expect(alone('It was a good sign for the talks.')).toBe('not a stance');
    expect(alone("I'd support it.")).toBe('open or conditional');
  });

  it('turns an obligation negated inside the cue', () => {
    expect(alone('Congress should rewrite that standard.')).toBe('supports change');
    expect(alone('Congress should not rewrite that standard.')).toBe('opposes change');
  });

  it('reads a negated label of the opponents as a rebuttal, and a negated limit as openness', () => {
    expect(alone('This is defunding the police.')).toBe('opposes change');
    expect(alone("That's not defunding anybody.")).toBe('supports change');
    expect(alone('It is a red line for me.')).toBe('opposes change');
    expect(alone('It is not a red line for me anymore.')).toBe('open or conditional');
    expect(alone("That's a bridge too far.")).toBe('opposes change');
  });

  it('hedges the speaker’s own support by a condition, not the content of a conditional rule', () => {
    expect(alone("I'd support a registry if the appeals are fair.")).toBe('open or conditional');
    expect(alone('If a department takes federal dollars, it should meet federal standards.')).toBe(
      'supports change',
    );
  });

  it('reads giving up a reform as opposition, and refusing to give it up as support', () => {
    expect(alone('We should drop the registry.')).toBe('opposes change');
    expect(alone("I'm not giving up on this.")).toBe('supports change');
  });

  it('gives a short answer the nearest cue of its sentence, turned as its kind turns', () => {
    expect(
      stanceOf('It is,', '', ' Roe said when asked whether lowering the standard is essential.').stance,
    ).toBe('supports change');
    expect(
      stanceOf('Not a chance.', 'Asked if she would drop the immunity provision, Roe said, ', '').stance,
    ).toBe('supports change');
    expect(stanceOf('No,', '', ' he said when asked whether the ban is a red line.').stance).toBe(
      'open or conditional',
    );
    // "No problem" is no negative answer.
    expect(stanceOf('no problem', 'He said he had ', ' with ending no-knock raids.').stance).toBe(
      'supports change',
    );
  });

  it('reads words of harm, blame for inaction and urgency as support of the change', () => {
    expect(alone('Three men died in custody in this county last year.')).toBe('supports change');
    expect(alone('Two deputies were killed in this county last year.')).toBe('not a stance');
    expect(alone('An officer died on that highway.')).toBe('not a stance');
    expect(alone('Waiting at the door gets people killed.')).toBe('not a stance');
    expect(alone('The council should be ashamed.')).toBe('supports change');
    expect(alone('Doing nothing is not an option, and delay is unacceptable.')).toBe('supports change');
    expect(alone('Eighteen months, and lawmakers still have not managed to act on it.')).toBe('not a stance');
    expect(alone('Eighteen months, and lawmakers still cannot agree on a registry.')).toBe('supports change');
    expect(alone('The time is now.')).toBe('supports change');
    expect(alone('We will not stop until this is law.')).toBe('supports change');
    expect(alone('Today is not the end of our fight.')).toBe('supports change');
  });

  it('reads criticism of a weaker measure as wanting more, and a rebuttal of its charge as support', () => {
    expect(alone('Their version is weaker and far less effective.')).toBe('supports change');
    expect(alone('This draft is not as strong as it should be.')).toBe('supports change');
    expect(alone('This is not about punishing police.')).toBe('supports change');
    expect(alone('Our streets are not war zones.')).toBe('supports change');
  });

  it('reads the police side’s arguments as opposition', () => {
    expect(alone('Good cops will quit the job over this.')).toBe('opposes change');
    expect(alone('It means taking money away from police.')).toBe('opposes change');
  });

  it('reads giving up a reform by others as the speaker’s fear, and a necessity as no negation', () => {
    expect(alone('If they drop the registry, nothing is left.')).toBe('supports change');
    expect(alone('We have not given up on anything.')).toBe('supports change');
    expect(alone('You cannot have accountability without a registry.')).toBe('supports change');
    expect(alone('Nobody in this room is defending no-knock raids.')).toBe('supports change');
  });

  it('reads continuing an action as no verb of keeping, and a passive rejection as no limit of the speaker', () => {
    expect(alone('We are going to keep talking about it.')).toBe('not a stance');
    expect(alone('Both amendments were rejected on Tuesday.')).toBe('not a stance');
    expect(alone('We reject both amendments.')).toBe('opposes change');
  });

  it('reads the compromise of the good and the perfect, and an intrigued speaker, as open', () => {
    expect(alone("Don't make the perfect the enemy of the good.")).toBe('open or conditional');
    expect(alone('It is an intriguing proposal.')).toBe('open or conditional');
    expect(alone("I won't block a decent law because we can't pass a perfect law.")).toBe(
      'open or conditional',
    );
    expect(alone("We're looking at his proposal.")).toBe('open or conditional');
    expect(alone("By fall we'll be looking at a whole new calendar.")).toBe('not a stance');
  });

  it('reads promises deferred as a complaint of those who want the change', () => {
    expect(alone('They kept promising us a vote.')).toBe('supports change');
  });

  it('gives a relative’s or an advocate’s words without a cue the change they came for, but not their process talk', () => {
    const advocate = { role: 'supports change' as const };
    expect(stanceOf('My daughter was nineteen.', '', '', advocate)).toMatchObject({
      stance: 'supports change',
      basis: 'speaker role',
    });
    expect(stanceOf('We had a productive meeting with the senator.', '', '', advocate).stance).toBe(
      'not a stance',
    );
    expect(stanceOf('We are against this bill.', '', '', advocate).stance).toBe('opposes change');
  });

  it('reads a forecast as no stance, conditioning grants and praise of a proposal as support', () => {
    expect(alone('Odds are we will pass the bill by August.')).toBe('not a stance');
    expect(alone('We will pass the bill by August.')).toBe('supports change');
    expect(alone('If a city takes the federal money, the registry comes with it.')).toBe('supports change');
    expect(alone('I applaud the governor’s staff for putting together this reform package.')).toBe(
      'supports change',
    );
  });
});
