// What every export format takes and gives: documents in, files (relative path + content) out. Writing
// them to disk is writeFolder's job, so the formats stay pure and testable.
import type { ArticleAnnotations } from '../model';

/** One document to export: a unique relative name for the files made from it, its text and its annotations. */
export interface ExportDocument {
  /** Relative path with '/' separators, unique among the documents exported together (e.g. "2019/000.txt"). */
  name: string;
  text: string;
  annotations: ArticleAnnotations;
}

/** One file of an export: a relative path with '/' separators, and its text (written as UTF-8). */
export interface ExportFile {
  path: string;
  content: string;
}

export const EXPORT_FORMATS = ['jsonl', 'csv', 'brat', 'conll'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
