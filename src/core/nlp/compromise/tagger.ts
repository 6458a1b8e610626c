import nlp from 'compromise/two';
import { fastBulkMatch, type BulkMatch } from './sweep';

/** A term as compromise keeps it internally (after compute('offset')). */
export interface CompromiseTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

const world = nlp.world() as { hooks: string[]; methods: { one: { bulkMatch: BulkMatch } } };

/** compromise's own rule chooser, kept so that the faster one can be tested against it. */
export const compromiseBulkMatch: BulkMatch = world.methods.one.bulkMatch;

// The typeahead hook completes words for autocomplete: with no typeahead words loaded it only costs time
// (tags are identical without it, checked on real news).
world.hooks = world.hooks.filter((hook) => hook !== 'typeahead');
// compromise's post-tagger spends more time choosing which rules to try than trying them: same choice, faster.
// It reads compromise internals, which is why package.json pins compromise exactly; test/unit/compromiseSweep
// compares the tags with compromise's own chooser, so an upgrade that changes them fails there first.
world.methods.one.bulkMatch = fastBulkMatch;

/** Tags a text and returns compromise's own sentence arrays: no JSON copy of every term is made. */
export function tag(text: string): CompromiseTerm[][] {
  // compromise/two is the tagger without the API plugins of compromise/three (people(), chunks, ...), which no
  // rule here calls: the tags are the same and each article is tagged faster. This is the engine's only use of it.
  const doc = nlp(text);
  doc.compute('offset');
  return doc.document as unknown as CompromiseTerm[][];
}
