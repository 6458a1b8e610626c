// Archive scale in the editor's index (issue 16): articles of real size (4-5 KB), the index's heap at 10,000
// and 50,000, the cache saved after one changed article and a warm start at 50,000.
//   node --expose-gc scaleBench.js CORPUS.json dist/worker.js WORKDIR
// DISTINCT articles are generated and annotated once (worker pool); the larger corpora repeat them under
// other paths, so their entity sets are those of DISTINCT articles: the heap of the documents is measured
// faithfully, the linking structures of a corpus with that many different people are not.
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusCache } from '../../src/core/corpus/cacheFile';
import { buildCorpus } from '../../src/core/corpus/corpusBuilder';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { WorkerPool } from '../../src/core/corpus/workerPool';
import { contentHash } from '../../src/core/corpus/contentHash';
import type { ArticleAnnotations } from '../../src/core/model';

const [textsFile, workerScript, workDir] = process.argv.slice(2);
const DISTINCT = 2_000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const now = () => Number(process.hrtime.bigint()) / 1e6;
const out = (line: string) => process.stdout.write(`${line}\n`);

/** Articles of 4-5 KB from the source's paragraphs, deterministically. */
function realSize(source: string[], n: number): string[] {
  const paragraphs = source.flatMap((t) => t.split(/\n\s*\n/).slice(1)).map((p) => p.trim()).filter((p) => p.length >= 80 && p.length <= 1500);
  const articles: string[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    let text = `Story ${i}\n\n`;
    const size = 4000 + ((i * 7919) % 1000);
    while (text.length < size) text += `${paragraphs[(k += 7) % paragraphs.length]}\n\n`;
    articles.push(text);
  }
  return articles;
}

interface Doc { path: string; text: string; hash: string; annotations: ArticleAnnotations }

/** n documents: the distinct ones over and over, each copy under its own path with a line of its own at the end. */
function copies(docs: Doc[], n: number): Doc[] {
  return Array.from({ length: n }, (_, i) => {
    const d = docs[i % docs.length];
    const text = `${d.text}Copy ${i}.\n`;
    return { ...d, path: `${d.path}#${i}`, text, hash: contentHash(text) };
  });
}

/** The index's JS heap, and the memory it holds outside the heap (packed texts and annotations in array buffers). */
function heapOf(docs: Doc[]): { index: CorpusIndex; mb: number; outsideMB: number } {
  gc();
  const before = process.memoryUsage();
  const index = new CorpusIndex();
  for (const d of docs) index.upsert(d.path, d.text, structuredClone(d.annotations), d.hash);
  gc();
  const after = process.memoryUsage();
  return { index, mb: (after.heapUsed - before.heapUsed) / 1e6, outsideMB: (after.external - before.external) / 1e6 };
}

async function main(): Promise<void> {
  const texts = realSize(JSON.parse(readFileSync(textsFile, 'utf8')), DISTINCT);
  const pool = new WorkerPool(workerScript, {});
  const distinct: Doc[] = await Promise.all(texts.map(async (text, i) => ({ path: `a${i}.txt`, text, hash: contentHash(text), annotations: await pool.annotate(text, `a${i}.txt`) })));
  await pool.dispose();
  const kb = texts.reduce((n, t) => n + t.length, 0) / texts.length / 1000;
  out(`  articles of real size: ${DISTINCT} distinct, ${kb.toFixed(1)} KB each on average, repeated under other paths`);
  const { mb: smallMB, outsideMB: smallOutside } = heapOf(copies(distinct, 10_000));
  out(`  index heap, 10,000 articles: ${smallMB.toFixed(0)} MB (target <= 100 MB); outside the heap (packed texts and annotations): ${smallOutside.toFixed(0)} MB`);
  const bigDocs = copies(distinct, 50_000);
  const big = heapOf(bigDocs);
  out(`  index heap, 50,000 articles: ${big.mb.toFixed(0)} MB (${(big.mb / smallMB).toFixed(2)}x the 10,000 figure; linear = 5); outside the heap: ${big.outsideMB.toFixed(0)} MB`);
  mkdirSync(join(workDir, 'scale'), { recursive: true });
  const file = join(workDir, 'scale', 'cache.json');
  rmSync(file, { force: true });
  const cache = new CorpusCache(file);
  cache.load();
  // As the editor saves: what changed since the last save, every document only when the cache must see them all.
  await cache.saveChanges(big.index.takeChanges(), () => big.index.entries());
  const saves: number[] = [];
  const sizeBefore = statSync(file).size;
  for (let i = 0; i < 5; i++) {
    const d = bigDocs[i * 4999];
    const text = `${d.text}Edited ${i}.\n`;
    big.index.upsert(d.path, text, structuredClone(d.annotations));
    const t = now();
    await cache.saveChanges(big.index.takeChanges(), () => big.index.entries());
    saves.push(now() - t);
  }
  saves.sort((a, b) => a - b);
  const appended = (statSync(file).size - sizeBefore) / saves.length;
  out(`  cache save after one changed article at 50,000: median ${saves[2].toFixed(2)} ms (target < 50 ms), ${appended.toFixed(0)} bytes appended a save; file ${(statSync(file).size / 1e6).toFixed(0)} MB`);
  const sources = big.index.entries();
  const byPath = new Map([...sources].map((d) => [d.path, d.text]));
  gc();
  const t = now();
  const warmCache = new CorpusCache(file);
  warmCache.load();
  const warm = new CorpusIndex();
  const r = await buildCorpus(warm, [...byPath].map(([path, text]) => ({ path, read: () => text })), { cache: warmCache, annotator: { annotate: async () => { throw new Error('not cached'); } } });
  warmCache.forget();
  out(`  warm start at 50,000 (cache read + index built, texts in memory): ${((now() - t) / 1000).toFixed(2)} s, ${r.fromCache} from cache (target < 3 s)`);
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
