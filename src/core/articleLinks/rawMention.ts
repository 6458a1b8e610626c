import type { EntityType } from '../model';
import type { QualifierHow } from './qualifiers';

/** A mention before linking: its span and type, with the canonical name a gazetteer gave, if any. */
export interface RawMention {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  role?: string;
  /** Canonical name from a gazetteer ("United States" for "U.S."). */
  known?: string;
  /**
   * For an organisation: a place the text around its span qualifies it with ("Iran", possessive, for the
   * span "Supreme National Security Council" in "Iran's Supreme National Security Council"). Set by the
   * caller, which sees the text (see qualifyFromContext); `place` should name a place mention of the article.
   */
  qualifier?: { place: string; how: Exclude<QualifierHow, 'written'> };
}
