// Latency of one article and scaling with file size:
//   node out/bench/latencyBench.js CORPUS.json
// Besides the timings, the big files are checked (the unit suite keeps only a 300 KB file, this is where
// the big ones are run): every span slices to its text, and in a 5 MB file of copies of one article the
// last copy yields what the second yields (no state leaking or degrading across a long file).
import { readFileSync } from 'node:fs';
import { annotateText } from '../../src/core/annotate';
import type { ArticleAnnotations } from '../../src/core/model';
import { articleOfSize } from './articleText';

const texts: string[] = JSON.parse(readFileSync(process.argv[2], 'utf8'));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** How many reported spans (mention, quote, speaker, cue, dateline) are not an exact slice of the text. */
function badSpans(text: string, r: ArticleAnnotations): number {
  const spans: { start: number; end: number; text: string }[] = [...r.entities, ...r.quotes];
  for (const q of r.quotes) {
    if (q.speaker) spans.push(q.speaker);
    if (q.cue) spans.push(q.cue);
  }
  if (r.dateline) spans.push(r.dateline);
  return spans.filter((s) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end
    && s.end <= text.length && text.slice(s.start, s.end) === s.text)).length;
}

/**
 * A file of copies of one article, `mb` MB long. The first copy has the file's headline and dateline, every
 * later copy is plain body text: the last copy must yield the mentions and quotes of the second.
 */
function copiesRun(mb: number) {
  const article = texts.find((t) => t.length >= 2000) ?? texts[0];
  const copies = Math.ceil((mb * 1e6) / (article.length + 2));
  const big = Array.from({ length: copies }, () => article).join('\n\n');
  let r: ArticleAnnotations | undefined;
  const ms = time(() => { r = annotateText(big); });
  const inCopy = <T extends { start: number; end: number }>(xs: T[], from: number) => xs.filter((x) => x.start >= from && x.end <= from + article.length);
  const entities = (from: number) => inCopy(r!.entities, from).map((e) => `${e.type}:${e.start - from}:${e.text}:${e.entity}:${e.role ?? ''}`);
  const quotes = (from: number) => inCopy(r!.quotes, from).map((q) => `${q.kind}:${q.start - from}:${q.end - from}:${q.speaker ? `${q.speaker.start - from}:${q.speaker.text}:${q.speaker.entity}` : '-'}:${q.cue?.text ?? '-'}`);
  const second = article.length + 2;
  const last = big.length - article.length;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    mb, ms, copies,
    mentionsPerCopy: entities(second).length,
    quotesPerCopy: quotes(second).length,
    badSpans: badSpans(big, r!),
    lastEqualsSecond: same(entities(last), entities(second)) && same(quotes(last), quotes(second)),
  };
}

const five = articleOfSize(texts, 5000);
for (let i = 0; i < 10; i++) annotateText(five);
const samples = Array.from({ length: 40 }, () => time(() => annotateText(five)));
const sizes = [1, 2.5, 5].map((mb) => {
  const text = articleOfSize(texts, mb * 1e6);
  let r: ArticleAnnotations | undefined;
  const ms = time(() => { r = annotateText(text); });
  return { mb, ms, msPerMB: ms / mb, badSpans: badSpans(text, r!) };
});
const copies = copiesRun(5);
process.stdout.write(`${JSON.stringify({ fiveKbMedianMs: median(samples), sizes, copies })}\n`);
