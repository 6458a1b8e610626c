#!/usr/bin/env node
// End-to-end: a real VS Code workbench (code-server, offline) in Debian's Chromium, driven like a reader would.
//   node test/e2e/workbench.mjs [--shots DIR]
// Opens seeds/000_d3ddef007ee00481.txt, sees the highlights, hovers `Lavrentiev` and sees the other seed
// article by its title, opens the NewsLens view and sees `Alexander Lavrentiev` with 2 articles, runs
// Show All Appearances from the palette and sees both articles, opens the Sources dashboard, checks its top
// speaker and totals against the report the CLI computes over the same files, and clicks that speaker's bar.
// Screenshots of each step go to --shots (default test-results/e2e). Ends with `e2e: N passed, M failed`; exits non-zero when a step failed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { freePort, say, startGroup, stopGroup, waitHttp } from '../../scripts/host/proc.mjs';
import { CHROMIUM_ARGS, ensureHost, REPO_ROOT } from '../../scripts/host/provision.mjs';
import { buildWorkspace, makeProfile } from '../../scripts/host/workspace.mjs';
import { clickBar } from './chartPoint.mjs';

const SEED = '000_d3ddef007ee00481.txt';
const OTHER_TITLE = 'Putin sends envoy to Tehran';
const argShots = process.argv.indexOf('--shots');
const SHOTS = argShots > 0 ? process.argv[argShots + 1] : join(REPO_ROOT, 'test-results', 'e2e');
mkdirSync(SHOTS, { recursive: true });
const log = (...a) => say('e2e', ...a);
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));

/** 1-based line and column of the n-th occurrence of word in the seed, for Ctrl+G. */
function lineColumnOf(text, word, n = 0) {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(word, at + 1);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') + 1 };
}

async function palette(page, command) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${command}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: command }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
}

async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

/** Puts the cursor inside the second occurrence of word in the open article and runs a palette command there. */
async function runOnWord(page, text, word, command) {
  const { line, column } = lineColumnOf(text, word, 1);
  await page.locator('.part.editor .view-lines').first().click();
  await goTo(page, line, column + 2);
  await palette(page, command);
}

/** The frame of the open webview that holds element `selector` (webviews nest two iframes deep). */
async function webviewFrame(page, selector, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.$(selector).catch(() => null)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview shows ${selector} after ${timeoutMs} ms`);
    await page.waitForTimeout(250);
  }
}

/** The report the CLI computes over the same files with the same code: what the dashboard must show. */
function cliReport(workspace) {
  const out = execFileSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'report', '--json', workspace], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out);
}

const results = [];
async function step(name, page, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    log(`✔ ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    log(`✘ ${name}: ${e.message.split('\n')[0]}`);
    await page.screenshot({ path: join(SHOTS, `failed-${results.length}.png`) }).catch(() => {});
  }
}

