// One article's size limit, shared by the editor (setting newslens.maxFileSizeKB) and the CLI (--max-size):
// a much larger file is rather a dump or a log than an article, and the engine (about 0.15 MB a second)
// would spend minutes on it.

/** The default limit in KB (2 MB); package.json repeats it as the setting's default (a test keeps them equal). */
export const DEFAULT_MAX_ARTICLE_KB = 2048;

/** Bytes in a MB as the limits count them (1024 KB, like the setting's KB of 1024 bytes). */
export const BYTES_PER_MB = 1024 * 1024;

/** "3.14 MB", "0.5 MB", "2 MB": a size for a message. */
export function formatMB(bytes: number): string {
  return `${Number((bytes / BYTES_PER_MB).toFixed(2))} MB`;
}
