/** The words of a quote without its outer quote marks, whitespace folded: views add their own marks. */
export function quoteWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^["“”„‘’'«»]+|["“”„‘’'«»]+$/g, '').trim();
}
