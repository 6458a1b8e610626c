// The entity tagger's model: two linear sequence models (a first pass, and a second that also reads what
// the first said of the same words elsewhere in the article), the feature families they were trained with,
// and the lexicon. Loaded once per process (each worker thread has its own), on first use, never at
// activation.
import { Bilou } from '../../learn/bilou';
import { decodeModel, ModelFileError, sectionOf, type ModelHeader, type SectionData } from '../../learn/modelFile';
import { LinearModel } from '../../learn/linearModel';
import { Lexicon } from './lexicon';
import { modelSlot } from '../modelSlot';

export const NER_FORMAT = 'newslens-ner';
// Raised whenever the file layout or the meaning of any feature hash changes: an older file then fails to load
// with a clear error instead of scoring the wrong features.
export const NER_VERSION = 5;
export const NER_FILE = 'ner.bin';

export interface NerHeader extends ModelHeader {
  /** Span types in label order ("person", "organization", "place", "misc"). */
  types: string[];
  /** Feature families of the first pass (the second reads those and the secondPass family). */
  families: string[];
}

export interface NerModel {
  header: NerHeader;
  scheme: Bilou;
  first: LinearModel;
  second: LinearModel | null;
  lexicon: Lexicon;
}

const slot = modelSlot(NER_FILE, readNerModel);

/** The process's entity model, loaded on first call; a missing or damaged file throws a ModelFileError every time. */
export function nerModel(): NerModel {
  return slot.get();
}

/** Builds the model from a file's bytes (exported for tests of damaged files). */
export function readNerModel(bytes: Buffer, file: string): NerModel {
  const { header, sections } = decodeModel(bytes, file, { format: NER_FORMAT, version: NER_VERSION });
  const h = header as NerHeader;
  if (!Array.isArray(h.types) || !Array.isArray(h.families)) throw new ModelFileError(file, 'its header lacks the types or feature families');
  const scheme = new Bilou(h.types);
  const mask = { allowed: scheme.allowed, allowedEnd: scheme.allowedEnd };
  const get = <T extends SectionData>(name: string, kind: new (n: number) => T): T => sectionOf(sections, file, name, kind);
  const linear = (prefix: string) => {
    try {
      return new LinearModel({ labels: scheme.size, keys: get(`${prefix}.keys`, Uint32Array), weights: get(`${prefix}.weights`, Float32Array), pair: get(`${prefix}.pair`, Float32Array), start: get(`${prefix}.start`, Float32Array) }, mask);
    } catch (e) {
      if (e instanceof ModelFileError) throw e;
      throw new ModelFileError(file, `${prefix}: ${(e as Error).message}`);
    }
  };
  const lexicon = new Lexicon(get('lexicon.keys', Uint32Array), get('lexicon.values', Uint32Array));
  return { header: h, scheme, first: linear('first'), second: sections.has('second.keys') ? linear('second') : null, lexicon };
}

/** Replaces the process's model (tests, and training's per-epoch dev scores). */
export function setNerModel(model: NerModel | null): void {
  slot.set(model);
}
