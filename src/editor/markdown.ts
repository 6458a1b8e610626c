// Article text is untrusted: everything taken from it is escaped before it reaches a Markdown view.

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:"'$]/g;

/** Text rendered literally in Markdown: no emphasis, links, HTML, entities or command URIs survive. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** Shortens text to about max characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return `${t.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** A `command:` link target with JSON arguments, encoded so that no article text can break out of it. */
export function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
