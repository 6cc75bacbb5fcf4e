import { describe, expect, it } from 'vitest';
import { clip, shareLang, shareMeta, withShareTags, type ShareTags } from './share';

const TAGS: ShareTags = { title: 'A "quoted" <title> & more', description: "It's <b>bold</b>", image: 'https://x.org/og-image.png', url: 'https://x.org/news/1?a=1&b=2', lang: 'en' };
const INDEX = '<html lang="en"><head>\n<meta name="description" content="old" />\n<title>TwinBridge</title>\n</head><body></body></html>';

describe('share tags', () => {
  it('escapes every value, so a title cannot close the attribute or open a tag', () => {
    const html = shareMeta(TAGS);
    expect(html).toContain('<meta property="og:title" content="A &quot;quoted&quot; &lt;title&gt; &amp; more" />');
    expect(html).toContain('<meta name="twitter:description" content="It&#39;s &lt;b&gt;bold&lt;/b&gt;" />');
    expect(html).toContain('<meta property="og:url" content="https://x.org/news/1?a=1&amp;b=2" />');
    expect(html).not.toMatch(/<b>|<title>/);
  });

  it('replaces the built title and description, once each, and adds the tags in the head', () => {
    const html = withShareTags(INDEX, TAGS);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>A &quot;quoted&quot; &lt;title&gt; &amp; more</title>');
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('</head>'));
    expect(withShareTags(INDEX, { ...TAGS, lang: 'tr' })).toMatch(/^<html lang="tr">/);
  });

  it('clips long text at a word with an ellipsis and reads Turkish from Accept-Language', () => {
    expect(clip('one two three four', 12)).toBe('one two…');
    expect(clip('  short\n text ', 50)).toBe('short text');
    expect(clip('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(shareLang('tr-TR,tr;q=0.9')).toBe('tr');
    expect(shareLang('en-GB,tr;q=0.5')).toBe('en');
    expect(shareLang(undefined)).toBe('en');
  });
});
