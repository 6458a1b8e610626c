// An article as the index keeps it between views: its text as UTF-8 bytes and its annotations as numbers
// against one string table shared by the corpus (annotationCodec's compact form), about a fifth of the
// objects' size. A view that needs the objects (a hover, the appearances of a person) gets them decoded
// through a small cache of the articles used last, so the heap holds what is on screen, not the archive.
import type { ArticleAnnotations } from '../model';
import { decodeCompact, encodeAnnotations, StringTable } from './annotationCodec';
import { Lru } from './lru';
import { SpanSearch } from './spanSearch';

/** Annotations as numbers, or as objects when they do not fit the compact shape (a newer engine's fields). */
export type PackedAnnotations = { t: string; d: Int32Array | null; m: Int32Array; q: Int32Array } | { raw: ArticleAnnotations };

/** A text as UTF-8 bytes, or as the string itself when UTF-8 would change it (a lone surrogate). */
export type PackedText = Uint8Array | string;

/** What views asked of one article lately, decoded from its packed form. */
export interface DecodedView {
  text?: string;
  annotations?: ArticleAnnotations;
  raw?: ArticleAnnotations;
  mentions?: SpanSearch;
  quotes?: SpanSearch;
  lines?: Uint32Array;
}

/** Articles whose decoded views are kept: the open editors, a hover's list, a scan's current batch. */
const RECENT = 64;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The corpus's string table and the decoded views of the articles used last. */
export class PackedStore {
  private readonly table = new StringTable();
  private readonly recent = new Lru<object, DecodedView>(RECENT);

  /** The table's copy of s, so that 10,000 copies of "person:vladimir-putin" cost one. */
  readonly intern = (s: string): string => this.table.strings[this.table.id(s)];

  packText(text: string): PackedText {
    // UTF-8 keeps every text except one with a lone surrogate (possible in an editor buffer) unchanged.
    if (SURROGATE.test(text) && LONE_SURROGATE.test(text)) return text;
    return Buffer.from(text, 'utf8');
  }

  unpackText(packed: PackedText): string {
    return typeof packed === 'string' ? packed : Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength).toString('utf8');
  }

  pack(a: ArticleAnnotations, text: string): PackedAnnotations {
    const e = encodeAnnotations(a, text, this.table);
    if ('raw' in e) return e;
    return { t: e.t, d: e.d && Int32Array.from(e.d), m: Int32Array.from(e.m), q: Int32Array.from(e.q) };
  }

  unpack(p: PackedAnnotations, text: string, file: string): ArticleAnnotations {
    return 'raw' in p ? p.raw : decodeCompact(p, text, file, this.table.strings);
  }

  /** The decoded view of an article (made the most recent), empty when it was not used lately. */
  view(owner: object): DecodedView {
    let v = this.recent.get(owner);
    if (!v) this.recent.set(owner, (v = {}));
    return v;
  }

  /** Drops an article's decoded view (it left the index). */
  drop(owner: object): void {
    this.recent.delete(owner);
  }
}
