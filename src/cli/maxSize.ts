import { BYTES_PER_MB, DEFAULT_MAX_ARTICLE_KB } from '../core/io/sizeLimit';
import { UsageError } from './usageError';

/** The `--max-size MB` option of the commands that read articles (annotate, index, export), for parseArgs. */
export const MAX_SIZE_OPTION = { 'max-size': { type: 'string' } } as const;

/** The limit for one article in bytes: --max-size in MB (decimals allowed), else the editor's default. */
export function maxArticleBytes(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_MAX_ARTICLE_KB * 1024;
  const mb = Number(raw);
  if (!raw.trim() || !Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size takes a positive number of MB, not '${raw}'`);
  return mb * BYTES_PER_MB;
}
