import { strict as assert } from 'node:assert';
import { annotateText } from '../../src/core/annotate';
import type { Quote } from '../../src/core/model';
import { findMarkedQuotes } from '../../src/core/nlp/quoteMarks';
import { parseArticle } from '../../src/core/article/structure';

// A title line keeps the first sentence of each case from being read as the headline.
const article = (body: string) => `Test article headline here\n\n${body}\n`;
const quotesOf = (body: string): { text: string; quotes: Quote[] } => {
  const text = article(body);
  return { text, quotes: annotateText(text).quotes };
};
const direct = (qs: Quote[]) => qs.filter((q) => q.kind === 'direct');
/** The resolved speaker name of the first direct quote in body ('' when it has none). */
const firstDirectSpeaker = (body: string): string => direct(quotesOf(body).quotes)[0]?.speaker?.name ?? '';
const indirect = (qs: Quote[]) => qs.filter((q) => q.kind === 'indirect');
/** The one indirect quote of the list (fails when there are none or several). */
const soleIndirect = (qs: Quote[]): Quote => {
  const ind = indirect(qs);
  assert.equal(ind.length, 1, `one indirect quote, not ${ind.length}`);
  return ind[0];
};
const marked = (body: string) => {
  const text = article(body);
  return findMarkedQuotes(text, parseArticle(text).blocks).map((q) => text.slice(q.start, q.end));
};

describe('quote marks', () => {
  it('pairs curly, straight and mixed marks and keeps the marks in the span', () => {
    assert.deepEqual(marked('He said “one thing” and "another thing" and “a third".'), ['“one thing”', '"another thing"', '“a third"']);
  });

  it('reads single quote marks in a headline, never an apostrophe, and never in running text', () => {
    const marks = (text: string) => findMarkedQuotes(text, parseArticle(text).blocks).map((q) => text.slice(q.start, q.end));
    assert.deepEqual(marks('Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\nThe lawmakers met on Monday.\n'), ['‘Disgusting Fraud.’']);
    assert.deepEqual(marks("Obama Sees 'Personal Insult' if Voters Don't Rally.\n\nHe spoke on Monday.\n"), ["'Personal Insult'"]);
    assert.deepEqual(marks('Trump Won’t Say Voters’ Views Matter\n\nThe candidate’s aides said the ‘plan’ was fine.\n'), []);
    const text = 'Flynn Says Trump ‘Absolutely Right’ on Generals\n\nThe general spoke on Monday.\n';
    assert.deepEqual(annotateText(text).quotes.filter((q) => q.kind === 'direct').map((q) => q.text), ['‘Absolutely Right’'], 'a headline quote in Title Case is no title');
    const its = annotateText('‘Time’ Just Announced Its ‘Person Of The Year’ And It Was Obvious\n\nThe magazine chose a chancellor.\n').quotes;
    assert.ok(its.every((q) => q.speaker?.name !== 'Its'), 'a capitalised possessive is no name');
  });

  it('reads typewriter `` and \'\' marks', () => {
    assert.deepEqual(marked("''It is fine,'' he said. ``Quite so,'' she said."), ["''It is fine,''", "``Quite so,''"]);
  });

  it('lets straight marks nest inside a curly quote', () => {
    assert.deepEqual(marked('“He called it "a farce" twice,” she said.'), ['“He called it "a farce" twice,”']);
  });

  it('continues an unclosed quote into the next paragraph that opens with a mark', () => {
    const got = marked('“This is the first part.\n\n“And this is the second,” he said.');
    assert.equal(got.length, 1);
    assert.ok(got[0].startsWith('“This is') && got[0].endsWith('second,”'));
  });

  it('ends an unclosed quote at its paragraph when the next one does not open with a mark', () => {
    const got = marked('He said “this never closes.\n\nThe next paragraph is plain “and this is quoted” text.');
    assert.deepEqual(got, ['“this never closes.', '“and this is quoted”']);
  });

  it('starts a new quote at a transcript label even when the previous paragraph did not close', () => {
    const got = marked('"WALLACE: Let us start.\n\n"PENCE: Well, look.');
    assert.deepEqual(got, ['"WALLACE: Let us start.', '"PENCE: Well, look.']);
  });

  it('ignores a stray closing mark and empty pairs', () => {
    assert.deepEqual(marked('Nothing” here "" and “ ” at all.'), []);
  });

  it('copes with 10,000 quote marks in a row sanely', () => {
    const body = `Start ${'"'.repeat(10000)} middle ${'“'.repeat(10000)} end ${'”'.repeat(10000)}.`;
    // A runaway (quadratic) scan shows as mocha's timeout; speed itself is the bench's business.
    const { text, quotes } = quotesOf(body);
    for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(quotes.length < 10, 'no flood of quotes');
  });
});

