import { strict as assert } from 'node:assert';
import { annotateText } from '../../src/core/annotate';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { NO_ROLES, PackedEntities, type LocalEntity } from '../../src/core/corpus/localEntities';
import { Lru } from '../../src/core/corpus/lru';
import { PackedStore } from '../../src/core/corpus/packedDocument';
import type { ArticleAnnotations } from '../../src/core/model';
import { seed } from './seeds';

describe('packed documents (issue 16: the index keeps articles packed, views decode them)', () => {
  describe('Lru', () => {
    it('keeps the most recently used entries and drops the least recent first', () => {
      const lru = new Lru<string, number>(2);
      lru.set('a', 1);
      lru.set('b', 2);
      assert.equal(lru.get('a'), 1, 'a is now the most recent');
      lru.set('c', 3);
      assert.equal(lru.get('b'), undefined, 'b was the least recent');
      assert.equal(lru.get('a'), 1);
      assert.equal(lru.get('c'), 3);
      lru.delete('a');
      assert.equal(lru.size, 1);
    });
  });

  describe('PackedStore', () => {
    const s = seed('000');
    const annotations = annotateText(s.text, s.path);

    it('gives back the engine annotations and the text exactly', () => {
      const store = new PackedStore();
      const packed = store.pack(annotations, s.text);
      assert.ok(!('raw' in packed), 'the engine output fits the compact form');
      const text = store.unpackText(store.packText(s.text));
      assert.equal(text, s.text);
      assert.deepEqual(store.unpack(packed, text, s.path), annotations);
    });

    it('keeps a text with a lone surrogate as it is (UTF-8 would change it)', () => {
      const store = new PackedStore();
      const text = 'An editor buffer cut mid-pair: \uD83D and the rest.';
      const packed = store.packText(text);
      assert.equal(typeof packed, 'string');
      assert.equal(store.unpackText(packed), text);
      const paired = 'A pair is fine: \uD83D\uDE00.';
      assert.notEqual(typeof store.packText(paired), 'string');
      assert.equal(store.unpackText(store.packText(paired)), paired);
    });

    it('keeps annotations with a field the compact form does not know as objects', () => {
      const store = new PackedStore();
      const odd = { ...structuredClone(annotations), extra: 1 } as ArticleAnnotations;
      const packed = store.pack(odd, s.text);
      assert.ok('raw' in packed);
      assert.deepEqual(store.unpack(packed, s.text, s.path), odd);
    });
  });

  describe('PackedEntities', () => {
    it('unpacks what it packed: counts, roles, place qualifiers, and shares the empty roles', () => {
      const entities = new Map<string, LocalEntity>([
        ['person:vladimir-putin', { type: 'person', name: 'Vladimir Putin', mentions: 3, quotes: 2, roles: new Map([['russian president', 'Russian President']]) }],
        ['organization:council-of-iran', { type: 'organization', name: 'Council of Iran', mentions: 1, quotes: 0, roles: NO_ROLES, base: 'organization:council', place: 'iran' }],
        ['place:sochi', { type: 'place', name: 'Sochi', mentions: 4, quotes: 0, roles: NO_ROLES }],
      ]);
      const packed = new PackedEntities(entities);
      assert.equal(packed.size, 3);
      assert.deepEqual([...packed.ids()], [...entities.keys()]);
      const back = packed.unpack();
      assert.deepEqual(back, entities);
      assert.equal(back.get('place:sochi')?.roles, NO_ROLES);
    });
  });

  describe('in the corpus index', () => {
    it('answers from packed documents after their decoded views have left the recent ones', () => {
      const s = seed('000');
      const engine = annotateText(s.text, s.path);
      const index = new CorpusIndex();
      index.upsert(s.path, s.text, structuredClone(engine));
      const first = structuredClone(index.annotations(s.path));
      const hit = index.entityAt(s.path, s.text.indexOf('Lavrentiev'));
      // 200 other documents push the seed's decoded view out of the recent ones (64 kept).
      for (let i = 0; i < 200; i++) {
        const text = `Story ${i}. Maria Okafor ${i} met officials in Lagos.\n`;
        index.upsert(`other-${i}.txt`, text, annotateText(text, `other-${i}.txt`));
      }
      assert.deepEqual(index.annotations(s.path), first, 'decoded again, the same annotations');
      assert.equal(index.textOf(s.path), s.text);
      assert.deepEqual(index.entityAt(s.path, s.text.indexOf('Lavrentiev'))?.entity, hit?.entity);
      const entries = [...index.entries()].find((e) => e.path === s.path);
      assert.deepEqual(entries?.annotations, { ...engine, file: s.path }, 'the cache still gets the engine output');
    });
  });
});
