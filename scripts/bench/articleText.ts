/** About `size` characters of real article text: the corpus's articles joined paragraph-wise, repeated if need be. */
export function articleOfSize(texts: readonly string[], size: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i = (i + 1) % texts.length) {
    parts.push(texts[i]);
    n += texts[i].length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}