describe('direct quote speakers', () => {
  it('takes the speaker after the quote, in either order', () => {
    const { quotes } = quotesOf('“We will win,” Senator John Smith said on Monday. “We are ready,” said Mary Jones, a campaign spokeswoman.');
    const [a, b] = direct(quotes);
    assert.match(a.speaker?.text ?? '', /John Smith/);
    assert.equal(a.cue?.text, 'said');
    assert.match(b.speaker?.text ?? '', /Mary Jones/);
  });

  it('takes the speaker before the quote, after a colon or "that"', () => {
    const { quotes } = quotesOf('Maria Lopez told reporters: “The plan is dead.” Peter Brown added that “nothing will change.”');
    const [a, b] = direct(quotes);
    assert.match(a.speaker?.name ?? '', /Lopez/);
    assert.equal(a.cue?.text, 'told');
    assert.match(b.speaker?.name ?? '', /Brown/);
    assert.equal(b.cue?.text, 'added');
  });

  it('gives both halves of a split quote to the same speaker', () => {
    const { quotes } = quotesOf('“We will not stop,” Angela Merkel said, “until the job is done.”');
    const ds = direct(quotes);
    assert.equal(ds.length, 2);
    for (const q of ds) assert.match(q.speaker?.name ?? '', /Merkel/);
  });

  it('skips a parenthetical between the name and the cue', () => {
    const { quotes } = quotesOf('“It is a mistake,” Michael McFaul, a senior fellow at the Hoover Institution and a former ambassador to Russia, said of the plan.');
    assert.match(direct(quotes)[0].speaker?.text ?? '', /Michael McFaul/);
  });

  it('keeps the previous speaker for a following quote with no attribution of its own', () => {
    const { quotes } = quotesOf('“The talks failed,” Ali Shamkhani said.\n\n“We will try again next week.”');
    const ds = direct(quotes);
    assert.equal(ds.length, 2);
    assert.match(ds[1].speaker?.name ?? '', /Shamkhani/);
    assert.match(ds[1].speaker?.reason ?? '', /continues/);
  });

  it('gives a partial quote to the subject of its sentence', () => {
    const { quotes } = quotesOf('Donald Trump called the deal “a total disaster” on Tuesday.');
    const q = direct(quotes)[0];
    assert.match(q.speaker?.name ?? '', /Trump/);
  });

  it('reads a dash byline and a transcript label', () => {
    const { quotes } = quotesOf('“He scares me.” ― Carla Sanchez.\n\n"WALLACE: Let us start with the news."');
    const [a, b] = direct(quotes);
    assert.match(a.speaker?.name ?? '', /Carla Sanchez/);
    assert.match(b.speaker?.text ?? '', /WALLACE/);
  });

  it('leaves the speaker null when the text does not say who speaks', () => {
    const { quotes } = quotesOf('Vladimir Putin arrived in Tehran on Monday.\n\nThe slogan “peace through strength” was painted on the wall.');
    const q = direct(quotes).find((x) => x.text.includes('peace through strength'));
    assert.ok(q);
    assert.equal(q.speaker, null);
  });

  it('drops titles and handles in quote marks that nobody says', () => {
    const { quotes } = quotesOf('She appeared on “Fox News Sunday” and posted "pic.twitter.com/abc123" later.');
    assert.equal(direct(quotes).length, 0);
  });

  it('drops a programme title after an outlet or "on" even when the sentence has a speaker, but keeps a cry', () => {
    const { quotes } = quotesOf('“We will win this state,” Sanders told ABC’s “Good Morning America.” The crowd chanted “Bernie!” on cue.');
    assert.deepEqual(direct(quotes).map((q) => q.text), ['“We will win this state,”', '“Bernie!”']);
  });
});

