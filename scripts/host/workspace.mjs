// Throwaway workspaces and VS Code profiles for the launchers. Tests may write into the workspace, so it is
// always a temp copy, never the repo's seeds/ itself.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { removeAtExit } from './proc.mjs';
import { REPO_ROOT } from './provision.mjs';

/** User settings for every host we start: no welcome page, no trust prompt, nothing phoning home. */
export const HOST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': 'off',
  'update.mode': 'none',
  'editor.hover.delay': 150,
  'workbench.colorTheme': 'Light Modern',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Set NEWSLENS_KEEP_TEMP=1 to keep workspaces/profiles after the run for a post-mortem. */
const keep = process.env.NEWSLENS_KEEP_TEMP === '1';

/** A fresh directory under the OS temp dir, removed at exit unless NEWSLENS_KEEP_TEMP=1. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `newslens-${prefix}-`));
  return keep ? dir : removeAtExit(dir);
}

/**
 * Builds the workspace folder the host opens: a copy of the seed articles, plus any further sources
 * (`{ from, to }`, `to` relative to the workspace) and generators (`async (dir) => void`, e.g. a
 * generated corpus) run after the copies.
 */
export async function buildWorkspace({ seeds = join(REPO_ROOT, 'seeds'), sources = [], generators = [] } = {}) {
  const dir = tempDir('ws');
  cpSync(resolve(seeds), dir, { recursive: true });
  for (const { from, to = '.' } of sources) cpSync(resolve(from), join(dir, to), { recursive: true });
  for (const generate of generators) await generate(dir);
  return dir;
}

/**
 * A fresh VS Code profile: user data (with HOST_SETTINGS), server data and an empty extensions dir,
 * so no state leaks between runs or from the machine's own VS Code.
 */
export function makeProfile() {
  const root = tempDir('profile');
  const profile = {
    root,
    userData: join(root, 'user-data'),
    serverData: join(root, 'server-data'),
    extensions: join(root, 'extensions'),
    browser: join(root, 'browser'),
    xdg: join(root, 'xdg'),
    // TMPDIR for the servers: their IPC sockets and scratch files go away with the profile.
    tmp: join(root, 'tmp'),
  };
  for (const d of Object.values(profile)) mkdirSync(d, { recursive: true });
  mkdirSync(join(profile.userData, 'User'), { recursive: true });
  writeFileSync(join(profile.userData, 'User', 'settings.json'), JSON.stringify(HOST_SETTINGS, null, 2) + '\n');
  return profile;
}
