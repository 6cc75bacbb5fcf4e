import { describe, expect, it } from 'vitest';
import { THEME_NAMES } from '../../../shared/themes';
import en from './en.json';
import tr from './tr.json';

// The server names themes in text it writes itself (match reasons) with shared/themes.ts; the web
// says them from its dictionaries. Both must use the same words.
describe('theme names', () => {
  it('are the dictionaries’ names, in English and in Turkish', () => {
    expect(THEME_NAMES.en).toEqual(en.themes);
    expect(THEME_NAMES.tr).toEqual(tr.themes);
  });
});
