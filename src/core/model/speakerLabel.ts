// How a speaker reads to a person: its name, or the words the article wrote when they named nobody resolved.

import type { Speaker } from './index';

/** The speaker's name, or "he (unresolved)" for a pronoun or description the engine could not resolve. */
export function speakerLabel(s: Pick<Speaker, 'name' | 'text'>): string {
  return s.name ?? `${s.text.replace(/\s+/g, ' ')} (unresolved)`;
}
