// The corpus tree: People, Organisations, Places, Other Names (misc; when turned on), Quotes by speaker, Articles.
import * as vscode from 'vscode';
import type { Appearance, ArticleInfo, EntityOrder, EntitySummary, QuoteRecord } from '../core/corpus/types';
import { SPEAKER_GROUPS, type SpeakerGroup } from '../core/corpus/speakerGroups';
import type { EntityType } from '../core/model';
import { speakerLabel } from '../core/model/speakerLabel';
import { fileLabel, uriOf } from './adapters';
import { shorten } from './markdown';
import type { NewsLensServices } from './services';
import { quoteWords } from './quoteText';
import { TYPE_LABEL } from './typeLabels';

export type Node =
  | { kind: 'entity'; entity: EntitySummary }
  | { kind: 'entityArticle'; entity: EntitySummary; article: ArticleInfo; appearances: Appearance[] }
  | { kind: 'mention'; entity: EntitySummary; appearance: Appearance }
  | { kind: 'speaker'; entity: EntitySummary; count: number }
  | { kind: 'speakerGroup'; group: SpeakerGroup; label: string; count: number }
  | { kind: 'quote'; quote: QuoteRecord }
  | { kind: 'article'; article: ArticleInfo }
  | { kind: 'articleGroup'; article: ArticleInfo; group: 'people' | 'organizations' | 'quotes' };

/** Tree labels are plain text, but article text may hold newlines and control characters: fold them. */
export function plain(text: string, max = 80): string {
  return shorten(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' '), max);
}

const ICON: Record<EntityType, string> = { person: 'person', organization: 'organization', place: 'location', misc: 'tag' };
const REFRESH_DEBOUNCE_MS = 400;

export interface TreeState {
  filter: string;
  order: EntityOrder;
}

abstract class CorpusTree implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(protected readonly services: NewsLensServices, protected readonly state: TreeState) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  dispose(): void {
    this.emitter.dispose();
  }

  abstract getChildren(node?: Node): Node[];

  getParent(): undefined {
    return undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return treeItem(node);
  }

  protected filtered(entities: EntitySummary[]): EntitySummary[] {
    const f = this.state.filter.toLowerCase();
    return f ? entities.filter((e) => e.name.toLowerCase().includes(f)) : entities;
  }

  protected entityChildren(node: Node): Node[] {
    const corpus = this.services.corpus;
    if (node.kind === 'entity') {
      return corpus.appearances(node.entity.id).map((g) => ({ kind: 'entityArticle', entity: node.entity, article: g.article, appearances: g.appearances }));
    }
    if (node.kind === 'entityArticle') return node.appearances.map((a) => ({ kind: 'mention', entity: node.entity, appearance: a }));
    return [];
  }
}

/** People, Organisations, Places or Other Names, each row `N mentions · M articles`, children the articles then the mentions. */
export class EntityTree extends CorpusTree {
  // reveal() finds a node by identity, so a root node is the same object for as long as its entity lives.
  private readonly roots = new Map<string, Node & { kind: 'entity' }>();

  constructor(services: NewsLensServices, state: TreeState, private readonly type: EntityType) {
    super(services, state);
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const all = this.services.corpus.topEntities({ type: this.type, by: this.state.order });
      const live = new Set<string>();
      const nodes = this.filtered(all).map((entity) => {
        live.add(entity.id);
        const known = this.roots.get(entity.id);
        if (known) {
          known.entity = entity;
          return known;
        }
        const fresh = { kind: 'entity' as const, entity };
        this.roots.set(entity.id, fresh);
        return fresh;
      });
      for (const id of this.roots.keys()) if (!live.has(id)) this.roots.delete(id);
      return nodes;
    }
    return this.entityChildren(node);
  }

  /** The root node of an entity, for reveal(); undefined when filtered out or unknown. */
  nodeOf(id: string): Node | undefined {
    if (!this.roots.size) this.getChildren();
    return this.roots.get(id);
  }
}

/**
 * Quotes grouped by speaker, most quoted first, then the quotes of unnamed sources and of unresolved speakers
 * in a group each (never under a pronoun: speakerGroups.ts).
 */
export class QuoteTree extends CorpusTree {
  getChildren(node?: Node): Node[] {
    const corpus = this.services.corpus;
    if (!node) {
      const speakers = corpus.speakers();
      const names = new Set(this.filtered(speakers.map((s) => s.speaker)).map((e) => e.id));
      const named: Node[] = speakers.filter((s) => names.has(s.speaker.id)).map((s) => ({ kind: 'speaker', entity: s.speaker, count: s.count }));
      return this.state.filter ? named : [...named, ...this.groups()];
    }
    if (node.kind === 'speaker') return corpus.quotesBy(node.entity.id).map((quote) => ({ kind: 'quote', quote }));
    if (node.kind === 'speakerGroup') return corpus.quotesInGroup(node.group).map((quote) => ({ kind: 'quote', quote }));
    return [];
  }

