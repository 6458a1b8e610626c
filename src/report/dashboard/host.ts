/// <reference lib="dom" />
// Where the page runs: in a VS Code webview a bar posts a message to the extension (which opens Show All
// Appearances or the quotes); in a standalone file the page lists the quotes itself.
import type { DashboardMessage } from '../../core/report/reportActions';

interface VsCodeApi {
  postMessage(message: DashboardMessage): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

let api: VsCodeApi | null | undefined;

/** The webview's messaging API (acquired once, as VS Code allows), or null in a browser. */
export function vscodeApi(): VsCodeApi | null {
  if (api === undefined) api = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;
  return api;
}
