// Team mode in the real extension host (issue 17): the launcher (scripts/integration.mjs) started a temporary
// PostgreSQL, loaded this workspace's seeds into it with `newslens load`, and left its URL (no password), the
// password and the commands that stop and restart the server in .newslens-team.json. The host connects with
// the password from secret storage; hover and Show All Appearances answer from the store; a correction by
// another client arrives here; a concurrent conflicting one is reported with both values and not lost; the
// server stopped: offline status and local answers, a correction queued; restarted: it reconnects and the
// queued correction arrives.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { Client } from 'pg';
import { addIgnore, setType } from '../../../../../src/core/corrections/edit';
import type { AppearancesResult } from '../../../../../src/editor/commands/appearances';
import type { NewsLensApi } from '../../../../../src/editor/extension';
import { getCorrection, putCorrection } from '../../../../../src/store/corrections';
import { eventually, hoverText, indexedApi, openSeed, positionOf, SEED_000 } from '../../corpusHelpers';
import { workspaceRoot } from '../../helpers';

interface TeamFixture {
  url: string;
  password: string;
  halt: string[];
  resume: string[];
}

function fixture(): TeamFixture {
  return JSON.parse(readFileSync(vscode.Uri.joinPath(workspaceRoot(), '.newslens-team.json').fsPath, 'utf8')) as TeamFixture;
}

/** Another reader: a direct connection to the same store. */
async function otherReader<T>(f: TeamFixture, run: (c: Client) => Promise<T>): Promise<T> {
  const u = new URL(f.url);
  u.password = encodeURIComponent(f.password);
  const c = new Client({ connectionString: u.toString() });
  c.on('error', () => undefined);
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Runs Show All Appearances and closes its quick pick, however long the store takes to fill it. */
async function appearancesClosed(): Promise<AppearancesResult> {
  let done = false;
  const result = vscode.commands.executeCommand<AppearancesResult>('newslens.showAllAppearances').then((r) => { done = true; return r; });
  for (let i = 0; i < 40 && !done; i++) {
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  }
  return result;
}

function exec(argv: string[]): void {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
  assert.equal(r.status, 0, `${argv.join(' ')}: ${r.stdout}${r.stderr}`);
}

async function setUrl(url: string): Promise<void> {
  await vscode.workspace.getConfiguration('newslens').update('store.url', url, vscode.ConfigurationTarget.Workspace);
}

function correctionsText(): string {
  try {
    return readFileSync(vscode.Uri.joinPath(workspaceRoot(), '.newslens.json').fsPath, 'utf8');
  } catch {
    return '';
  }
}

describe('team mode (a PostgreSQL store)', function () {
  this.timeout(120_000);
  let api: NewsLensApi;
  let f: TeamFixture;

  before(async () => {
    api = await indexedApi();
    f = fixture();
  });

  after(async () => {
    await setUrl('');
  });

  it('refuses a URL holding a password, pointing to the password command', async () => {
    const u = new URL(f.url);
    u.password = 'in-settings';
    await setUrl(u.toString());
    await eventually(() => api.team.state().kind === 'offline', 10_000, 'the refusal');
    const s = api.team.state();
    assert.ok(s.kind === 'offline' && s.retryInMs === null && /Set Team Store Password/.test(s.reason), JSON.stringify(s));
    assert.ok(!JSON.stringify(s).includes('in-settings'));
  });

  it('connects with the password from secret storage and says so in the status bar', async () => {
    await setUrl(f.url);
    assert.equal(await vscode.commands.executeCommand('newslens.setTeamStorePassword', f.password), true);
    await eventually(() => api.team.state().kind === 'connected', 30_000, 'the connection');
    assert.match(api.team.statusItem.text, /Team/);
    assert.doesNotMatch(api.team.statusItem.text, /offline/);
    const settings = readFileSync(vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'settings.json').fsPath, 'utf8');
    assert.ok(!settings.includes(f.password), 'the password reached settings.json');
  });

  it('answers Show All Appearances and the hover from the store', async () => {
    const editor = await openSeed(SEED_000);
    const at = positionOf(editor.document, 'Lavrentiev', 0, 2);
    editor.selection = new vscode.Selection(at, at);
    const result = await appearancesClosed();
    assert.equal(result?.source, 'store');
    assert.ok(result.items.length >= 4, JSON.stringify(result.items.slice(0, 3)));
    assert.ok(result.items.some((i) => i.title === 'Putin sends envoy to Tehran'));
    const { text } = await hoverText(editor.document.uri, at);
    assert.match(text, /other articles? _\(team store\)_/);
  });

  it("pulls another reader's correction into this workspace's corrections", async () => {
    await otherReader(f, (c) => putCorrection(c, 'ignore:Article Continued Below', { op: 'ignore', text: 'Article Continued Below' }, null, 'ben'));
    const report = await api.team.sync();
    assert.ok(report && report.applied >= 1, JSON.stringify(report));
    assert.match(correctionsText(), /Article Continued Below/);
  });

  it('reports a concurrent conflicting correction with both values, and loses neither', async () => {
    const key = 'type:Tasnim';
    await otherReader(f, (c) => putCorrection(c, key, { op: 'retype', text: 'Tasnim', type: 'place' }, null, 'ben'));
    const file = api.team.corrections.fileFor(undefined)!;
    assert.ok(await api.team.corrections.edit(file, (t) => setType(t, 'Tasnim', 'organization'), { op: 'retype', text: 'Tasnim', type: 'organization' }));
    await eventually(() => api.team.conflicts().some((c) => c.key === key), 20_000, 'the conflict');
    const conflict = api.team.conflicts().find((c) => c.key === key)!;
    assert.deepEqual([conflict.mine, conflict.theirs, conflict.theirsBy], [
      { op: 'retype', text: 'Tasnim', type: 'organization' }, { op: 'retype', text: 'Tasnim', type: 'place' }, 'ben']);
    const stored = await otherReader(f, (c) => getCorrection(c, key));
    assert.deepEqual(stored?.value, { op: 'retype', text: 'Tasnim', type: 'place' });
    assert.match(correctionsText(), /"Tasnim"[^}]*"organization"/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the server stopped: offline status, local answers, the correction queued; restarted: reconnects and sends it', async () => {
    exec(f.halt);
    await eventually(() => api.team.state().kind === 'offline', 30_000, 'the offline state');
    assert.match(api.team.statusItem.text, /offline/);
    const editor = await openSeed(SEED_000);
    const at = positionOf(editor.document, 'Lavrentiev', 0, 2);
    editor.selection = new vscode.Selection(at, at);
    const local = await appearancesClosed();
    assert.equal(local?.source, 'local');
    assert.ok(local.items.length >= 4);
    const key = 'ignore:News Code';
    const file = api.team.corrections.fileFor(undefined)!;
    assert.ok(await api.team.corrections.edit(file, (t) => addIgnore(t, 'News Code'), { op: 'ignore', text: 'News Code' }));
    assert.equal(api.team.queued(), 1);
    exec(f.resume);
    await vscode.commands.executeCommand('newslens.reconnectTeamStore');
    await eventually(() => api.team.state().kind === 'connected' && api.team.queued() === 0, 60_000, 'the reconnection and the queue sent');
    const stored = await otherReader(f, (c) => getCorrection(c, key));
    assert.deepEqual(stored?.value, { op: 'ignore', text: 'News Code' });
  });
});
