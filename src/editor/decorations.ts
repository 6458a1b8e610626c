// Highlights people, organisations, places, misc names and quotes in visible article editors, from the index.
import * as vscode from 'vscode';
import { pathOf, toRange } from './adapters';
import { HIGHLIGHT_KINDS, type HighlightKind } from './config';
import type { NewsLensServices } from './services';

const CURSOR_DEBOUNCE_MS = 150;

function createTypes(): Record<HighlightKind | 'speaker', vscode.TextEditorDecorationType> {
  const color = (id: string) => new vscode.ThemeColor(`newslens.${id}`);
  const entity = (id: string) => vscode.window.createTextEditorDecorationType({
    backgroundColor: color(`${id}Background`),
    borderRadius: '2px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  return {
    person: entity('person'),
    organization: entity('organization'),
    place: entity('place'),
    misc: entity('misc'),
    // Quotes are long: a tint and a thin underline keep the entity colours readable on top.
    quote: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('quoteBackground'),
      borderColor: color('quoteBorder'),
      borderStyle: 'none none solid none',
      borderWidth: '1px',
    }),
    speaker: vscode.window.createTextEditorDecorationType({
      borderColor: color('speakerBorder'),
      borderStyle: 'solid',
      borderWidth: '0 0 2px 0',
      fontWeight: 'bold',
    }),
  };
}

/** Highlights drawn in one editor: its document and how many ranges (the integration tests time them). */
export interface Decorated {
  uri: string;
  ranges: number;
}

/**
 * Applies highlights to every visible article editor, at once on open or switch and debounced while typing.
 * Returns the event fired after each editor's highlights are drawn.
 */
export function registerDecorations(context: vscode.ExtensionContext, services: NewsLensServices): vscode.Event<Decorated> {
  const types = createTypes();
  const decorated = new vscode.EventEmitter<Decorated>();
  context.subscriptions.push(...Object.values(types), decorated);
  const timers = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();

  const apply = (editor: vscode.TextEditor) => {
    const config = services.config();
    const ann = services.corpus.annotations(pathOf(editor.document.uri));
    const ranges: Record<HighlightKind, vscode.Range[]> = { person: [], organization: [], place: [], misc: [], quote: [] };
    if (ann && config.highlightEnabled) {
      const doc = editor.document;
      for (const e of ann.entities) if (config.highlight[e.type]) ranges[e.type].push(toRange(doc, e));
      if (config.highlight.quote) for (const q of ann.quotes) ranges.quote.push(toRange(doc, q));
    }
    for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(types[kind], ranges[kind]);
    applySpeaker(editor);
    decorated.fire({ uri: editor.document.uri.toString(), ranges: HIGHLIGHT_KINDS.reduce((n, k) => n + ranges[k].length, 0) });
  };
  // Moving the cursor only moves the speaker emphasis: one lookup, not a redraw of every highlight
  // (a 2 MB article has tens of thousands of them).
  const applySpeaker = (editor: vscode.TextEditor) => {
    const config = services.config();
    const doc = editor.document;
    const quote = config.highlightEnabled && config.highlight.quote
      ? services.corpus.quoteAt(pathOf(doc.uri), doc.offsetAt(editor.selection.active))
      : undefined;
    editor.setDecorations(types.speaker, quote?.speaker ? [toRange(doc, quote.speaker)] : []);
  };
  const applyVisible = () => vscode.window.visibleTextEditors.forEach(apply);
  const later = (editor: vscode.TextEditor) => {
    clearTimeout(timers.get(editor));
    timers.set(editor, setTimeout(() => {
      timers.delete(editor);
      applySpeaker(editor);
    }, CURSOR_DEBOUNCE_MS));
  };

  context.subscriptions.push(
    vscode.window.onDidChangeVisibleTextEditors(applyVisible),
    vscode.window.onDidChangeActiveTextEditor((e) => e && apply(e)),
    vscode.window.onDidChangeTextEditorSelection((e) => later(e.textEditor)),
    services.onDidChangeCorpus((change) => {
      const changed = new Set(change.paths);
      for (const e of vscode.window.visibleTextEditors) if (!change.paths.length || changed.has(pathOf(e.document.uri))) apply(e);
    }),
    services.onDidChangeConfig(applyVisible),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  applyVisible();
  return decorated.event;
}
