// Escaping for the report page: article text goes into HTML text and attributes only through escapeHtml, and
// into the embedded JSON only through jsonForScript, so nothing an article says can close a tag or a script.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** For a double-quoted attribute whose value keeps its single quotes readable (the CSP's 'none', 'nonce-…'). */
export function escapeAttribute(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

/**
 * JSON to put inside <script type="application/json">: `<`, `>` and `&` as \u escapes (so "</script>" or
 * "<!--" in an article cannot end or change the element), and the two line separators JavaScript once refused.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A script's code to inline in a <script> element: a "</script" inside a string literal becomes "<\/script". */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}
