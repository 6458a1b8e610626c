// The reported-speech model's file: one linear sequence model over the tokens of a sentence (cue, content and
// source spans in BIO labels), the feature families it was trained with, and the speaker ranker's weights; loaded
// once per process through modelSlot.ts.
import { Bio, type SpanScheme } from '../../learn/bio';
import { LinearModel } from '../../learn/linearModel';
import { Ranker } from '../../learn/ranker';
import { decodeModel, ModelFileError, sectionOf, type ModelHeader, type SectionData } from '../../learn/modelFile';
import type { QuoteKind } from '../../model';
import { modelSlot } from '../modelSlot';

export const SPEECH_FORMAT = 'newslens-speech';
// Raised whenever the file layout or the meaning of any feature hash changes.
export const SPEECH_VERSION = 3;
export const SPEECH_FILE = 'speech.bin';
/** The span types the model labels, in label order. */
export const SPEECH_TYPES = ['cue', 'content', 'source'] as const;

export interface SpeechHeader extends ModelHeader {
  types: string[];
  families: string[];
}

export interface SpeechModel {
  header: SpeechHeader;
  scheme: SpanScheme;
  model: LinearModel;
  /** The speaker ranker (speakerRanker.ts); null leaves the rules' speakers as they are. */
  ranker: Ranker | null;
  /** How far another candidate must outscore the rules' pick to replace it, by kind of quote. */
  margin: Margins;
}

export type Margins = Record<QuoteKind, number>;
export const NO_MARGIN: Margins = { direct: 0, indirect: 0 };

function marginsOf(v: unknown): Margins {
  const m = v as Partial<Margins> | undefined;
  return typeof m?.direct === 'number' && typeof m.indirect === 'number' ? { direct: m.direct, indirect: m.indirect } : NO_MARGIN;
}

const slot = modelSlot(SPEECH_FILE, readSpeechModel);

/** The process's reported-speech model, loaded on first call. */
export function speechModel(): SpeechModel {
  return slot.get();
}

/** Builds the model from a file's bytes (exported for tests of damaged files). */
export function readSpeechModel(bytes: Buffer, file: string): SpeechModel {
  const { header, sections } = decodeModel(bytes, file, { format: SPEECH_FORMAT, version: SPEECH_VERSION });
  const h = header as SpeechHeader;
  if (!Array.isArray(h.types) || !Array.isArray(h.families) || h.types.join() !== SPEECH_TYPES.join()) throw new ModelFileError(file, 'its header lacks the span types or feature families');
  const scheme = new Bio(h.types);
  const get = <T extends SectionData>(name: string, kind: new (n: number) => T): T => sectionOf(sections, file, name, kind);
  try {
    const model = new LinearModel({ labels: scheme.size, keys: get('keys', Uint32Array), weights: get('weights', Float32Array), pair: get('pair', Float32Array), start: get('start', Float32Array) }, { allowed: scheme.allowed, allowedEnd: scheme.allowedEnd });
    const ranker = sections.has('ranker.keys') ? new Ranker({ keys: get('ranker.keys', Uint32Array), weights: get('ranker.weights', Float32Array) }) : null;
    return { header: h, scheme, model, ranker, margin: marginsOf(h.rankerMargin) };
  } catch (e) {
    if (e instanceof ModelFileError) throw e;
    throw new ModelFileError(file, (e as Error).message);
  }
}

/** Replaces the process's model (tests, and training's dev scores). */
export function setSpeechModel(model: SpeechModel | null): void {
  slot.set(model);
}
