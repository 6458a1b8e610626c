/** "Clinton" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d", "McDonald" -> "XxXx": runs of a class collapse to one. */
export function wordShape(w: string): string {
  let out = '';
  let prev = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== prev || !'Xxd'.includes(c)) out += c;
    prev = c;
    if (out.length > 12) break;
  }
  return out;
}

/** Coarser: the shape's first letter class and whether the word has a digit, a hyphen, a period. */
export function shortShape(w: string): string {
  const first = /^\p{Lu}/u.test(w) ? 'X' : /^\p{Ll}/u.test(w) ? 'x' : /^\p{N}/u.test(w) ? 'd' : 'p';
  const caps = /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w) && w.length > 1 ? 'A' : '';
  return `${first}${caps}${/\p{N}/u.test(w) ? 'd' : ''}${w.includes('-') ? 'h' : ''}${w.includes('.') ? '.' : ''}`;
}
