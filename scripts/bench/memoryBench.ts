// Peak memory of one huge article, as the CLI reads it (window by window, a full GC between windows):
//   node memoryBench.js CORPUS.json MB
// The baseline is the process after the engine has read one ordinary 64 KB article (model, compromise and one
// window's working set loaded); the figure is how far the peak rises above it, per MB of text.
import { readFileSync } from 'node:fs';
import { annotateText } from '../../src/core/annotate';
import { fullGc } from '../../src/core/io/fullGc';
import { articleOfSize } from './articleText';

const texts: string[] = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const mb = Number(process.argv[3]);
const text = articleOfSize(texts, mb * 1024 * 1024);
annotateText(articleOfSize(texts, 64 * 1024), '', { afterWindow: fullGc });
fullGc();
const baseMB = Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024) / 1e6;
const t = process.hrtime.bigint();
const r = annotateText(text, '', { afterWindow: fullGc });
const seconds = Number(process.hrtime.bigint() - t) / 1e9;
const peakMB = (process.resourceUsage().maxRSS * 1024) / 1e6;
console.log(JSON.stringify({ mb, seconds, baseMB, peakMB, perMB: (peakMB - baseMB) / mb, mentions: r.entities.length, quotes: r.quotes.length }));
