import { strict as assert } from 'node:assert';
import { decodeBytes } from '../../src/core/io/decode';

/** Bytes from a fixed-seed generator (xorshift32), none of them 0: only the decoded text can give them away. */
function noiseWithoutNul(length: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = 1 + ((x >>> 0) % 255);
  }
  return out;
}

const PROSE = 'The minister said on Monday that the talks in Geneva would go on. ';

describe('decodeBytes', () => {
  it('refuses random bytes behind a UTF-16LE or UTF-16BE byte-order mark', () => {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      const r = decodeBytes(Buffer.concat([Buffer.from(bom), noiseWithoutNul(4096)]));
      assert.equal(r.ok, false);
      assert.match(!r.ok ? r.reason : '', /^binary file \(control, unassigned or undecodable characters\)$/);
    }
  });

  it('still reads UTF-16 text behind its byte-order mark, in either byte order', () => {
    const text = 'Путин встретился с послом.\n北京 talks, in Genève.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) assert.deepEqual(decodeBytes(bytes), { ok: true, text });
  });

  it('refuses a NUL byte far past the first 8 KB', () => {
    const bytes = Buffer.concat([Buffer.from(PROSE.repeat(400)), Buffer.from([0]), Buffer.from(PROSE)]);
    assert.ok(bytes.indexOf(0) > 8192 * 3);
    assert.deepEqual(decodeBytes(bytes), { ok: false, reason: 'binary file (NUL or control bytes)' });
  });

  it('refuses a NUL character in UTF-16 text', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${PROSE.repeat(200)}\0${PROSE}`, 'utf16le')]);
    assert.equal(decodeBytes(bytes).ok, false);
  });

  it('refuses Latin-1 bytes dense with control characters (no NUL among them)', () => {
    const bytes = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i % 5 === 0 ? 0x01 : 0xe9)));
    assert.equal(decodeBytes(bytes).ok, false);
  });

  it('keeps text with a few replacement characters, tabs, form feeds and CRLF line ends', () => {
    const text = `Caf\uFFFD talks\r\n\r\n\t${PROSE}\f${PROSE}S\uFFFDo Paulo.`;
    assert.deepEqual(decodeBytes(Buffer.from(text)), { ok: true, text });
  });

  it('decodes invalid UTF-8 as windows-1252 with a warning', () => {
    const r = decodeBytes(Buffer.from('Caf\xe9 in S\xe3o Paulo', 'latin1'));
    assert.ok(r.ok);
    assert.equal(r.text, 'Café in São Paulo');
    assert.match(r.warning ?? '', /Latin-1/);
  });
});
