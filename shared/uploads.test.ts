import { describe, expect, it } from 'vitest';
import { ACCEPTED_FILE_TYPES, contentTypeOf, extensionOf } from './uploads';

describe('accepted upload types (one list for the server and the browser)', () => {
  it('maps every accepted extension back to its type, case-insensitively', () => {
    for (const [type, exts] of Object.entries(ACCEPTED_FILE_TYPES)) for (const ext of exts) expect(contentTypeOf(`Rapor.${ext.toUpperCase()}`), ext).toBe(type);
    expect(contentTypeOf('foto.jpeg')).toBe('image/jpeg');
  });

  it('refuses executables, HTML and names without an extension', () => {
    for (const name of ['run.exe', 'page.html', 'script.js', 'README']) expect(contentTypeOf(name), name).toBeNull();
    expect(extensionOf('README')).toBe('readme');
  });
});
