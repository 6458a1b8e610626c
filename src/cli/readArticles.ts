import { readFileSync } from 'node:fs';
import { decodeBytes } from '../core/io/decode';
import { describe, listArticleFiles } from '../core/io/articleFiles';
import { UsageError } from './usageError';

export interface ArticleFile {
  path: string;
  text: string;
}

/** Reads every article under the given paths; unreadable or binary files are skipped with a warning on stderr. */
export function readArticles(paths: string[], warn: (line: string) => void): ArticleFile[] {
  const { files, problems } = listArticleFiles(paths);
  for (const p of problems) {
    if (paths.some((given) => p.startsWith(`${given}: `))) throw new UsageError(p);
    warn(`warning: skipped ${p}`);
  }
  const out: ArticleFile[] = [];
  for (const path of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      warn(`warning: skipped ${path}: ${describe(e)}`);
      continue;
    }
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) {
      warn(`warning: skipped ${path}: ${decoded.reason}`);
      continue;
    }
    if (decoded.warning) warn(`warning: ${path}: ${decoded.warning}`);
    out.push({ path, text: decoded.text });
  }
  return out;
}
