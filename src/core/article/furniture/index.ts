// The one driver over every furniture pattern: a line is furniture when one pattern holds for it.

import { BYLINES } from './bylines';
import { CAPTIONS } from './captions';
import { LAYOUT } from './layout';
import { holds, type FurniturePattern, type LinePlace } from './pattern';
import { PROMPTS } from './prompts';

export type { LinePlace } from './pattern';

const PATTERNS: readonly FurniturePattern[] = [...LAYOUT, ...CAPTIONS, ...BYLINES, ...PROMPTS];

/** The name of the furniture the trimmed line is ('photo credit', 'byline', ...), or null for text. */
export function furnitureOf(line: string, place: LinePlace): string | null {
  return PATTERNS.find((p) => holds(p, line, place))?.name ?? null;
}
