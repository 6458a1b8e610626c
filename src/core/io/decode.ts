/** The text of a file as the engine sees it, or why it was not read. */
export type Decoded =
  | { ok: true; text: string; warning?: string }
  | { ok: false; reason: string };

const SAMPLE = 8192;

/** Decodes a file's bytes: UTF-8 (BOM removed); Latin-1 with a warning when not UTF-8; binary refused. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (NUL or control bytes)' };
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    // Windows-1252 is what "Latin-1" text from the web almost always is; it maps every byte.
    return { ok: true, text: new TextDecoder('windows-1252').decode(body), warning: 'not valid UTF-8; decoded as Latin-1 (windows-1252)' };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > 0.1;
}
