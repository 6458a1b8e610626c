import type { BlockKind } from '../../model';
import type { Word } from '../words';

/** What the tagger reads of one Sentence of analysis.ts: its words, its block's kind, its layout and the rules' reading. */
export interface TaggerView {
  words: Word[];
  kind: BlockKind;
  /** Most words in capitals (a wire headline, a table). */
  shouting: boolean;
  /** Capitalised words only, two or more (a heading in title case). */
  titleCase: boolean;
  /** The rule engine's reading of each word: '' or a BILOU label such as 'B-person'. */
  rules: string[];
  /** The first pass's reading of each word (second pass only), same form. */
  firstPass?: string[];
}

/** What the article says elsewhere about a word, for the document-level features. */
export interface DocumentContext {
  /** Lower-case words written capitalised away from a sentence start, in mixed-case sentences. */
  capitalisedMid: Set<string>;
  /** Lower-case words written in lower case somewhere. */
  writtenLower: Set<string>;
  /** Words inside a run of two or more capitalised words somewhere ("Lavrentiev" of "Alexander Lavrentiev"). */
  inLongerName: Set<string>;
  /** Words the rule engine typed somewhere: word -> type. */
  ruleType: Map<string, string>;
  /** Words of the headline. */
  headline: Set<string>;
  /** Second pass: word -> the type the first pass gave it most often in this article. */
  firstPassType?: Map<string, string>;
  /** Second pass: last words of the first pass's multi-word people ("lavrentiev"). */
  firstPassSurname?: Set<string>;
}
