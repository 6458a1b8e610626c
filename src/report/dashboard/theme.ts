/// <reference lib="dom" />
// The chart colours, read from the page's CSS (reportStyle.ts maps VS Code's theme variables, with fallbacks,
// to --nl-*), so a chart follows the editor's theme and is redrawn when it changes.

export interface Theme {
  fg: string;
  muted: string;
  grid: string;
  font: string;
  direct: string;
  indirect: string;
  female: string;
  male: string;
  unknown: string;
  unnamed: string;
  unresolved: string;
}

function cssVar(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

export function readTheme(): Theme {
  const s = getComputedStyle(document.body);
  return {
    fg: cssVar(s, '--nl-fg', '#1f2328'),
    muted: cssVar(s, '--nl-muted', '#59636e'),
    grid: cssVar(s, '--nl-border', '#d1d9e0'),
    font: s.fontFamily || 'sans-serif',
    direct: cssVar(s, '--nl-direct', '#1a73e8'),
    indirect: cssVar(s, '--nl-indirect', '#e8710a'),
    female: cssVar(s, '--nl-female', '#8e24aa'),
    male: cssVar(s, '--nl-male', '#188038'),
    unknown: cssVar(s, '--nl-unknown', '#59636e'),
    unnamed: cssVar(s, '--nl-unnamed', '#b08800'),
    unresolved: cssVar(s, '--nl-unresolved', '#d93025'),
  };
}

/** Calls back when VS Code switches theme (it changes the body's class and the variables with it). */
export function onThemeChange(callback: () => void): void {
  const observer = new MutationObserver(callback);
  // VS Code sets the theme's class on <body> and its variables in the style of <html>.
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
}
