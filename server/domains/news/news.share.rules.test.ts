import { describe, expect, it } from 'vitest';
import { listTags, sharePage } from './news.share.rules';

const ID = '5b0c6a4e-1f9e-4c1e-9a57-0a4f3f0f2b11';

describe('which page a path shares', () => {
  it('names each public page kind and its id', () => {
    expect(sharePage('/')).toEqual({ kind: 'home' });
    expect(sharePage('/news/')).toEqual({ kind: 'news' });
    expect(sharePage('/open-data')).toEqual({ kind: 'openData' });
    expect(sharePage('/authorities/TR-BSB-34')).toEqual({ kind: 'authority', id: 'TR-BSB-34' });
    expect(sharePage(`/twinnings/${ID}`)).toEqual({ kind: 'twinning', id: ID });
    expect(sharePage(`/grants/projects/${ID}`)).toEqual({ kind: 'project', id: ID });
    expect(sharePage(`/consultations/${ID}`)).toEqual({ kind: 'consultation', id: ID });
    expect(sharePage(`/news/${ID}`)).toEqual({ kind: 'newsPost', id: ID });
  });

  it('takes anything else, malformed ids and sub-pages included, as another page', () => {
    for (const path of ['/news/new', `/news/${ID}/edit`, '/twinnings/not-an-id', '/admin', '/authorities/a/b', `/consultations/${ID}/confirm`]) expect(sharePage(path).kind, path).toBe('other');
  });

  it('titles list pages in the language asked', () => {
    expect(listTags({ kind: 'openData' }, 'tr', 'https://x.org', '/open-data')).toMatchObject({ title: 'Açık veri — TwinBridge', url: 'https://x.org/open-data', image: 'https://x.org/og-image.png' });
    expect(listTags({ kind: 'other' }, 'en', 'https://x.org', '/admin').title).toContain('town twinning');
  });
});
