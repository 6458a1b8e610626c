// The corrections a reader keeps in `.newslens.json` (version 1), as the engine applies them, and the
// problems found reading that file, placed exactly so that an editor can underline them.
import type { EntityType } from '../model';

/** The corrections-file format this code reads and writes. */
export const CORRECTIONS_VERSION = 1;

/** The file name looked for at the root of a workspace folder or of a folder given to the CLI. */
export const CORRECTIONS_FILE = '.newslens.json';

/** A name to recognise wherever it appears, with the other ways the text writes it. */
export interface CorrectionEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  /** Titles the entity holds, added to its mentions that carry no written title. */
  roles: string[];
}

/** Change the type of the entity written (or canonically named) `text`. */
export interface RetypeEntry {
  text: string;
  type: EntityType;
}

/** Set the speaker of the quotes of `file` whose text contains `quote`; a null speaker removes it. */
export interface SpeakerEntry {
  file: string;
  quote: string;
  speaker: string | null;
}

/** A corrections file as the engine applies it: only well-formed entries, conflicts already resolved. */
export interface Corrections {
  entities: CorrectionEntity[];
  /** Surface texts never annotated. */
  ignore: string[];
  retype: RetypeEntry[];
  speakers: SpeakerEntry[];
}

/** Corrections that change nothing. */
export function emptyCorrections(): Corrections {
  return { entities: [], ignore: [], retype: [], speakers: [] };
}

/** True when applying these corrections would change nothing. */
export function isEmptyCorrections(c: Corrections | undefined | null): boolean {
  return !c || (!c.entities.length && !c.ignore.length && !c.retype.length && !c.speakers.length);
}

/** error: the file is not used (the last good corrections stay in force); warning: used, but look; info: a note. */
export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** What kind of problem, so that an editor can offer a fix for some. */
export type DiagnosticCode =
  | 'syntax' | 'empty-file' | 'not-object' | 'version-missing' | 'version-unsupported' | 'wrong-type'
  | 'missing-key' | 'unknown-key' | 'duplicate-key' | 'empty-value' | 'no-letters' | 'alias-conflict'
  | 'ignored-name' | 'too-deep';

/** One problem in the corrections file. Offsets are UTF-16 indices into the file's text; lines and columns are 0-based. */
export interface CorrectionsDiagnostic {
  severity: DiagnosticSeverity;
  code: DiagnosticCode;
  message: string;
  offset: number;
  length: number;
  line: number;
  column: number;
  /** JSON path of the value concerned, e.g. ["entities", 0, "aliases", 1]; [] for the whole file. */
  path: (string | number)[];
}

/** What parseCorrections returns: never throws, always some corrections. */
export interface ParsedCorrections {
  /** The well-formed entries (all of them when ok; what could be read otherwise). */
  corrections: Corrections;
  diagnostics: CorrectionsDiagnostic[];
  /** False when some diagnostic is an error: keep the last good corrections in force. */
  ok: boolean;
}
