/** The text of a file as the engine sees it, or why it was not read. */
export type Decoded =
  | { ok: true; text: string; warning?: string }
  | { ok: false; reason: string };

/**
 * Characters no article holds: controls other than tab, line feed, form feed and carriage return (U+0000
 * included), unassigned and private-use code points, lone surrogates and U+FFFD (bytes the decoder could
 * not read).
 */
const ODD_CHAR = /[\0-\x08\x0B\x0E-\x1F\x7F-\x9F\p{Cn}\p{Co}\p{Cs}\uFFFD]/gu;

/**
 * Above this share of odd characters the decoded "text" is binary. Random bytes read as UTF-16 give about
 * 15% (mostly unassigned and private-use code points), as windows-1252 about 23% (controls); real text,
 * even a badly converted one with some U+FFFD, stays well below.
 */
const MAX_ODD_SHARE = 0.05;

const NUL_REASON = 'binary file (NUL or control bytes)';

/**
 * Decodes a file's bytes: UTF-16 or UTF-8 by byte-order mark, else UTF-8; Latin-1 with a warning when not
 * UTF-8. Binary is refused: a NUL anywhere, or too many odd characters once decoded.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  // A byte-order mark is two bytes any binary file may start with: the decoded text is judged like any other.
  if (utf16) return judged({ ok: true, text: new TextDecoder(utf16).decode(bytes.subarray(2)) });
  // In UTF-8 and Latin-1 text a NUL byte never appears, wherever it stands in the file.
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: NUL_REASON };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return judged({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) });
  } catch {
    // Windows-1252 is what "Latin-1" text from the web almost always is; it maps every byte.
    return judged({ ok: true, text: new TextDecoder('windows-1252').decode(body), warning: 'not valid UTF-8; decoded as Latin-1 (windows-1252)' });
  }
}

/** The decoded text, or a refusal when too many of its characters are ones no text holds. */
function judged(decoded: Decoded & { ok: true }): Decoded {
  const { text } = decoded;
  const limit = text.length * MAX_ODD_SHARE;
  let odd = 0;
  for (const m of text.matchAll(ODD_CHAR)) {
    if (m[0] === '\0') return { ok: false, reason: NUL_REASON };
    if (++odd > limit) {
      return { ok: false, reason: 'binary file (control, unassigned or undecodable characters)' };
    }
  }
  return decoded;
}