async function main() {
  const host = await ensureHost();
  const workspace = await buildWorkspace();
  const profile = makeProfile();
  // Install the extension the way a user does: package a .vsix and hand it to code-server.
  const vsix = join(profile.root, 'newslens.vsix');
  execFileSync('npm', ['run', '--silent', 'package', '--', '-o', vsix], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(host.nodeBin, [host.codeServerEntry, '--extensions-dir', profile.extensions, '--install-extension', vsix], {
    cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...host.env, XDG_CONFIG_HOME: profile.xdg, XDG_DATA_HOME: profile.xdg },
  });
  const installed = readdirSync(profile.extensions).filter((d) => d.startsWith(`${manifest.publisher}.${manifest.name}-`));
  if (!installed.length) throw new Error(`the .vsix did not install into ${profile.extensions}`);
  log(`installed ${installed[0]} from ${vsix}`);
  const port = await freePort();
  const server = startGroup(host.nodeBin, [
    host.codeServerEntry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  ], { cwd: REPO_ROOT, env: { ...host.env, XDG_CONFIG_HOME: profile.xdg, XDG_DATA_HOME: profile.xdg, XDG_CACHE_HOME: profile.xdg, TMPDIR: profile.tmp } });
  const browser = await chromium.launchPersistentContext(profile.browser, {
    executablePath: host.chromium, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 860 },
  });
  try {
    await waitHttp(`http://127.0.0.1:${port}/healthz`, { child: server, timeoutMs: 90000 });
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    const text = readFileSync(join(workspace, SEED), 'utf8');

    await step('opens the seed article and highlights its people, organisations and quotes', page, async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEED }).click();
      await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30000 });
      const deco = page.locator('.part.editor .view-overlays .cdr[class*="TextEditorDecorationType"]');
      await deco.first().waitFor({ timeout: 60000 });
      const count = await deco.count();
      if (count < 5) throw new Error(`only ${count} decorations`);
      await page.locator('.statusbar-item', { hasText: /people · \d+ orgs? · \d+ quotes?/ }).first().waitFor({ timeout: 30000 });
      await page.screenshot({ path: join(SHOTS, '1-highlights.png') });
    });

    await step('hovering Lavrentiev lists the other seed article by its title', page, async () => {
      await runOnWord(page, text, 'Lavrentiev', 'Show or Focus Hover');
      const hover = page.locator('.monaco-hover', { hasText: 'Alexander Lavrentiev' });
      await hover.first().waitFor({ state: 'visible', timeout: 20000 });
      const card = await hover.first().innerText();
      if (!card.includes(OTHER_TITLE)) throw new Error(`hover lacks "${OTHER_TITLE}": ${card.slice(0, 300)}`);
      await page.screenshot({ path: join(SHOTS, '2-hover.png') });
      await page.keyboard.press('Escape');
    });

    await step('the NewsLens view shows Alexander Lavrentiev with 2 articles', page, async () => {
      await palette(page, 'Focus on People View');
      const row = page.locator('.monaco-list-row', { hasText: 'Alexander Lavrentiev' });
      await row.first().waitFor({ state: 'visible', timeout: 30000 });
      const label = await row.first().innerText();
      if (!/2 articles/.test(label)) throw new Error(`row says: ${label}`);
      await row.first().click();
      await page.keyboard.press('ArrowRight');
      await page.locator('.monaco-list-row', { hasText: OTHER_TITLE }).first().waitFor({ timeout: 15000 });
      await page.screenshot({ path: join(SHOTS, '3-tree.png') });
    });

    await step('Show All Appearances from the palette lists both seed articles', page, async () => {
      await runOnWord(page, text, 'Lavrentiev', 'NewsLens: Show All Appearances');
      const widget = page.locator('.quick-input-widget');
      await widget.locator('.quick-input-list', { hasText: 'line' }).first().waitFor({ timeout: 15000 });
      await page.waitForTimeout(500);
      const listed = await widget.innerText();
      for (const title of [OTHER_TITLE, 'Israel cannot affect Iran-Russia cooperation']) {
        if (!listed.includes(title)) throw new Error(`appearances lack "${title}": ${listed.slice(0, 300)}`);
      }
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(SHOTS, '4-appearances.png') });
      await page.keyboard.press('Escape');
    });

    await step('Show Article Summary opens a Markdown preview', page, async () => {
      await palette(page, 'NewsLens: Show Article Summary');
      await page.locator('.tab', { hasText: /summary/i }).first().waitFor({ timeout: 20000 });
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(SHOTS, '5-summary.png') });
    });

    await step('the Sources dashboard shows the index’s top speaker and counts, and a bar opens the appearances', page, async () => {
      await palette(page, 'NewsLens: Show Sources Dashboard');
      const frame = await webviewFrame(page, '#people-chart', 30000);
      const expected = cliReport(workspace);
      const top = expected.topPeople[0];
      const cells = await frame.locator('#people tbody tr').first().locator('td, th').allInnerTexts();
      const shown = cells.map((c) => c.trim());
      if (shown[0] !== top.name || Number(shown[1]) !== top.direct || Number(shown[2]) !== top.indirect) {
        throw new Error(`dashboard's first row ${JSON.stringify(shown)}; the index has ${top.name} ${top.direct}/${top.indirect}`);
      }
      const totals = (await frame.locator('.totals').innerText()).replace(/\s+/g, ' ');
      const quotes = expected.totals.quotes.direct + expected.totals.quotes.indirect;
      if (!totals.includes(`${expected.totals.articles} articles`) || !totals.includes(`${quotes} quotes`)) throw new Error(`totals read "${totals}"`);
      await page.waitForTimeout(2000);
      await page.screenshot({ path: join(SHOTS, '6-dashboard.png') });
      copyFileSync(join(SHOTS, '6-dashboard.png'), join(REPO_ROOT, 'media', 'dashboard.png'));
      await clickBar(frame, 'people');
      const widget = page.locator('.quick-input-widget');
      await widget.locator('.quick-input-list', { hasText: 'line' }).first().waitFor({ timeout: 15000 });
      await page.waitForTimeout(500);
      const listed = await widget.innerText();
      if (!listed.includes(OTHER_TITLE)) throw new Error(`the bar of ${top.name} opened: ${listed.slice(0, 300)}`);
      await page.screenshot({ path: join(SHOTS, '7-dashboard-appearances.png') });
      await page.keyboard.press('Escape');
    });
  } finally {
    await browser.close().catch(() => {});
    await stopGroup(server.pid);
  }
  const passed = results.filter((r) => r.ok).length;
  console.log(`screenshots: ${SHOTS}`);
  console.log(`e2e: ${passed} passed, ${results.length - passed} failed`);
  process.exitCode = passed === results.length && results.length > 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(`e2e: ${e.message}`);
  console.log('e2e: 0 passed, 1 failed');
  process.exitCode = 1;
});
