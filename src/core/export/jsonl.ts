// The annotate contract (docs/output-format.md), one document a line.
import type { ExportDocument, ExportFile } from './types';

/** annotations.jsonl: each document's annotations as `newslens annotate --format jsonl` prints them. */
export function toJsonl(docs: readonly ExportDocument[]): ExportFile[] {
  return [{ path: 'annotations.jsonl', content: docs.map((d) => `${JSON.stringify(d.annotations)}\n`).join('') }];
}
