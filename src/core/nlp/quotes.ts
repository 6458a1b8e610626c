import type { ArticleStructure, Mention, Quote } from '../model';
import type { Analysis } from './analysis';
import { giveFirstPersonToAuthor } from './authorVoice';
import { findDirectQuotes } from './directQuotes';
import { headlineIndirectQuotes } from './headlines';
import { findIndirectQuotes } from './indirectQuotes';
import { buildContext, type QuoteContext } from './quoteContext';
import { findMarkedQuotes } from './quoteMarks';
import { buildResolver, type SpeakerResolver } from './speakers';
import { joinLearned } from './speech/learnedQuotes';
import { speechEvidence, type SpeechEvidence } from './speech/speechEvidence';
import { speechModel, type SpeechModel } from './speech/speechModel';
import { rankSpeakers } from './speech/speakerRanker';
import type { CandidateSource } from './speech/speakerCandidates';
import { readSpeech } from './speech/speechSpans';

/** What the rules read of an article's quotes: the learned layer's evidence. */
export interface RuleReading {
  ctx: QuoteContext;
  resolver: SpeakerResolver;
  direct: Quote[];
  indirect: Quote[];
  evidence: SpeechEvidence;
}

/** The rules' direct and indirect quotes (headlines aside), and the evidence they give the learned model. */
export function ruleReading(text: string, structure: ArticleStructure, analysis: Analysis, mentions: Mention[]): RuleReading {
  const ctx = buildContext(text, structure, analysis);
  const resolver = buildResolver(ctx, mentions);
  const direct = findDirectQuotes(ctx, resolver);
  const indirect = findIndirectQuotes(ctx, resolver, direct);
  return { ctx, resolver, direct, indirect, evidence: speechEvidence(ctx, [...direct, ...indirect], mentions) };
}

/** Whether the rules' indirect quotes the model does not read as content are kept (chosen on polnear_dev). */
export const KEEP_RULE_INDIRECT = false;

/**
 * Direct and indirect quotes with their speakers and cues.
 * Direct quotes: Quote.start/end include the quote marks (see quoteMarks.ts); indirect quotes: the reported content.
 * One linear pass over the tokens of the single compromise analysis; compromise is not called again.
 */
export function findQuotes(text: string, structure: ArticleStructure, analysis: Analysis, mentions: Mention[]): Quote[] {
  return finishQuotes(text, structure, ruleReading(text, structure, analysis, mentions), speechModel());
}

/** The body's quotes, the rules' and the model's together, before the speaker ranker; and what they were read from. */
export function learnedQuotes(r: RuleReading, m: SpeechModel): { quotes: Quote[]; source: CandidateSource } {
  const reads = readSpeech(r.ctx, r.evidence, m);
  const indirect = joinLearned(r.ctx, r.resolver, r.indirect, reads, r.evidence, KEEP_RULE_INDIRECT);
  const source = { ctx: r.ctx, resolver: r.resolver, evidence: r.evidence, reads: new Map(reads.map((x) => [x.s.index, x])) };
  return { quotes: [...r.direct, ...indirect], source };
}

/** The quotes of the rules' reading and the model's, speakers ranked, headlines and the author's voice added. */
export function finishQuotes(text: string, structure: ArticleStructure, r: RuleReading, m: SpeechModel): Quote[] {
  const { quotes: body, source } = learnedQuotes(r, m);
  const ranked = m.ranker ? rankSpeakers(source, body, m.ranker, m.margin) : body;
  const headlines = headlineIndirectQuotes(r.resolver, text, structure.blocks, r.direct);
  const quotes = [...ranked, ...headlines].sort((a, b) => a.start - b.start).map(withoutMarkSpeaker);
  return giveFirstPersonToAuthor(text, structure, quotes, findMarkedQuotes(text, structure.blocks));
}

/** A "speaker" written without a letter (a quote mark, a dash, "18%") is a misread: the quote has none. */
export function withoutMarkSpeaker(q: Quote): Quote {
  return q.speaker && !/\p{L}/u.test(q.speaker.text) ? { ...q, speaker: null } : q;
}
