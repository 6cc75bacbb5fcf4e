import { describe, expect, it } from 'vitest';
import { pickEncoding, typeOf, urlPath } from './static.files';

const both = { br: Buffer.from('b'), gzip: Buffer.from('g') };

describe('the copy a browser gets', () => {
  it('prefers brotli, then gzip, and honours q=0 and the wildcard', () => {
    expect(pickEncoding('gzip, deflate, br', both)).toBe('br');
    expect(pickEncoding('gzip', both)).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5', both)).toBe('gzip');
    expect(pickEncoding('br;q=0.0, gzip; q=0', both)).toBeNull();
    expect(pickEncoding('*', both)).toBe('br');
    expect(pickEncoding('identity', both)).toBeNull();
    expect(pickEncoding(undefined, both)).toBeNull();
  });

  it('only picks a copy the build made', () => {
    expect(pickEncoding('br, gzip', { gzip: both.gzip })).toBe('gzip');
    expect(pickEncoding('br, gzip', {})).toBeNull();
  });
});

describe('paths and types', () => {
  it('decodes a path, and gives null for a malformed escape', () => {
    expect(urlPath('/assets/a%20b.js?v=1')).toBe('/assets/a b.js');
    expect(urlPath('/assets/%E0%A4%A')).toBeNull();
  });

  it('types scripts, styles and images, with a safe default', () => {
    expect(typeOf('x.js')).toMatch(/^text\/javascript/);
    expect(typeOf('x.CSS')).toMatch(/^text\/css/);
    expect(typeOf('og-image.png')).toBe('image/png');
    expect(typeOf('x.unknown')).toBe('application/octet-stream');
  });
});
