// References (Shift+F12): every appearance across the corpus. Definition (F12): the first appearance with the full name and role.
import * as vscode from 'vscode';
import type { Appearance } from '../core/corpus/types';
import { lineRange, pathOf, uriOf } from './adapters';
import { NEWS_SELECTOR } from './languageSelector';
import type { NewsLensServices } from './services';

function location(a: Appearance): vscode.Location {
  return new vscode.Location(uriOf(a.path), lineRange(a.line, a.column, a.end - a.start));
}

export function registerReferences(context: vscode.ExtensionContext, services: NewsLensServices): void {
  context.subscriptions.push(
    vscode.languages.registerReferenceProvider(NEWS_SELECTOR, {
      provideReferences(doc, position, _context, token) {
        const hit = services.corpus.entityAt(pathOf(doc.uri), doc.offsetAt(position));
        if (!hit) return undefined;
        const out: vscode.Location[] = [];
        for (const g of services.corpus.appearances(hit.entity.id)) {
          if (token.isCancellationRequested) return undefined;
          for (const a of g.appearances) out.push(location(a));
        }
        return out;
      },
    }),
    vscode.languages.registerDefinitionProvider(NEWS_SELECTOR, {
      provideDefinition(doc, position) {
        const hit = services.corpus.entityAt(pathOf(doc.uri), doc.offsetAt(position));
        if (!hit) return undefined;
        const all = services.corpus.appearances(hit.entity.id).flatMap((g) => g.appearances);
        // The defining mention: the full name with a role, else the full name, else the first mention.
        const full = all.filter((a) => a.text.replace(/\s+/g, ' ') === hit.entity.name);
        const best = full.find((a) => a.role) ?? full[0] ?? all.find((a) => a.role) ?? all[0];
        return best ? location(best) : undefined;
      },
    }),
  );
}
