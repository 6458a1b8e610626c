#!/usr/bin/env node
// End-to-end: `newslens report --html` on seeds/, opened in headless Chromium (Debian's, as in workbench.mjs).
//   node test/e2e/report.mjs [--shots DIR]     (run `node esbuild.mjs` first: it needs dist/cli.js and dist/dashboard.js)
// Checks that every chart has drawn (non-blank canvas pixels), that no console error or CSP violation
// occurred, that the page fetched nothing, and that clicking a bar lists its quotes. Saves a screenshot to
// --shots (default test-results/e2e)/report.png and copies it to media/report.png. Ends with
// `report: N passed, M failed`; exits non-zero when a step failed.
// The functions given to page.evaluate run in the page, where these exist.
/* global document, window */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, REPO_ROOT } from '../../scripts/host/provision.mjs';
import { clickBar } from './chartPoint.mjs';

const argShots = process.argv.indexOf('--shots');
const SHOTS = argShots > 0 ? process.argv[argShots + 1] : join(REPO_ROOT, 'test-results', 'e2e');
const CHARTS = ['people', 'organizations', 'sources', 'gender', 'timeline', 'outlets'];
const results = [];
const log = (line) => console.log(`[report] ${line}`);

async function step(name, fn) {
  try {
    await fn();
    results.push(true);
    log(`✔ ${name}`);
  } catch (e) {
    results.push(false);
    log(`✘ ${name}: ${e.message.split('\n')[0]}`);
  }
}

/** Non-transparent pixels of each drawn chart canvas, by chart name (hidden charts have nothing to draw). */
function canvasInk(page) {
  return page.evaluate((names) => Object.fromEntries(names.map((name) => {
    const canvas = document.getElementById(`${name}-chart`);
    if (!canvas || canvas.parentElement.hidden) return [name, null];
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) ink++;
    return [name, ink];
  })), CHARTS);
}

async function clickABar(page, name) {
  await clickBar(page, name);
  await page.locator('#quote-list').waitFor({ state: 'visible', timeout: 5000 });
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'newslens-report-'));
  const out = join(tmp, 'report.html');
  mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    await step('`newslens report --html` writes the page', async () => {
      execFileSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'report', '--html', out, 'seeds'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      if (!existsSync(out)) throw new Error(`${out} was not written`);
    });
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems = [];
    const requests = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
    // CSP violations are reported to the page as events; collect them before any script runs.
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(pathToFileURL(out).href);
    await page.waitForLoadState('load');
    await step('every chart has drawn', async () => {
      const ink = await canvasInk(page);
      const blank = Object.entries(ink).filter(([, n]) => n === 0).map(([name]) => name);
      const drawn = Object.entries(ink).filter(([, n]) => n > 0).length;
      if (blank.length || drawn < 4) throw new Error(`blank: ${blank.join(', ') || 'none'}; drawn: ${drawn} (${JSON.stringify(ink)})`);
    });
    await step('the gender method is stated on the page', async () => {
      const note = await page.locator('#gender-method').innerText();
      if (!/pronoun/.test(note) || !/unknown/.test(note)) throw new Error(`method note: ${note.slice(0, 120)}`);
    });
    await step('clicking a bar lists its quotes', async () => {
      await clickABar(page, 'people');
      const items = await page.locator('#quote-list li').count();
      const heading = await page.locator('#quote-list h2').innerText();
      if (!items || !/^Quotes of /.test(heading)) throw new Error(`list "${heading}" with ${items} items`);
    });
    await step('a table button lists the quotes of its row', async () => {
      await page.locator('#sources button[data-open="sources:0"]').click();
      const heading = await page.locator('#quote-list h2').innerText();
      if (!/named/i.test(heading) || !(await page.locator('#quote-list li').count())) throw new Error(`list "${heading}"`);
    });
    await step('no console error, CSP violation or network request', async () => {
      const csp = await page.evaluate(() => window.__csp);
      const all = [...problems, ...csp.map((c) => `CSP: ${c}`), ...requests.map((r) => `request: ${r}`)];
      if (all.length) throw new Error(all.join('; '));
    });
    // The top of the page (totals and the first charts) at a README-friendly size.
    await page.setViewportSize({ width: 1100, height: 1500 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const shot = join(SHOTS, 'report.png');
    await page.screenshot({ path: shot });
    copyFileSync(shot, join(REPO_ROOT, 'media', 'report.png'));
    log(`screenshot: ${shot} (copied to media/report.png)`);
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (e) {
  results.push(false);
  log(`✘ ${e.message.split('\n')[0]}`);
}
const passed = results.filter(Boolean).length;
console.log(`report: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = results.length && passed === results.length ? 0 : 1;