  private groups(): Node[] {
    const out: Node[] = [];
    for (const { group, label } of SPEAKER_GROUPS) {
      const count = this.services.corpus.quotesInGroup(group).length;
      if (count) out.push({ kind: 'speakerGroup', group, label, count });
    }
    return out;
  }
}

/** Every article, with its people, organisations and quotes. */
export class ArticleTree extends CorpusTree {
  getChildren(node?: Node): Node[] {
    const corpus = this.services.corpus;
    if (!node) {
      const f = this.state.filter.toLowerCase();
      return corpus.articles()
        .filter((a) => !f || a.title.toLowerCase().includes(f) || a.path.toLowerCase().includes(f))
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title))
        .map((article) => ({ kind: 'article', article }));
    }
    if (node.kind === 'article') {
      return (['people', 'organizations', 'quotes'] as const).map((group) => ({ kind: 'articleGroup', article: node.article, group }));
    }
    if (node.kind === 'articleGroup') {
      const ann = corpus.annotations(node.article.path);
      if (!ann) return [];
      if (node.group === 'quotes') {
        return ann.quotes.map((q) => corpus.quoteAt(node.article.path, q.start)).filter((q): q is QuoteRecord => !!q).map((quote) => ({ kind: 'quote', quote }));
      }
      const type: EntityType = node.group === 'people' ? 'person' : 'organization';
      const seen = new Set<string>();
      const out: Node[] = [];
      for (const m of ann.entities) {
        if (m.type !== type || seen.has(m.entity)) continue;
        seen.add(m.entity);
        const entity = corpus.entity(m.entity);
        if (entity) out.push({ kind: 'entity', entity });
      }
      return out;
    }
    return this.entityChildren(node);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function openCommand(path: string, start: number, end: number): vscode.Command {
  return { command: 'newslens.openLocation', title: 'Open', arguments: [path, start, end] };
}

/** How each node looks; exported for the integration tests. */
export function treeItem(node: Node): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  switch (node.kind) {
    case 'entity': {
      const item = new vscode.TreeItem(plain(node.entity.name), C.Collapsed);
      item.description = `${plural(node.entity.mentionCount, 'mention')} · ${plural(node.entity.articleCount, 'article')}`;
      item.iconPath = new vscode.ThemeIcon(ICON[node.entity.type]);
      item.contextValue = 'newslens.entity';
      item.tooltip = `${node.entity.name} (${TYPE_LABEL[node.entity.type]})`;
      return item;
    }
    case 'entityArticle': {
      const item = new vscode.TreeItem(plain(node.article.title || fileLabel(node.article.path)), C.Collapsed);
      item.description = [node.article.date, plural(node.appearances.length, 'mention')].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon('file-text');
      item.resourceUri = uriOf(node.article.path);
      item.tooltip = node.article.path;
      return item;
    }
    case 'mention': {
      const a = node.appearance;
      const item = new vscode.TreeItem(`line ${a.line + 1}`, C.None);
      item.description = plain(a.snippet, 100);
      item.tooltip = a.role ? `${a.text} — ${a.role}` : a.text;
      item.command = openCommand(a.path, a.start, a.end);
      item.contextValue = 'newslens.mention';
      return item;
    }
    case 'speaker': {
      const item = new vscode.TreeItem(plain(node.entity.name), C.Collapsed);
      item.description = plural(node.count, 'quote');
      item.iconPath = new vscode.ThemeIcon('comment-discussion');
      item.contextValue = 'newslens.entity';
      return item;
    }
    case 'speakerGroup': {
      const item = new vscode.TreeItem(node.label, C.Collapsed);
      item.description = plural(node.count, 'quote');
      item.iconPath = new vscode.ThemeIcon('question');
      item.contextValue = 'newslens.speakerGroup';
      return item;
    }
    case 'quote': {
      const q = node.quote;
      const item = new vscode.TreeItem(`“${plain(quoteWords(q.text), 70)}”`, C.None);
      item.description = `${q.kind} · ${fileLabel(q.path)}:${q.line + 1}`;
      item.tooltip = `${q.speaker ? plain(speakerLabel(q.speaker)) : 'no speaker'}: “${plain(quoteWords(q.text), 400)}”`;
      item.iconPath = new vscode.ThemeIcon('quote');
      item.command = openCommand(q.path, q.start, q.end);
      item.contextValue = 'newslens.quote';
      return item;
    }
    case 'article': {
      const item = new vscode.TreeItem(plain(node.article.title || fileLabel(node.article.path)), C.Collapsed);
      item.description = [node.article.date, fileLabel(node.article.path)].filter(Boolean).join(' · ');
      item.resourceUri = uriOf(node.article.path);
      item.iconPath = new vscode.ThemeIcon('file-text');
      item.tooltip = node.article.path;
      item.contextValue = 'newslens.article';
      item.command = { command: 'vscode.open', title: 'Open', arguments: [uriOf(node.article.path)] };
      return item;
    }
    case 'articleGroup': {
      const label = { people: 'People', organizations: 'Organisations', quotes: 'Quotes' }[node.group];
      const item = new vscode.TreeItem(label, C.Collapsed);
      item.iconPath = new vscode.ThemeIcon({ people: 'person', organizations: 'organization', quotes: 'quote' }[node.group]);
      return item;
    }
  }
}

