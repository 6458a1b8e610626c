// Hand-made annotations for corpus tests, so that linking is tested independently of the NLP engine.
import type { ArticleAnnotations, EntityType, Mention, Quote } from '../../src/core/model';
import { entityId } from '../../src/core/articleLinks/ids';
import { annotateText } from '../../src/core/annotate';
import type { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { seed } from './seeds';

/** Builds one article's annotations by naming the strings to mark, in text order. */
export class ArticleBuilder {
  private readonly entities: Mention[] = [];
  private readonly quotes: Quote[] = [];
  private cursor = 0;

  constructor(readonly text: string, private readonly title = text.split('\n')[0]) {}

  /** Marks the next occurrence of `surface` (after the previous mark) as an entity. */
  mention(type: EntityType, surface: string, options: { name?: string; role?: string } = {}): this {
    const start = this.find(surface);
    const name = options.name ?? surface;
    const m: Mention = { type, start, end: start + surface.length, text: surface, entity: entityId(type, name), name };
    if (options.role) m.role = options.role;
    this.entities.push(m);
    return this;
  }

  person(surface: string, options: { name?: string; role?: string } = {}): this {
    return this.mention('person', surface, options);
  }

  /** Marks the next occurrence of `quoted` as a direct quote, with the speaker just after it or else before it (null entity for a description). */
  quote(quoted: string, speaker: string, speakerName: string | null): this {
    const start = this.find(quoted);
    const after = this.text.indexOf(speaker, start + quoted.length);
    const sStart = after !== -1 && after - start - quoted.length < 40 ? after : this.text.lastIndexOf(speaker, start);
    this.quotes.push({
      kind: 'direct', start, end: start + quoted.length, text: quoted, cue: null, rule: 'trailing-cue',
      speaker: { start: sStart, end: sStart + speaker.length, text: speaker, entity: speakerName ? entityId('person', speakerName) : null, name: speakerName ?? speaker },
    });
    return this;
  }

  build(file = ''): ArticleAnnotations {
    return { file, title: this.title, dateline: null, entities: [...this.entities], quotes: [...this.quotes] };
  }

  private find(s: string): number {
    const i = this.text.indexOf(s, this.cursor);
    if (i === -1) throw new Error(`'${s}' not found after ${this.cursor}`);
    this.cursor = i + s.length;
    return i;
  }
}

/** Full name with role, then a quote by a description: "Russian president, Vladimir Putin, ...". */
export function putinFull(): ArticleBuilder {
  const text = 'Putin meets envoy\nNov 05, 2018 14:31\n\nRussian president, Vladimir Putin, met the envoy on Monday.\n\n"We will continue," the Russian president said.\n';
  return new ArticleBuilder(text).person('Putin', { name: 'Vladimir Putin' }).person('Vladimir Putin', { role: 'Russian president' })
    .quote('"We will continue,"', 'the Russian president', 'Vladimir Putin');
}

/** Only the surname, and a description speaker the article itself does not resolve. */
export function putinBare(): ArticleBuilder {
  const text = 'Talks\nMar 2, 2019 09:00\n\nPutin said "we are ready for talks" on Tuesday.\n\n"Nothing changed," the Russian president told reporters.\n';
  return new ArticleBuilder(text).person('Putin').quote('"we are ready for talks"', 'Putin', 'Putin')
    .quote('"Nothing changed,"', 'the Russian president', null);
}

/** A second person named Putin. */
export function otherPutin(): ArticleBuilder {
  const text = 'Skater wins\n\nFigure skater Igor Putin won the gold medal.\n';
  return new ArticleBuilder(text).person('Igor Putin', { role: 'Figure skater' });
}

/** A second holder of the role "Russian president" (a different person), to make descriptions ambiguous. */
export function otherPresident(): ArticleBuilder {
  const text = 'History\n\nRussian president, Boris Yeltsin, resigned in 1999.\n';
  return new ArticleBuilder(text).person('Boris Yeltsin', { role: 'Russian president' });
}

/** Indexes both seed articles with the real engine. */
export function indexSeeds(index: CorpusIndex): void {
  for (const name of ['000', '004'] as const) {
    const s = seed(name);
    index.upsert(s.path, s.text, annotateText(s.text, s.path));
  }
}
