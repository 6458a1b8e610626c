// Quotes whose speaker is nobody the corpus knows, in the two groups the Quotes view lists them under: an
// unnamed source the article describes ("officials", "a spokesman") and a speaker the engine could not resolve
// ("he", "who", "the campaign"). A pronoun or a punctuation mark never becomes a group of its own.

import type { Quote } from '../model';

export type SpeakerGroup = 'unnamed' | 'unresolved';

/** The groups in the order the view lists them, with their labels. */
export const SPEAKER_GROUPS: readonly { group: SpeakerGroup; label: string }[] = [
  { group: 'unnamed', label: 'Unnamed sources' },
  { group: 'unresolved', label: 'Unresolved speaker' },
];

// Pronouns stand for someone named elsewhere: unresolved, even the plural ones ("they", "those").
const PRONOUN = /^(?:i|me|my|we|us|our|you|your|he|him|his|she|her|it|its|they|them|their|who|whom|whose|this|that|these|those)$/;
// News keeps a source unnamed with an indefinite or counting word: "a spokesman", "some analysts", "two officials".
const INDEFINITE = /^(?:a|an|some|several|many|most|few|other|others|one|two|three|four|five|numerous|various|unnamed|anonymous|senior)$/;
// Words that end in "s" without being plural.
const NOT_PLURAL = /(?:ss|us|is)$/;

/** Whether a description is plural ("officials", "Republican critics") or indefinite ("a spokesman"). */
export function isUnnamedSource(written: string): boolean {
  const words = written.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  if (!words.length || (words.length === 1 && PRONOUN.test(words[0]))) return false;
  if (INDEFINITE.test(words[0])) return true;
  const head = words[words.length - 1].replace(/['’]s?$/, '');
  return head.length > 3 && head.endsWith('s') && !NOT_PLURAL.test(head);
}

/**
 * The group of a quote whose speaker is nobody known (no corpus entity and no name), else null: a quote with a
 * named speaker is listed under that speaker, and a quote the text gives no speaker is not listed.
 */
export function speakerGroupOf(q: Pick<Quote, 'speaker'> & { speakerEntity: string | null }): SpeakerGroup | null {
  const s = q.speaker;
  if (!s || q.speakerEntity || s.entity || s.name !== null) return null;
  return isUnnamedSource(s.text) ? 'unnamed' : 'unresolved';
}
