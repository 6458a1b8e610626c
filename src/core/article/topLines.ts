// The first lines of an article, where the page prints its headline, label, byline and date.

/** The first count non-empty lines of text, trimmed. */
export function* topLines(text: string, count: number): Generator<string> {
  let seen = 0;
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const line = m[0].trim();
    if (!line) continue;
    yield line;
    if (++seen >= count) return;
  }
}
