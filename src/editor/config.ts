// Typed getters for the newslens.* settings; a malformed value falls back to the default with a warning.
import * as vscode from 'vscode';
import { DEFAULT_MAX_ARTICLE_KB } from '../core/io/sizeLimit';
import type { EntityType } from '../core/model';

export type HighlightKind = EntityType | 'quote';

const DEFAULT_INCLUDE = '**/*.{txt,news,article}';
const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**'];
/** Every kind of highlight, in the order they are drawn. */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['person', 'organization', 'place', 'misc', 'quote'];
// Misc names ("Brexit", "Christmas") are many and say little about who speaks: off unless asked for.
const DEFAULT_HIGHLIGHT: Record<HighlightKind, boolean> = { person: true, organization: true, place: false, misc: false, quote: true };

export interface NewsLensConfig {
  include: string;
  exclude: string[];
  maxFileSizeKB: number;
  associateArticles: boolean;
  highlightEnabled: boolean;
  highlight: Record<HighlightKind, boolean>;
  /** List misc names: the Other Names view, outline, workspace symbols, article summary, next/previous entity. */
  showMisc: boolean;
  /** Index a .txt file only when it reads as a news article (not code, a licence, a table or a log). */
  articleCheck: boolean;
}

/** Whether the views list entities of this type (misc names only when the reader turned them on). */
export function listsType(config: Pick<NewsLensConfig, 'showMisc'>, type: EntityType): boolean {
  return type !== 'misc' || config.showMisc;
}

/** Reads the settings; `warn` hears about values that were malformed and replaced by defaults. */
export function readConfig(warn: (message: string) => void): NewsLensConfig {
  const c = vscode.workspace.getConfiguration('newslens');
  const str = (key: string, fallback: string): string => {
    const v = c.get<unknown>(key, fallback);
    if (typeof v === 'string' && v.trim()) return v;
    warn(`newslens.${key} should be a non-empty string; using "${fallback}"`);
    return fallback;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const v = c.get<unknown>(key, fallback);
    if (typeof v === 'boolean') return v;
    warn(`newslens.${key} should be true or false; using ${fallback}`);
    return fallback;
  };
  const excludeRaw = c.get<unknown>('exclude', DEFAULT_EXCLUDE);
  const exclude = Array.isArray(excludeRaw) && excludeRaw.every((x) => typeof x === 'string') ? excludeRaw as string[] : (warn('newslens.exclude should be a list of globs; using the default'), DEFAULT_EXCLUDE);
  const sizeRaw = c.get<unknown>('maxFileSizeKB', DEFAULT_MAX_ARTICLE_KB);
  const maxFileSizeKB = typeof sizeRaw === 'number' && sizeRaw > 0 ? sizeRaw
    : (warn(`newslens.maxFileSizeKB should be a positive number; using ${DEFAULT_MAX_ARTICLE_KB}`), DEFAULT_MAX_ARTICLE_KB);
  const highlight = { ...DEFAULT_HIGHLIGHT };
  for (const k of HIGHLIGHT_KINDS) highlight[k] = bool(`highlight.${k}`, DEFAULT_HIGHLIGHT[k]);
  return {
    include: str('include', DEFAULT_INCLUDE),
    exclude,
    maxFileSizeKB,
    associateArticles: bool('associateArticles', true),
    highlightEnabled: bool('highlight.enabled', true),
    highlight,
    showMisc: bool('views.showMisc', false),
    articleCheck: bool('articleCheck', true),
  };
}

/** One glob for findFiles' exclude parameter. */
export function excludeGlob(config: NewsLensConfig): string | undefined {
  if (!config.exclude.length) return undefined;
  return config.exclude.length === 1 ? config.exclude[0] : `{${config.exclude.join(',')}}`;
}
