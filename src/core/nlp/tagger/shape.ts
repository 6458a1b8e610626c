/** "Clinton" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d", "McDonald" -> "XxXx": runs of a class collapse to one. */
export function wordShape(w: string): string {
  let out = '';
  let prev = '';
  for (const ch of w) {
    const c = charClass(ch);
    if (c !== prev || !'Xxd'.includes(c)) out += c;
    prev = c;
    if (out.length > 12) break;
  }
  return out;
}

/** 'X' upper-case letter, 'x' lower-case, 'd' digit, else the character itself (ASCII without a regex). */
function charClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    if (code >= 48 && code <= 57) return 'd';
    return ch;
  }
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

/** Coarser: the first character's class, and whether the word is all capitals, has a digit, a hyphen, a period. */
export function shortShape(w: string): string {
  let first = '';
  let upper = false;
  let lower = false;
  let digit = false;
  for (const ch of w) {
    const c = charClass(ch);
    if (!first) first = c === 'X' || c === 'x' || c === 'd' ? c : 'p';
    if (c === 'X') upper = true;
    else if (c === 'x') lower = true;
    else if (c === 'd') digit = true;
  }
  const caps = upper && !lower && w.length > 1 ? 'A' : '';
  return `${first || 'p'}${caps}${digit ? 'd' : ''}${w.includes('-') ? 'h' : ''}${w.includes('.') ? '.' : ''}`;
}
