import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../../src/editor/hover';
import { eventually, hoverText, indexedApi, openSeed, positionOf, SEED_000, SEED_004, withQuickPickClosed } from './corpusHelpers';
import { workspaceRoot } from './helpers';

describe('hover cards', () => {
  before(indexedApi);

  it('shows a person with roles, counts and the other seed article by its title', async () => {
    const editor = await openSeed(SEED_000);
    const { text } = await hoverText(editor.document.uri, positionOf(editor.document, 'Lavrentiev', 1));
    assert.match(text, /\*\*Alexander Lavrentiev\*\* · person/);
    assert.match(text, /Also appears in/);
    assert.match(text, /Putin sends envoy to Tehran/, 'the other seed article is listed by its title');
    assert.match(text, /Russian President’s Special Envoy for Syria/);
    assert.match(text, /Show all \d+ appearances\]\(command:newslens\.showAllAppearances/);
    // The current article is never "other".
    const also = text.slice(text.indexOf('Also appears in'));
    assert.doesNotMatch(also, /Israel cannot affect Iran/);
  });

  it('shows "the Russian president" of the first seed as Vladimir Putin, by office, counting both articles', async () => {
    const editor = await openSeed(SEED_000);
    const { text } = await hoverText(editor.document.uri, positionOf(editor.document, 'the Russian president in the face', 0, 6));
    assert.match(text, /\*\*Vladimir Putin\*\* · person/);
    assert.match(text, /president of Russia/);
    assert.match(text, /· 1 other article/);
    assert.match(text, /Putin sends envoy to Tehran/, 'the reason and the other appearances name the second seed');
    const shown = await withQuickPickClosed<{ items: { path: string }[] }>('newslens.showAllAppearances', 'person:vladimir-putin');
    assert.equal(new Set(shown.items.map((i) => i.path)).size, 2, 'Show All Appearances lists both seeds');
  });

  it('shows a quote with its speaker and cue', async () => {
    const editor = await openSeed(SEED_000);
    const { text } = await hoverText(editor.document.uri, positionOf(editor.document, 'recent achievements have been', 0, 5));
    assert.match(text, /Direct quote/);
    assert.match(text, /Speaker: \*\*Amir Saeid Iravani\*\*/);
    assert.match(text, /Cue: “said”/);
    assert.match(text, /Found by: a cue before the quote/);
  });

  it('says how a pronoun speaker was resolved', async () => {
    const editor = await openSeed(SEED_000);
    const { text } = await hoverText(editor.document.uri, positionOf(editor.document, 'the level of cooperation and positions', 0, 5));
    assert.match(text, /Speaker: \*\*Amir Saeid Iravani\*\*/);
  });

  it('answers on a surname linked across the corpus', async () => {
    const editor = await openSeed(SEED_004);
    const { text } = await hoverText(editor.document.uri, positionOf(editor.document, 'Shamkhani praised'));
    assert.match(text, /\*\*Ali Shamkhani\*\*/);
  });

  it('keeps hostile article text inert: no links, HTML or commands of its own', async () => {
    const hostile = vscode.Uri.joinPath(workspaceRoot(), 'hostile.txt');
    const body = [
      'Evil <b>headline</b> [click](command:workbench.action.quit)',
      '',
      'Mallory Quinn, Minister of <img src=x onerror=alert(1)> [Affairs](command:workbench.action.quit), said on Monday that the plan was **done** `rm -rf` <script>alert(1)</script> https://evil.example/x.',
      '',
      'Mallory Quinn met Victor Stone in Paris. Quinn said “[run](command:workbench.action.closeWindow) <a href=\'javascript:alert(1)\'>now</a>”.',
    ].join('\n');
    await vscode.workspace.fs.writeFile(hostile, Buffer.from(body));
    const api = await indexedApi();
    await eventually(() => !!api.services.corpus.annotations(hostile.toString()), 20000, 'hostile.txt to be indexed');
    const doc = await vscode.workspace.openTextDocument(hostile);
    await vscode.window.showTextDocument(doc);
    const positions = [positionOf(doc, 'Mallory Quinn'), positionOf(doc, 'Quinn said'), positionOf(doc, '[run]', 0, 3)];
    let checked = 0;
    for (const p of positions) {
      const { text, hovers } = await hoverText(doc.uri, p);
      for (const h of hovers) {
        for (const c of h.contents) {
          if (typeof c === 'string' || !(c instanceof vscode.MarkdownString)) continue;
          assert.notEqual(c.supportHtml, true, 'supportHtml stays off');
          if (c.isTrusted) {
            assert.equal(typeof c.isTrusted, 'object', 'trust is limited to named commands');
            const enabled = (c.isTrusted as { enabledCommands: string[] }).enabledCommands;
            assert.deepEqual([...enabled].sort(), [...HOVER_COMMANDS].sort());
          }
        }
      }
      if (!text) continue;
      checked++;
      // Every live link in the card targets one of NewsLens's own commands; article text never forms one.
      for (const m of text.matchAll(/(?<!\\)\]\((?<target>[^)]*)\)/g)) {
        assert.match(m.groups!.target, /^command:newslens\.(openLocation|showAllAppearances)\?/, `live link ${m[0]}`);
      }
      assert.doesNotMatch(text, /(?<!\\)<(img|script|a|b)\b/i, 'no raw HTML');
      assert.doesNotMatch(text, /command:workbench/, 'no foreign command link survives unescaped');
      assert.doesNotMatch(text, /(?<!\\)\*\*done/, 'article emphasis is escaped');
    }
    assert.ok(checked >= 1, 'at least one hover was shown on the hostile article');
  });
});
