// Which files of the workspace NewsLens treats as articles. A .news or .article file is one by its name; any
// other file the include glob matches (.txt) only when its text reads as a news article (core's
// checkArticle), so that a code repository's LICENSE.txt, requirements.txt or a log is never annotated.
// The reader turns the check off with newslens.articleCheck, or for one workspace with "Index this folder
// anyway" (kept in the workspace's state).
import * as vscode from 'vscode';
import { checkArticle } from '../core/article/articleCheck';

/** The workspace-state key set by "Index this folder anyway". */
export const INDEX_ANYWAY_KEY = 'newslens.indexAnyway';
/** File endings that declare an article: no text check. */
const DECLARED = /\.(?:news|article)$/i;

export class ArticleFilter {
  /** Verdicts on open documents, by uri and version: the check runs once per edit, not once per question. */
  private readonly verdicts = new Map<string, { version: number; refusal: string | null }>();

  constructor(private readonly state: vscode.Memento, private readonly checkOn: () => boolean) {}

  /** Whether the text check applies at all: on by setting, and the reader did not ask to index anyway. */
  checking(): boolean {
    return this.checkOn() && !this.state.get<boolean>(INDEX_ANYWAY_KEY, false);
  }

  async indexAnyway(on: boolean): Promise<void> {
    await this.state.update(INDEX_ANYWAY_KEY, on || undefined);
  }

  /** Why the file at path, holding text, is not indexed ("not an article (looks like a licence)"), or null. */
  refusal(path: string, text: string): string | null {
    if (!this.checking() || DECLARED.test(path)) return null;
    const verdict = checkArticle(text, path.slice(path.lastIndexOf('/') + 1));
    return verdict.article ? null : `not an article (${verdict.reason})`;
  }

  /** The same question for an open document, answered once per version. */
  refusesDocument(doc: vscode.TextDocument): string | null {
    const key = doc.uri.toString();
    const known = this.verdicts.get(key);
    if (known?.version === doc.version) return known.refusal;
    const refusal = this.refusal(doc.uri.path, doc.getText());
    this.verdicts.set(key, { version: doc.version, refusal });
    return refusal;
  }

  /** Forgets every verdict: the setting or the workspace's choice changed. */
  reset(): void {
    this.verdicts.clear();
  }

  /** Forgets a closed document's verdict. */
  forget(doc: vscode.TextDocument): void {
    this.verdicts.delete(doc.uri.toString());
  }
}
