import { describe, expect, it } from 'vitest';
import { attachmentProblem, contentDisposition } from './uploads';

describe('contentDisposition', () => {
  it('keeps a Turkish file name as written, with an ASCII fallback', () => {
    const header = contentDisposition('attachment', 'Sözleşme (taslak).pdf');
    expect(header).toBe(`attachment; filename="Sozlesme (taslak).pdf"; filename*=UTF-8''S%C3%B6zle%C5%9Fme%20%28taslak%29.pdf`);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('Sözleşme (taslak).pdf');
  });

  it('cannot be broken out of by quotes or line breaks in a name', () => {
    const header = contentDisposition('inline', 'a"b\\c\r\nSet-Cookie: x.txt');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('inline; filename="a_b_cSet-Cookie: x.txt"; ')).toBe(true);
    expect(contentDisposition('inline', 'İşçi.txt')).toContain('filename="Isci.txt"');
    expect(contentDisposition('inline', 'Kırşehir.pdf')).toContain('filename="Kirsehir.pdf"');
    expect(contentDisposition('inline', '日本')).toContain('filename="file"');
  });
});

describe('attachmentProblem', () => {
  const file = (contentType: string, filename = 'a.txt') => ({ filename, contentType, bytes: Buffer.from('hello') });

  it('refuses a declared type named like an object property as a type problem, not a crash', () => {
    for (const t of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(attachmentProblem(file(t))?.code).toBe('type');
    }
  });

  it('accepts a plain text file and refuses one whose name does not fit its type', () => {
    expect(attachmentProblem(file('text/plain'))).toBeNull();
    expect(attachmentProblem(file('text/plain', 'a.pdf'))?.code).toBe('name');
  });
});
