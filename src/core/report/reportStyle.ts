// The page's style sheet: VS Code's theme variables when the page is a webview, with fallbacks (light, and
// dark when the system prefers it) for a standalone file. The script reads the --nl-* chart colours back.
export const REPORT_CSS = `
:root { color-scheme: light dark;
  --fb-fg: #1f2328; --fb-bg: #ffffff; --fb-muted: #59636e; --fb-border: #d1d9e0; --fb-link: #0969da;
  --fb-blue: #1a73e8; --fb-orange: #e8710a; --fb-green: #188038; --fb-purple: #8e24aa; --fb-red: #d93025; --fb-yellow: #b08800; }
@media (prefers-color-scheme: dark) { :root {
  --fb-fg: #e6edf3; --fb-bg: #1e1e1e; --fb-muted: #9198a1; --fb-border: #3d444d; --fb-link: #4fa3ff;
  --fb-blue: #4fa3ff; --fb-orange: #f0a04b; --fb-green: #7ec97e; --fb-purple: #c678dd; --fb-red: #f07178; --fb-yellow: #e5c07b; } }
body {
  --nl-fg: var(--vscode-foreground, var(--fb-fg));
  --nl-bg: var(--vscode-editor-background, var(--fb-bg));
  --nl-muted: var(--vscode-descriptionForeground, var(--fb-muted));
  --nl-border: var(--vscode-panel-border, var(--fb-border));
  --nl-link: var(--vscode-textLink-foreground, var(--fb-link));
  --nl-direct: var(--vscode-charts-blue, var(--fb-blue));
  --nl-indirect: var(--vscode-charts-orange, var(--fb-orange));
  --nl-female: var(--vscode-charts-purple, var(--fb-purple));
  --nl-male: var(--vscode-charts-green, var(--fb-green));
  --nl-unknown: var(--vscode-disabledForeground, var(--fb-muted));
  --nl-unnamed: var(--vscode-charts-yellow, var(--fb-yellow));
  --nl-unresolved: var(--vscode-charts-red, var(--fb-red));
  color: var(--nl-fg); background: var(--nl-bg); margin: 0 auto; padding: 16px 24px 48px; max-width: 1100px;
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif); font-size: var(--vscode-font-size, 14px); line-height: 1.45; }
h1 { font-size: 1.6em; margin: 0.2em 0; } h2 { font-size: 1.25em; margin: 1.6em 0 0.4em; border-bottom: 1px solid var(--nl-border); padding-bottom: 4px; }
.muted, caption, .note { color: var(--nl-muted); }
.note { font-size: 0.92em; max-width: 80ch; }
.totals { display: flex; flex-wrap: wrap; gap: 8px 24px; margin: 8px 0; }
.totals b { font-size: 1.3em; }
.chart { position: relative; height: 320px; margin: 8px 0; }
.chart.short { height: 200px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 0.92em; }
caption { text-align: left; padding: 2px 0; }
th, td { border-bottom: 1px solid var(--nl-border); padding: 2px 10px 2px 0; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
button.open { background: none; border: none; padding: 0; color: var(--nl-link); cursor: pointer; font: inherit; text-align: left; }
button.open:hover, button.open:focus-visible { text-decoration: underline; }
details { margin: 8px 0; } summary { cursor: pointer; }
#quote-list { border: 1px solid var(--nl-border); padding: 8px 16px; margin: 16px 0; }
#quote-list ol { padding-left: 1.4em; } #quote-list li { margin: 6px 0; }
#quote-list .who { font-weight: 600; } #quote-list .where { color: var(--nl-muted); font-size: 0.9em; }
#quote-list blockquote { margin: 2px 0 0; }
`;
