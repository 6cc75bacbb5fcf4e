import { describe, expect, it } from 'vitest';
import { ACCEPT_ATTR, bytesToBase64, contentTypeOf, fileProblem, MAX_FILE_BYTES, readFile, sizeParts } from './fileReading';

describe('reading files for attachments', () => {
  it('reads a file as plain base64 with the content type the server expects', async () => {
    const file = new File(['Merhaba Köln'], 'not.txt', { type: '' });
    const read = await readFile(file);
    expect(read.filename).toBe('not.txt');
    expect(read.contentType).toBe('text/plain');
    expect(new TextDecoder().decode(Uint8Array.from(atob(read.dataBase64), (c) => c.charCodeAt(0)))).toBe('Merhaba Köln');
  });

  it('encodes large byte arrays in chunks', () => {
    const bytes = new Uint8Array(50_000).map((_, i) => i % 256);
    const b64 = bytesToBase64(bytes);
    expect(b64.length).toBe(Math.ceil(50_000 / 3) * 4);
    expect(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))).toEqual(bytes);
  });

  it('knows the accepted types by extension, case-insensitively', () => {
    expect(contentTypeOf('Protokol.PDF')).toBe('application/pdf');
    expect(contentTypeOf('plan.docx')).toContain('wordprocessingml');
    expect(contentTypeOf('run.exe')).toBeNull();
    expect(ACCEPT_ATTR).toBe('.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.odt,.txt');
  });

  it('refuses wrong types, empty and too large files before sending', () => {
    expect(fileProblem({ name: 'a.exe', size: 10 })).toBe('type');
    expect(fileProblem({ name: 'a.pdf', size: 0 })).toBe('empty');
    expect(fileProblem({ name: 'a.pdf', size: MAX_FILE_BYTES + 1 })).toBe('size');
    expect(fileProblem({ name: 'a.pdf', size: MAX_FILE_BYTES })).toBeNull();
  });

  it('gives sizes in readable units', () => {
    expect(sizeParts(1536)).toEqual({ value: 2, unit: 'kB' });
    expect(sizeParts(2.5 * 1024 * 1024)).toEqual({ value: 2.5, unit: 'MB' });
    expect(sizeParts(12)).toEqual({ value: 12, unit: 'B' });
  });
});
