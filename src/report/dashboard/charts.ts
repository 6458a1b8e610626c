/// <reference lib="dom" />
// Bar charts with Chart.js, registering only the parts used (the bundle leaves the rest out). Colours come
// from the theme (theme.ts); a click on a bar calls back with the bar's index.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartDataset } from 'chart.js';
import type { Theme } from './theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  data: number[];
  /** A theme colour name, or one per bar. */
  colour: keyof Theme | (keyof Theme)[];
}

export interface BarSpec {
  labels: string[];
  series: BarSeries[];
  horizontal: boolean;
  stacked: boolean;
  /** Tooltip value suffix, e.g. "%". */
  unit?: string;
  onBar: (index: number) => void;
}

function datasets(spec: BarSpec, theme: Theme): ChartDataset<'bar'>[] {
  return spec.series.map((s) => ({
    label: s.label,
    data: s.data,
    backgroundColor: Array.isArray(s.colour) ? s.colour.map((c) => theme[c]) : theme[s.colour],
    borderWidth: 0,
    maxBarThickness: 28,
  }));
}

function scales(spec: BarSpec, theme: Theme) {
  const axis = { stacked: spec.stacked, ticks: { color: theme.fg, font: { family: theme.font } }, grid: { color: theme.grid }, border: { color: theme.grid } };
  const value = { ...axis, beginAtZero: true, ticks: { ...axis.ticks, precision: 0 } };
  return spec.horizontal ? { x: value, y: { ...axis, grid: { display: false } } } : { x: { ...axis, grid: { display: false } }, y: value };
}

/** Draws the chart; returns a function that redraws it in the current theme. */
export function barChart(canvas: HTMLCanvasElement, spec: BarSpec, theme: Theme): (theme: Theme) => void {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: spec.labels, datasets: datasets(spec, theme) },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: scales(spec, theme),
      plugins: {
        legend: { display: spec.series.length > 1, labels: { color: theme.fg, font: { family: theme.font } } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.formattedValue}${spec.unit ?? ''}` } },
      },
      onClick: (_event, elements) => {
        if (elements.length) spec.onBar(elements[0].index);
      },
      onHover: (event, elements) => {
        const target = event.native?.target as HTMLElement | undefined;
        if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
      },
    },
  });
  return (next) => {
    chart.data.datasets = datasets(spec, next);
    chart.options.scales = scales(spec, next);
    if (chart.options.plugins?.legend?.labels) chart.options.plugins.legend.labels.color = next.fg;
    chart.update();
  };
}
