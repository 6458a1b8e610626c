// The given-name step of gender.ts, read from the entity model's lexicon: its maleFirst/femaleFirst flags come
// from the first-name lists the model was trained with, so the report adds no list of its own.
import { LEX, type Lexicon } from '../nlp/tagger/lexicon';
import type { GivenNameLookup } from './gender';

export function lexiconGivenNames(lexicon: Lexicon): GivenNameLookup {
  return (lower) => {
    const flags = lexicon.raw(lower);
    const male = (flags & LEX.maleFirst) !== 0;
    const female = (flags & LEX.femaleFirst) !== 0;
    return male && female ? 'both' : male ? 'male' : female ? 'female' : 'none';
  };
}
