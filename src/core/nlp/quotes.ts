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
import { speechModel } from './speech/speechModel';
import { readSpeech, type SentenceSpeech } from './speech/speechSpans';

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
  const r = ruleReading(text, structure, analysis, mentions);
  return finishQuotes(text, structure, r, readSpeech(r.ctx, r.evidence, speechModel()));
}

/** The quotes of the rules' reading and the model's, headlines and the author's voice added. */
export function finishQuotes(text: string, structure: ArticleStructure, r: RuleReading, reads: readonly SentenceSpeech[]): Quote[] {
  const indirect = joinLearned(r.ctx, r.resolver, r.indirect, reads, r.evidence, KEEP_RULE_INDIRECT);
  const headlines = headlineIndirectQuotes(r.resolver, text, structure.blocks, r.direct);
  const quotes = [...r.direct, ...indirect, ...headlines].sort((a, b) => a.start - b.start).map(withoutMarkSpeaker);
  return giveFirstPersonToAuthor(text, structure, quotes, findMarkedQuotes(text, structure.blocks));
}

/** A "speaker" written without a letter (a quote mark, a dash, "18%") is a misread: the quote has none. */
export function withoutMarkSpeaker(q: Quote): Quote {
  return q.speaker && !/\p{L}/u.test(q.speaker.text) ? { ...q, speaker: null } : q;
}
