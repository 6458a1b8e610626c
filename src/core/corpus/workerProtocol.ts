// Messages between the worker pool and src/worker.ts.
import type { ArticleAnnotations } from '../model';

/** Pool -> worker: annotate this text. */
export interface AnnotateJob {
  id: number;
  text: string;
  file: string;
}

/** Worker -> pool: the annotations, or why the engine failed on this text. */
export type AnnotateResult =
  | { id: number; annotations: ArticleAnnotations }
  | { id: number; error: string };