describe('indirect speech', () => {
  it('reads "X said that ..." with the content after "that"', () => {
    const { quotes } = quotesOf('Lavrentiev said that Russia was committed to the agreements.');
    const q = indirect(quotes)[0];
    assert.equal(q.text, 'Russia was committed to the agreements');
    assert.equal(q.cue?.text, 'said');
    assert.match(q.speaker?.text ?? '', /Lavrentiev/);
  });

  it('reads "X says ..." without "that"', () => {
    const { quotes } = quotesOf('The senator says the bill will pass next week.');
    const q = indirect(quotes)[0];
    assert.equal(q.text, 'the bill will pass next week');
    assert.equal(q.speaker?.text, 'The senator');
  });

  it('reads content that opens with a contracted verb ("says it’s", "say he’s")', () => {
    const q = soleIndirect(quotesOf('Bush says it’s even more important to defend gun rights after the attacks.').quotes);
    assert.equal(q.text, 'it’s even more important to defend gun rights after the attacks');
    assert.match(q.speaker?.name ?? '', /Bush/);
  });

  it('reads a possessive subject whose noun the tagger took for a verb ("O’Malley’s campaign says")', () => {
    const q = soleIndirect(quotesOf('O’Malley’s campaign says it will shift staff to the early states.').quotes);
    assert.equal(q.speaker?.text, 'O’Malley’s campaign');
  });

  it('finds subjects the tagger makes hard: names like "The Times", ages, shares, postmodifiers, misread nouns', () => {
    const cases: Array<[string, string]> = [
      ['The Times said the emails it received were exchanges between the two men.', 'The Times'],
      ['Marley Anderson, 21, a junior from Las Vegas, said she turned out to support the senator.', 'Marley Anderson'],
      ['Six in 10 Virginia Democratic primary voters said Clinton is honest and trustworthy.', 'Six in 10 Virginia Democratic primary voters'],
      ['Officials close to the campaign say the senator will stay in the race.', 'Officials close to the campaign'],
      ['People briefed on the move said that it reflected a crisis in the campaign.', 'People briefed on the move'],
      ['The Clinton campaign said the AP report was misleading because it left out meetings.', 'The Clinton campaign'],
    ];
    for (const [body, speaker] of cases) assert.equal(soleIndirect(quotesOf(body).quotes).speaker?.text, speaker, body);
  });

  it('reads an attribution between commas after a single word ("Still, he said, ...")', () => {
    const q = soleIndirect(quotesOf('Still, he said, officials have to decide who gets extra scrutiny.').quotes);
    assert.equal(q.text, 'officials have to decide who gets extra scrutiny');
    assert.equal(q.speaker?.text, 'he');
  });

  it('looks past abbreviations inside an apposition ("X, a driver from Ava, Mo., who ..., said")', () => {
    const a = soleIndirect(quotesOf('Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said he already received overtime pay.').quotes);
    assert.match(a.speaker?.name ?? '', /Paul Porter/);
    const b = soleIndirect(quotesOf('Rep. Elijah Cummings (D-Md.), chair of the drafting committee, said Clinton did not appear concerned.').quotes);
    assert.match(b.speaker?.name ?? '', /Elijah Cummings/);
  });

  it('reads content whose subject is a gerund ("says running for president is tough")', () => {
    const q = soleIndirect(quotesOf('The billionaire businessman says running for president is tough, nasty and mean.').quotes);
    assert.equal(q.text, 'running for president is tough, nasty and mean');
  });

  it('ends a sentence at "U.S." when a sentence opener follows', () => {
    const { quotes } = quotesOf('Cox says Obama is trying to distract from attacks in the U.S. He says people don’t need more “condescending lectures.”');
    assert.equal(soleIndirect(quotes).text, 'Obama is trying to distract from attacks in the U.S.');
  });

  it('reads a sentence-final attribution "..., officials said."', () => {
    const { quotes } = quotesOf('The troops will leave the region by March, officials said.');
    const q = indirect(quotes)[0];
    assert.equal(q.text, 'The troops will leave the region by March');
    assert.equal(q.speaker?.text, 'officials');
  });

  it('reads "according to X" before and after the content', () => {
    const { quotes } = quotesOf('According to the ministry, the talks will resume in May. The deal was signed on Friday, according to Reuters.');
    const [a, b] = indirect(quotes);
    assert.equal(a.text, 'the talks will resume in May');
    assert.equal(a.cue?.text, 'According to');
    assert.match(a.speaker?.text ?? '', /ministry/);
    assert.equal(b.text, 'The deal was signed on Friday');
    assert.match(b.speaker?.text ?? '', /Reuters/);
  });

  it('ends the content before ", adding" or a later clause with a direct quote, and leaves mixed sentences to the direct quote', () => {
    const cases: [string, string, number][] = [
      ['Peter Brown noted that prices rose sharply, adding “this cannot go on.” Brown said the plan was “a farce.”', 'prices rose sharply', 2],
      ['Netanyahu said late Wednesday that he would go ahead with the meeting, although he tweeted that he “rejects the latest comments.”', 'he would go ahead with the meeting', 1],
    ];
    for (const [body, content, directCount] of cases) {
      const { quotes } = quotesOf(body);
      assert.equal(soleIndirect(quotes).text, content);
      assert.equal(direct(quotes).length, directCount);
    }
  });

  it('reads headline sources: "Name: ...", "X says ..." and "...: source"', () => {
    const text = 'Putin: Tehran and Damascus to decide on the presence\n\nBody text of the article comes here.\n';
    const q = annotateText(text).quotes.find((x) => x.kind === 'indirect');
    assert.ok(q);
    assert.equal(q.speaker?.text, 'Putin');
    assert.equal(q.cue?.text, ':');
  });

  it('reads "according to" sources the tagger misreads or that run on to the comma', () => {
    const a = soleIndirect(quotesOf('In Wisconsin, Sanders won 54 percent of union households on Tuesday night, according to exit polls.').quotes);
    assert.equal(a.speaker?.text, 'exit polls');
    const b = soleIndirect(quotesOf('According to early results of exit polls conducted for the networks, nearly half of the voters were black.').quotes);
    assert.equal(b.text, 'nearly half of the voters were black');
    assert.equal(b.speaker?.text, 'early results of exit polls conducted for the networks');
  });

  it('reads the question in "(When) asked whether ..., X said" with no speaker, and X\'s answer', () => {
    const { quotes } = quotesOf('Asked about the senator’s charges, Rubio said that the plan was sound.');
    const [question, answer] = indirect(quotes);
    assert.equal(question.text, 'about the senator’s charges');
    assert.equal(question.speaker, null);
    assert.equal(question.cue?.text, 'Asked');
    assert.match(answer.speaker?.name ?? '', /Rubio/);
    const b = quotesOf('When asked whether he would raise money for other candidates, Sanders smiled.');
    assert.equal(soleIndirect(b.quotes).text, 'whether he would raise money for other candidates');
    // With a subject of its own, "asked" is an ordinary attribution.
    assert.equal(soleIndirect(quotesOf('Officials asked whether the vote would go ahead, and it did.').quotes).speaker?.text, 'Officials');
  });

  it('finds "that" after a long hearer ("told The Post and Courier of Charleston on Saturday that ...")', () => {
    const q = soleIndirect(quotesOf('Wilson told The Post and Courier newspaper of Charleston on Saturday that he cast his ballot for Rubio.').quotes);
    assert.equal(q.text, 'he cast his ballot for Rubio');
    assert.match(q.speaker?.name ?? '', /Wilson/);
  });

  it('gives reported content after a passive cue no speaker ("Christie was asked whether ...")', () => {
    const a = soleIndirect(quotesOf('Chris Christie was asked whether he would issue a quarantine for travellers.').quotes);
    assert.equal(a.text, 'whether he would issue a quarantine for travellers');
    assert.equal(a.speaker, null);
    const b = soleIndirect(quotesOf('Paul Ryan was told that the vote would be delayed until March.').quotes);
    assert.equal(b.speaker, null);
    // With an agent, the agent is the speaker.
    const c = soleIndirect(quotesOf('Senator Mark Fuller has been criticized by some of his rivals for failing to spend time in the state.').quotes);
    assert.equal(c.speaker?.text, 'some of his rivals');
    assert.equal(c.text, 'failing to spend time in the state');
  });

  it('reads "CONTENT, according to X, a ..." as the clause before, not the apposition after', () => {
    const { quotes } = quotesOf('Her rating among young voters is worse than ever, according to Bill McInturff, a Republican pollster who ran the survey.');
    const [q] = indirect(quotes);
    assert.equal(q.text, 'Her rating among young voters is worse than ever');
    assert.match(q.speaker?.text ?? '', /McInturff/);
  });

  it('reads "is expected to" and "appears to" as reported with no speaker', () => {
    const { quotes } = quotesOf('The House is expected to pass a bipartisan bill later this week. The senator walked out of the room.');
    const q = soleIndirect(quotes);
    assert.equal(q.text, 'The House is expected to pass a bipartisan bill later this week');
    assert.equal(q.speaker, null);
    assert.equal(q.cue?.text, 'is expected');
  });

  it('reads "seemed to" like "appears to", with no speaker', () => {
    const q = soleIndirect(quotesOf('The governor seemed to be shrinking in political stature after the vote.').quotes);
    assert.equal(q.cue?.text, 'seemed');
    assert.equal(q.speaker, null);
  });

  it('reads stance verbs of seeking, speaking about, offering and seeing', () => {
    const cases: Array<[string, string, string]> = [
      ['The Trump team sought to get the event back on track.', 'sought', 'The Trump team'],
      ['Clinton spoke about the need for tougher gun laws in Ohio.', 'spoke about', 'Clinton'],
      ['Four in 10 voters see the campaign of Donald Trump as the most unfair.', 'see', 'Four in 10 voters'],
      ['The mayor offered his condolences to the families of the victims.', 'offered', 'The mayor'],
    ];
    for (const [body, cue, speaker] of cases) {
      const q = soleIndirect(quotesOf(body).quotes);
      assert.equal(q.cue?.text, cue, body);
      assert.equal(q.speaker?.text, speaker, body);
    }
  });

  it('reads "show/showed that" as a cue even when the tagger takes it for a noun', () => {
    const a = soleIndirect(quotesOf('Data show that the average income for college graduates is significantly higher.').quotes);
    assert.equal(a.speaker?.text, 'Data');
    const b = soleIndirect(quotesOf('A poll conducted by voters in the primary showed that change is also an important quality.').quotes);
    assert.equal(b.text, 'change is also an important quality');
    assert.equal(indirect(quotesOf('He watched a show that ran for ten years on the network.').quotes).length, 0);
  });

  it('reads nouns of speech and stance with their owner ("Trump’s attacks on Curiel", "his calls for a ban")', () => {
    const a = soleIndirect(quotesOf('The crowd cheered Donald Trump’s attacks on the federal judge in the case.').quotes);
    assert.equal(a.cue?.text, 'attacks on');
    assert.equal(a.text, 'the federal judge in the case');
    assert.match(a.speaker?.name ?? '', /Trump/);
    const b = quotesOf('Bernie Sanders spoke in Iowa. Voters liked his calls for a higher minimum wage.');
    const q = indirect(b.quotes).find((x) => x.cue?.text === 'calls for');
    assert.match(q?.speaker?.name ?? '', /Bernie Sanders/);
    // Inside reported content the noun is not a quote of its own.
    assert.equal(indirect(quotesOf('Trump said his attacks on the judge were fair and deserved.').quotes).length, 1);
  });

  it('reads what a poll shows as reported by the poll', () => {
    const { quotes } = quotesOf('A new survey of young voters shows a wide divide on the issue.');
    const [q] = indirect(quotes);
    assert.equal(q.text, 'a wide divide on the issue');
    assert.match(q.speaker?.text ?? '', /survey/);
  });
});

