// What the load inputs yield, one article at a time: an article to write, or a note that one was passed
// over (and why), which the loader reports as a warning and counts.
import type { StoreArticle } from '../../store/types';

export type LoadItem = { article: StoreArticle } | { skipped: string; where: string };
