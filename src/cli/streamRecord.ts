// The one output record of `newslens annotate --input jsonl`: kept apart from the streaming machinery so that
// what a record holds (and later, keys to link entities across articles) changes in one place.
import { linkRowsOf, type LinkRow } from '../core/corpus/linkRows';
import type { ArticleAnnotations } from '../core/model';

/** One input line, as checked by src/cli/stream/inputLine.ts. */
export interface StreamInput {
  id: string | number;
  text: string;
  date?: string;
  outlet?: string;
  url?: string;
  title?: string;
}

/** An output line: the input's id, then the article's annotations, with the input's own metadata on top. */
export type StreamRecord = { id: string | number } & ArticleAnnotations & { date?: string; outlet?: string; links: LinkRow[] };

/** The `file` of a streamed article: its url when given (where the article lives), else its id. */
export function streamFile(input: StreamInput): string {
  return input.url ?? String(input.id);
}

/**
 * The record for one article. The input's title replaces the headline the engine read (the caller knows it
 * better than a guess from the text's first line); date and outlet are carried as given, not parsed. `links`
 * are the rows a group-by on their `key` hands to `newslens link` (core/corpus/linkRows.ts): entity ids here
 * are the article's own, linked across the archive by that step.
 */
export function streamRecord(input: StreamInput, annotations: ArticleAnnotations): StreamRecord {
  return {
    id: input.id,
    ...annotations,
    file: streamFile(input),
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.date !== undefined ? { date: input.date } : {}),
    ...(input.outlet !== undefined ? { outlet: input.outlet } : {}),
    links: linkRowsOf(streamFile(input), input.text, annotations),
  };
}