describe('direct quote speakers in context', () => {
  it('does not give a quote to the speaker of the clause that follows it after "and"', () => {
    const { quotes } = quotesOf('Ted Cruz accuses Obama of “leading from behind” and Donald Trump says he is “losing the war.”');
    const [a, b] = direct(quotes);
    assert.match(a.speaker?.name ?? '', /Cruz/);
    assert.match(b.speaker?.name ?? '', /Trump/);
  });

  it('gives a quote opening a sentence to the source of the reported speech just before it', () => {
    const { quotes } = quotesOf('“We will appeal,” said Maria Lopez. Daniel Coan, the defence attorney, argues that his client never urged violence. “The government has no case at all.”');
    const q = direct(quotes)[1];
    assert.match(q.speaker?.name ?? '', /Coan/);
  });

  it('takes the first cue of the sentence that has a subject for a partial quote', () => {
    assert.match(firstDirectSpeaker('And after the court refused to reinstate the law, Gov. Pat McCrory blamed the court’s “four liberal justices.”'), /McCrory/);
  });

  it('reads a cue after an auxiliary whatever its tag, and looks past a place in a parenthetical', () => {
    assert.match(firstDirectSpeaker('Mike Huckabee, for his part, is labeling the actions “a blatant abuse of power.”'), /Huckabee/);
    assert.match(firstDirectSpeaker('“I would have been sitting in Siberia,” Mr. Daniloff, now retired in Cambridge, Mass., said by telephone.'), /Daniloff/);
  });

  it('reads verbs of tone as cues and "reads a sign" as an inverted subject', () => {
    assert.match(firstDirectSpeaker('The reporter stood up. “Go back to Univision,” Donald Trump barked at him.'), /Trump/);
    const b = quotesOf('“There are invertebrates with more spine than the senator,” reads the banner outside the hall.');
    assert.match(direct(b.quotes)[0].speaker?.text ?? '', /^the banner/);
  });

  it('reads a short name before a colon as the source of the quote after it', () => {
    const { quotes } = quotesOf('The numbers moved again - Philip Bump: “Two weeks ago, his strongest territory had been the South.” More from the report: “Samples vary a lot.”');
    const [a, b] = direct(quotes);
    assert.equal(a.speaker?.text, 'Philip Bump');
    assert.equal(b.speaker?.text, 'the report');
    const c = quotesOf('The weather was cold in the city: “Nobody knows what happens next.”');
    assert.equal(direct(c.quotes)[0].speaker, null);
  });

  it('reads ", telling reporters," as a cue whatever its tag, and "X and Y" as one sentence subject', () => {
    const a = quotesOf('Weaver didn’t seem impressed with the comments on Tuesday, telling reporters, “A lot of people said the governor should step down.”');
    assert.equal(direct(a.quotes)[0].speaker?.text, 'Weaver');
    const b = quotesOf('Trump and Ryan issued a statement describing their meeting as a “very positive step toward unification” on Thursday.');
    assert.equal(direct(b.quotes)[0].speaker?.text, 'Trump and Ryan');
  });

  it('reads "the statement said" and an inverted speaker followed by "who ..."', () => {
    const a = quotesOf('The campaign moved. “Mr. Trump pays more than the rent,” the statement said.');
    assert.equal(direct(a.quotes)[0].speaker?.text, 'the statement');
    assert.match(firstDirectSpeaker('“Asking a superdelegate to get rid of themselves?” asked Sen. Barbara Mikulski of Maryland, who wants a commission.'), /Barbara Mikulski/);
  });

  it('gives quotes joined by "and" the speaker of the one that has it', () => {
    const { quotes } = quotesOf('Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean, the former governor, proclaimed.');
    const [a, b] = direct(quotes);
    assert.match(b.speaker?.name ?? '', /Howard Dean/);
    assert.equal(a.speaker?.name, b.speaker?.name);
  });

  it('reads "shot back" and "fired back" as cues', () => {
    const { quotes } = quotesOf('“He wants to be a tough guy tonight,” Trump shot back. Later, Bush fired back that “nobody believes it.”');
    const [a, b] = direct(quotes);
    assert.equal(a.cue?.text, 'shot back');
    assert.match(a.speaker?.name ?? '', /Trump/);
    assert.match(b.speaker?.name ?? '', /Bush/);
  });

  it('finds the named speaker at the end of a fronted place ("at the convention Sen. X said")', () => {
    assert.match(firstDirectSpeaker('On Saturday at the convention Sen. Elizabeth Warren (D-MA) said Donald Trump was a “proven failure” in business.'), /Elizabeth Warren/);
    assert.match(firstDirectSpeaker('At the rally Senator Jane Doe said the plan was “dead on arrival.”'), /Jane Doe/);
  });

  it('reads an attribution that goes on after “...!” or “...?” but not a new sentence after it', () => {
    const a = quotesOf('The game was slow. “Make America great again!” Donald Trump tweeted during the first half.');
    assert.match(direct(a.quotes)[0].speaker?.name ?? '', /Trump/);
    assert.equal(indirect(a.quotes).length, 0, 'a phrase of time is not what was tweeted');
    assert.match(firstDirectSpeaker('The vote began. “Alabama is proud to cast its votes!” Senator Jeff Sessions said as he launched the roll call.'), /Jeff Sessions/);
    const c = quotesOf('The crowd ran. “Stop that man now!” The police said the man ran away.');
    assert.equal(direct(c.quotes)[0].speaker, null);
  });

  it('looks past an apposition to the subject of a participle cue ("X, vice chair of Y, emailed ..., telling them, “...”")', () => {
    assert.match(firstDirectSpeaker('Huma Abedin, vice chairwoman for the campaign, emailed supporters on Monday, telling them, “I am a proud Muslim.”'), /Huma Abedin/);
  });

  it('never takes the object of "told" or "support" for an inverted subject, nor "continue to" for a cue', () => {
    assert.match(firstDirectSpeaker('Djokovic told a TV interviewer that he is feeling “a lot of emotion” before the match.'), /Djokovic/);
    assert.match(firstDirectSpeaker('In the campaign, Cruz said he’s certain Rubio will continue to be “a champion for limitless opportunity.”'), /Cruz/);
    assert.doesNotMatch(firstDirectSpeaker('Massie used to support fellow Kentuckian Rand Paul, but now said Trump had “the obligation to bring us together.”'), /Rand Paul/);
  });

  it('resolves "they" to a group just named and "who" to a quantity before it', () => {
    const a = quotesOf('Caucus-goers were asked about the court. By a wide margin, they said they preferred Clinton to handle the nominations.');
    const q = indirect(a.quotes).find((x) => x.cue?.text === 'said');
    assert.equal(q?.speaker?.text, 'they');
    // The group is a description nobody resolves: the pronoun keeps its span, the reason names the group.
    assert.equal(q?.speaker?.name, null);
    assert.match(q?.speaker?.reason ?? '', /'Caucus-goers', a group named just before/);
    const b = quotesOf('Among voters in the state, those who said the economy mattered most backed the governor.');
    const s = soleIndirect(b.quotes).speaker;
    assert.equal(s?.text, 'who');
    assert.match(s?.reason ?? '', /relative 'who' -> 'those'/);
  });

  it('resolves a pronoun to the person named earlier in the same sentence', () => {
    assert.match(firstDirectSpeaker('Scott Walker spoke in Ohio. Sen. Bernie Sanders said on Sunday that he was hoping for a large turnout, which “will help elect Kloppenburg.”'), /Bernie Sanders/);
  });

  it('never resolves "he" to a woman or "she" to a man known by name or title', () => {
    assert.doesNotMatch(firstDirectSpeaker('Hillary Clinton spoke in Ohio on Monday. In an interview, he says he will build a “deportation force” soon.'), /Clinton/);
    assert.match(firstDirectSpeaker('Congresswoman Pat Lee spoke in Ohio. Jordan Smith, a spokesman, arrived later. She says the plan is “dead on arrival.”'), /Pat Lee/);
  });

  it('continues the previous speaker after a fronted adverbial ("Unless rivals quit, “...”")', () => {
    const { quotes } = quotesOf('“It is an enormous moment,” said Steve Schmidt, a strategist. Unless rivals quit the race, “it is very difficult to stop him.”');
    assert.match(direct(quotes)[1].speaker?.name ?? '', /Steve Schmidt/);
    const other = quotesOf('“It is an enormous moment,” said Steve Schmidt, a strategist. The governor replied, “it is very difficult to stop him.”');
    assert.doesNotMatch(direct(other.quotes)[1].speaker?.name ?? '', /Schmidt/);
  });

  it('leaves a quote with no source in the text without a speaker', () => {
    const { quotes } = quotesOf('The weather was cold in the city. “Nobody knows what happens next.”');
    assert.equal(direct(quotes)[0].speaker, null);
  });
});
