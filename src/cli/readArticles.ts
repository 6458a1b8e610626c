import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { checkArticle } from '../core/article/articleCheck';
import { decodeBytes } from '../core/io/decode';
import { describe, listArticleFiles, specialKind } from '../core/io/articleFiles';
import { formatMB } from '../core/io/sizeLimit';
import { UsageError } from './usageError';

export interface ArticleFile {
  path: string;
  text: string;
}

export interface ReadOptions {
  /** --all: take every readable text file, also those that do not read as articles (code, licences, tables). */
  all?: boolean;
}

/**
 * Reads every article under the given paths; unreadable, special, binary and too large files are skipped
 * with a warning on stderr, and so are texts that are no articles (a LICENSE.txt, a CSV) unless `all`.
 * `maxBytes` is the limit for one article (--max-size).
 */
export function readArticles(paths: string[], warn: (line: string) => void, maxBytes: number, options: ReadOptions = {}): ArticleFile[] {
  const { files, problems, special } = listArticleFiles(paths);
  for (const p of problems) {
    if (paths.some((given) => p.startsWith(`${given}: `))) throw new UsageError(p);
    warn(`warning: skipped ${p}`);
  }
  for (const p of special) warn(`warning: skipped ${p}`);
  const out: ArticleFile[] = [];
  for (const path of files) {
    const read = readBytes(path, maxBytes);
    if (typeof read === 'string') {
      warn(`warning: skipped ${path}: ${read}`);
      continue;
    }
    const decoded = decodeBytes(read);
    if (!decoded.ok) {
      warn(`warning: skipped ${path}: ${decoded.reason}`);
      continue;
    }
    if (!options.all) {
      const check = checkArticle(decoded.text, path);
      if (!check.article) {
        warn(`warning: skipped ${path}: not an article (${check.reason})`);
        continue;
      }
    }
    if (decoded.warning) warn(`warning: ${path}: ${decoded.warning}`);
    out.push({ path, text: decoded.text });
  }
  return out;
}

/**
 * The bytes of a regular file no larger than maxBytes, or why they were not read. The listing has already
 * left special files out; opening without blocking and checking the open file again keeps a file swapped
 * for a FIFO since then from hanging the CLI.
 */
function readBytes(path: string, maxBytes: number): Buffer | string {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return `${specialKind(st)}, not a regular file`;
    if (st.size > maxBytes) return `${formatMB(st.size)}, over the ${formatMB(maxBytes)} limit for one article (raise it with --max-size MB)`;
    return readFileSync(fd);
  } catch (e) {
    return describe(e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