export const VIEW_IDS = {
  people: 'newslens.people',
  organizations: 'newslens.organizations',
  places: 'newslens.places',
  misc: 'newslens.misc',
  quotes: 'newslens.quotes',
  articles: 'newslens.articles',
} as const;

export interface TreeViews {
  providers: Record<keyof typeof VIEW_IDS, CorpusTree>;
  views: Record<keyof typeof VIEW_IDS, vscode.TreeView<Node>>;
  state: TreeState;
  refreshAll(): void;
}

/** Creates the six views, keeps them live (debounced) and owns their toolbar commands. */
export function registerTree(context: vscode.ExtensionContext, services: NewsLensServices): TreeViews {
  const state: TreeState = { filter: '', order: 'articles' };
  const providers = {
    people: new EntityTree(services, state, 'person'),
    organizations: new EntityTree(services, state, 'organization'),
    places: new EntityTree(services, state, 'place'),
    // Always created; package.json shows its view only while newslens.views.showMisc is on.
    misc: new EntityTree(services, state, 'misc'),
    quotes: new QuoteTree(services, state),
    articles: new ArticleTree(services, state),
  };
  const views = {} as TreeViews['views'];
  for (const key of Object.keys(VIEW_IDS) as (keyof typeof VIEW_IDS)[]) {
    views[key] = vscode.window.createTreeView(VIEW_IDS[key], { treeDataProvider: providers[key], showCollapseAll: true });
    context.subscriptions.push(views[key], providers[key]);
  }
  const refreshAll = () => {
    for (const p of Object.values(providers)) p.refresh();
    const message = state.filter ? `Filter: “${plain(state.filter, 40)}”` : undefined;
    for (const v of Object.values(views)) v.message = message;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Typing re-indexes one article many times a second; the tree catches up after a pause, not per keystroke.
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(refreshAll, REFRESH_DEBOUNCE_MS);
  };
  context.subscriptions.push(
    services.onDidChangeCorpus(refreshSoon),
    { dispose: () => clearTimeout(timer) },
    vscode.commands.registerCommand('newslens.refreshTree', refreshAll),
    vscode.commands.registerCommand('newslens.filterTree', async (text?: string) => {
      const value = typeof text === 'string' ? text : await vscode.window.showInputBox({
        title: 'Filter the NewsLens views', prompt: 'Show only names (or article titles) containing this text; empty to clear', value: state.filter,
      });
      if (value === undefined) return state.filter;
      state.filter = value.trim();
      void vscode.commands.executeCommand('setContext', 'newslens.treeFiltered', !!state.filter);
      refreshAll();
      return state.filter;
    }),
    vscode.commands.registerCommand('newslens.clearTreeFilter', () => {
      state.filter = '';
      void vscode.commands.executeCommand('setContext', 'newslens.treeFiltered', false);
      refreshAll();
    }),
    vscode.commands.registerCommand('newslens.sortTree', async (order?: EntityOrder) => {
      const picked = order ?? (await vscode.window.showQuickPick([
        { label: 'By articles', description: 'most articles first', order: 'articles' as const },
        { label: 'By mentions', description: 'most mentions first', order: 'mentions' as const },
        { label: 'By name', description: 'A to Z', order: 'name' as const },
      ], { title: 'Sort the NewsLens views' }))?.order;
      if (!picked) return state.order;
      state.order = picked;
      refreshAll();
      return state.order;
    }),
  );
  return { providers, views, state, refreshAll };
}
