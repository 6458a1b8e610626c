#!/usr/bin/env node
// Provisions the offline VS Code host into .vscode-test/ and prints where it is.
//   node scripts/vscodeHost.mjs            install what is missing (seconds when cached)
//   node scripts/vscodeHost.mjs --no-browser   skip Chromium
// The launchers (scripts/integration.mjs, scripts/start.mjs) call ensureHost() themselves;
// this entry point is for warming the cache in CI or by hand.
import { ensureHost, ProvisionError } from './host/provision.mjs';

try {
  const host = await ensureHost({ browser: !process.argv.includes('--no-browser') });
  console.log(JSON.stringify({
    vscodeVersion: host.vscodeVersion,
    node: host.nodeBin,
    codeServer: host.codeServerDir,
    vscodeServer: host.vscodeDir,
    chromium: host.chromium ?? null,
  }, null, 2));
} catch (e) {
  console.error(`vscodeHost: ${e instanceof ProvisionError ? e.message : e?.stack ?? e}`);
  process.exit(1);
}
