// Mark as Person / Organisation / Place / Other Name, Not an Entity, Merge with…, Rename Entity, Set Quote Speaker…:
// each is one edit of .newslens.json, undoable by editing that file, and every view follows at once.
import * as vscode from 'vscode';
import { addAlias, addEntity, addIgnore, renameEntity, setSpeaker, setType } from '../../core/corrections/edit';
import { canSpeak, type EntityType } from '../../core/model';
import type { SharedCorrection } from '../../store/teamCorrections';
import type { CorrectionsService } from '../corrections';
import { entityAtCursor, quoteAtCursor } from '../cursor';
import { plain } from '../tree';
import { quoteWords } from '../quoteText';
import type { NewsLensServices } from '../services';

/** How much of a quote identifies it in a speakers entry: enough to be unique, short enough to survive edits. */
const SNIPPET_WORDS = 8;

/** The text the reader means: the selection when there is one, else the mention under the cursor. */
function target(services: NewsLensServices): { text: string; entityName?: string; type?: EntityType } | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const selected = editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim();
  if (selected) return { text: selected };
  const hit = entityAtCursor(services);
  return hit ? { text: hit.text.replace(/\s+/g, ' '), entityName: hit.entity.name, type: hit.entity.type } : undefined;
}

function noTarget(): undefined {
  void vscode.window.showInformationMessage('NewsLens: select a name, or put the cursor on a highlighted one.');
  return undefined;
}

export function registerCorrectionCommands(context: vscode.ExtensionContext, services: NewsLensServices, corrections: CorrectionsService): void {
  const fileOrWarn = () => {
    const file = corrections.fileFor(vscode.window.activeTextEditor?.document.uri);
    if (!file) void vscode.window.showWarningMessage('NewsLens: open a folder first; corrections live in its .newslens.json.');
    return file;
  };
  const mark = (type: EntityType) => async () => {
    const t = target(services);
    if (!t) return noTarget();
    const file = fileOrWarn();
    if (!file) return undefined;
    // A selection names something new (maybe missed by the engine); a highlighted mention is retyped.
    const shared: SharedCorrection = t.entityName ? { op: 'retype', text: t.entityName, type } : { op: 'entity', name: t.text, type };
    const ok = await corrections.edit(file, (text) => (t.entityName ? setType(text, t.entityName, type) : addEntity(text, { name: t.text, type })), shared);
    return ok ? t.entityName ?? t.text : undefined;
  };

  /** Adds an `ignore` entry for the text; returns it when written. */
  const ignore = async (written: string): Promise<string | undefined> => {
    const file = fileOrWarn();
    if (!file) return undefined;
    return (await corrections.edit(file, (json) => addIgnore(json, written), { op: 'ignore', text: written })) ? written : undefined;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('newslens.markAsPerson', mark('person')),
    vscode.commands.registerCommand('newslens.markAsOrganization', mark('organization')),
    vscode.commands.registerCommand('newslens.markAsPlace', mark('place')),
    vscode.commands.registerCommand('newslens.markAsMisc', mark('misc')),
    vscode.commands.registerCommand('newslens.notAnEntity', async () => {
      const t = target(services);
      return t ? ignore(t.text) : noTarget();
    }),
    // From an office mention's hover: "the Russian president" is not the person the register names. The
    // corrections file ignores texts, so every office mention written so is undone (the hover says so).
    vscode.commands.registerCommand('newslens.notThisPerson', async (text?: string) => {
      if (typeof text !== 'string' || !text.trim()) return noTarget();
      return ignore(text.replace(/\s+/g, ' ').trim());
    }),
    vscode.commands.registerCommand('newslens.mergeWith', async (intoId?: string) => {
      const hit = entityAtCursor(services);
      if (!hit) return noTarget();
      const file = fileOrWarn();
      if (!file) return undefined;
      let into = typeof intoId === 'string' ? services.corpus.entity(intoId) : undefined;
      if (!into) {
        const items = services.corpus.topEntities({ type: hit.entity.type, by: 'articles', limit: 2000 })
          .filter((e) => e.id !== hit.entity.id)
          .map((e) => ({ label: plain(e.name), description: `${e.mentionCount} mentions · ${e.articleCount} articles`, id: e.id }));
        const picked = await vscode.window.showQuickPick(items, { title: `Merge “${plain(hit.entity.name)}” with…`, matchOnDescription: true });
        into = picked ? services.corpus.entity(picked.id) : undefined;
      }
      if (!into) return undefined;
      const target = into;
      const shared: SharedCorrection = { op: 'alias', name: target.name, alias: hit.entity.name, type: target.type };
      return (await corrections.edit(file, (text) => addAlias(text, target.name, hit.entity.name, target.type), shared)) ? target.name : undefined;
    }),
    vscode.commands.registerCommand('newslens.renameEntity', async (newName?: string) => {
      const hit = entityAtCursor(services);
      if (!hit) return noTarget();
      const file = fileOrWarn();
      if (!file) return undefined;
      const name = typeof newName === 'string' ? newName : await vscode.window.showInputBox({
        title: 'Rename entity', prompt: 'The canonical name NewsLens shows everywhere; the old name stays an alias.', value: hit.entity.name,
        validateInput: (v) => (v.trim() ? undefined : 'A name cannot be empty'),
      });
      if (!name?.trim() || name.trim() === hit.entity.name) return undefined;
      const shared: SharedCorrection = { op: 'rename', from: hit.entity.name, to: name.trim(), type: hit.entity.type };
      return (await corrections.edit(file, (text) => renameEntity(text, hit.entity.name, name.trim(), hit.entity.type), shared)) ? name.trim() : undefined;
    }),
    vscode.commands.registerCommand('newslens.setQuoteSpeaker', async (speakerName?: string | null) => {
      const q = quoteAtCursor(services);
      const editor = vscode.window.activeTextEditor;
      if (!q || !editor) {
        void vscode.window.showInformationMessage('NewsLens: put the cursor inside a quote to set its speaker.');
        return undefined;
      }
      const file = fileOrWarn();
      if (!file) return undefined;
      let speaker: string | null | undefined = speakerName;
      if (speaker === undefined) {
        const ann = services.corpus.annotations(q.path);
        const here = new Map<string, string>();
        for (const m of ann?.entities ?? []) if (canSpeak(m.type)) here.set(m.entity, m.name);
        const items: (vscode.QuickPickItem & { speaker: string | null })[] = [
          ...[...here.values()].map((name) => ({ label: plain(name), description: 'in this article', speaker: name })),
          { label: '$(circle-slash) No speaker', description: 'the text does not say who speaks', speaker: null },
        ];
        const picked = await vscode.window.showQuickPick(items, { title: 'Who speaks this quote?', placeHolder: 'Pick a person or organisation of this article' });
        if (!picked) return undefined;
        speaker = picked.speaker;
      }
      const folder = vscode.workspace.getWorkspaceFolder(editor.document.uri);
      const relative = folder ? vscode.workspace.asRelativePath(editor.document.uri, false) : editor.document.uri.path.split('/').pop() ?? '';
      const snippet = quoteWords(q.text).split(' ').slice(0, SNIPPET_WORDS).join(' ');
      const chosen = speaker;
      const shared: SharedCorrection = { op: 'speaker', file: relative, quote: snippet, speaker: chosen };
      return (await corrections.edit(file, (text) => setSpeaker(text, { file: relative, quote: snippet, speaker: chosen }), shared)) ? chosen : undefined;
    }),
  );
}
