// Hover cards: who a person, organisation, place or misc name is across the corpus, and who speaks a quote.
import * as vscode from 'vscode';
import type { ArticleAppearances, CorpusQueries, EntityHit, QuoteRecord } from '../core/corpus/types';
import { describeRule } from '../core/nlp/quoteRules';
import { pathOf, toRange } from './adapters';
import { NEWS_SELECTOR } from './languageSelector';
import { commandUri, escapeMarkdown as esc, shorten } from './markdown';
import type { IndexingState, NewsLensServices } from './services';
import { quoteWords } from './quoteText';
import { TYPE_LABEL } from './typeLabels';
import { speakerLabel } from '../core/model/speakerLabel';
import { groupStoreAppearances } from './team/storeAppearances';
import type { TeamMode } from './team/teamMode';

/** The only commands a hover card may run; everything else in it is inert text. */
export const HOVER_COMMANDS = ['newslens.openLocation', 'newslens.showAllAppearances', 'newslens.notThisPerson'];
const MAX_QUOTES = 3;
const MAX_OTHER_ARTICLES = 5;

export function registerHover(context: vscode.ExtensionContext, services: NewsLensServices, team?: TeamMode): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(NEWS_SELECTOR, {
    async provideHover(doc, position, token) {
      const path = pathOf(doc.uri);
      const offset = doc.offsetAt(position);
      const hit = services.corpus.entityAt(path, offset);
      if (token.isCancellationRequested) return undefined;
      if (hit) {
        // Team mode, connected: the other appearances are the store's (the whole team's corpus); else the local index's.
        const stored = team?.state().kind === 'connected' ? await team.appearances(hit.entity.id) : undefined;
        if (token.isCancellationRequested) return undefined;
        const groups = stored ? await groupStoreAppearances(services, stored, false) : undefined;
        return new vscode.Hover(entityCard(services.corpus, path, hit, token, services.indexing(), groups), toRange(doc, hit));
      }
      const quote = services.corpus.quoteAt(path, offset);
      if (quote) return new vscode.Hover(quoteCard(services.corpus, quote), toRange(doc, quote));
      return undefined;
    },
  }));
}

function card(): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.supportHtml = false;
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  return md;
}

function openLink(label: string, path: string, start: number, end: number): string {
  return `[${esc(label)}](${commandUri('newslens.openLocation', [path, start, end])})`;
}

/** The link that undoes office mentions written as `text` (the corrections file ignores texts, not one place). */
function notThisPerson(text: string): string {
  const written = text.replace(/\s+/g, ' ').trim();
  return `[Not this person](${commandUri('newslens.notThisPerson', [written])}) _(undoes every office mention written “${esc(written)}”)_`;
}

/**
 * The card of a person, organisation, place or misc name: name, roles, counts, quotes, other articles.
 * While the corpus is still being indexed the card says how far it has got: other appearances fill in.
 */
export function entityCard(
  corpus: CorpusQueries, path: string, hit: EntityHit, token?: vscode.CancellationToken, indexing?: IndexingState, fromStore?: ArticleAppearances[],
): vscode.MarkdownString {
  const e = hit.entity;
  const md = card();
  md.appendMarkdown(`**${esc(e.name)}** · ${TYPE_LABEL[e.type]}\n\n`);
  if (hit.link) md.appendMarkdown(`_${esc(`“${hit.text}” → ${e.name}: ${hit.link.detail}`)}_\n\n`);
  if (hit.link?.kind === 'office') md.appendMarkdown(`${notThisPerson(hit.text)}\n\n`);
  const aliases = corpus.aliases(e.id);
  if (aliases.length) md.appendMarkdown(`Also written: ${aliases.slice(0, 5).map((a) => esc(a)).join(' · ')}\n\n`);
  const groups = fromStore ?? corpus.appearances(e.id);
  const here = groups.find((g) => g.article.path === path);
  const others = groups.filter((g) => g.article.path !== path);
  md.appendMarkdown(`${here?.appearances.length ?? 0} mention${here?.appearances.length === 1 ? '' : 's'} in this article · ${others.length} other article${others.length === 1 ? '' : 's'}${fromStore ? ' _(team store)_' : ''}\n\n`);
  if (indexing?.busy) md.appendMarkdown(`_Indexing ${indexing.done} of ${indexing.total}: other appearances fill in as the corpus is read_\n\n`);

  const roles = corpus.roles(e.id);
  if (roles.length) {
    const titles = new Map(groups.map((g) => [g.article.path, g.article.title]));
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const r of roles) {
      const key = `${r.role.toLowerCase()}|${r.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`- ${esc(r.role)} — _${esc(shorten(titles.get(r.path) ?? '', 60))}_`);
    }
    md.appendMarkdown(`**Roles**\n\n${lines.slice(0, 5).join('\n')}\n\n`);
  }
  if (token?.isCancellationRequested) return md;

  if (others.length) {
    md.appendMarkdown('**Also appears in**\n\n');
    for (const g of others.slice(0, MAX_OTHER_ARTICLES)) {
      const first = g.appearances[0];
      const date = g.article.date ? ` · ${esc(g.article.date)}` : '';
      md.appendMarkdown(`- ${openLink(shorten(g.article.title || g.article.path, 70), g.article.path, first.start, first.end)}${date} — ${esc(shorten(first.snippet, 80))}\n`);
    }
    if (others.length > MAX_OTHER_ARTICLES) md.appendMarkdown(`- … and ${others.length - MAX_OTHER_ARTICLES} more\n`);
    md.appendMarkdown('\n');
  }
  const quotes = corpus.quotesBy(e.id);
  if (quotes.length) {
    md.appendMarkdown(`**Quotes** (${quotes.length})\n\n`);
    for (const q of quotes.slice(0, MAX_QUOTES)) {
      md.appendMarkdown(`- ${openLink(`“${shorten(quoteWords(q.text), 90)}”`, q.path, q.start, q.end)}\n`);
    }
    md.appendMarkdown('\n');
  }

  const total = groups.reduce((n, g) => n + g.appearances.length, 0);
  md.appendMarkdown(`[Show all ${total} appearances](${commandUri('newslens.showAllAppearances', [e.id])})`);
  return md;
}

/** The card of a quote: kind, speaker and why, cue. */
export function quoteCard(corpus: CorpusQueries, q: QuoteRecord): vscode.MarkdownString {
  const md = card();
  md.appendMarkdown(`**${q.kind === 'direct' ? 'Direct' : 'Indirect'} quote**\n\n`);
  if (q.speaker) {
    // An unresolved speaker shows the words the article wrote: "he (unresolved)".
    const who = q.speakerEntity ? corpus.entity(q.speakerEntity)?.name ?? speakerLabel(q.speaker) : speakerLabel(q.speaker);
    const asWritten = q.speaker.name !== null && q.speaker.text !== who ? ` (written “${esc(q.speaker.text)}”)` : '';
    md.appendMarkdown(`Speaker: **${esc(who)}**${asWritten}\n\n`);
    if (q.speaker.reason) md.appendMarkdown(`_${esc(q.speaker.reason)}_\n\n`);
  } else {
    md.appendMarkdown('Speaker: _not stated in the text_\n\n');
  }
  if (q.cue) md.appendMarkdown(`Cue: “${esc(q.cue.text)}”\n\n`);
  if (q.rule) md.appendMarkdown(`Found by: ${esc(describeRule(q.rule))}\n\n`);
  md.appendMarkdown(`> “${esc(shorten(quoteWords(q.text), 200))}”`);
  return md;
}
