import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../server/platform/config';

// index.html paints the header's bar and mark before the app's code arrives (web/index.html, .tb-boot);
// React then draws the real header over the same place. Both must show the same mark and colour, or the
// page would change look as it loads.
const web = path.join(PROJECT_DIR, 'web');
const html = fs.readFileSync(path.join(web, 'index.html'), 'utf8');
const logo = fs.readFileSync(path.join(web, 'src/components/Logo.tsx'), 'utf8');
const layoutCss = fs.readFileSync(path.join(web, 'src/components/AppLayout.module.css'), 'utf8');
const theme = fs.readFileSync(path.join(web, 'src/theme.ts'), 'utf8');

const paths = (text: string) => [...text.matchAll(/\bd="([^"]+)"/g)].map((m) => m[1]);
const circles = (text: string) => [...text.matchAll(/<circle cx="(\d+)" cy="(\d+)" r="([\d.]+)" fill="(#[0-9a-f]+)"/gi)].map((m) => m.slice(1).join(' '));

describe('the boot shell in index.html', () => {
  const boot = /<div class="tb-boot"[^]*?<\/div>/.exec(html)?.[0] ?? '';

  it('sits in the root React renders into, hidden from screen readers, with no text of any language', () => {
    expect(html).toMatch(/<div id="root"><div class="tb-boot" aria-hidden="true">/);
    expect(boot.replace(/<[^>]+>/g, '').trim()).toBe('');
  });

  it('draws the same mark as the header’s Logo', () => {
    expect(paths(logo)).toHaveLength(2);
    expect(paths(boot)).toEqual(paths(logo));
    expect(circles(logo)).toHaveLength(2);
    expect(circles(boot)).toEqual(circles(logo));
  });

  it('has the header’s height and background (bridge shade 8)', () => {
    const bridge = /const bridge[^=]*=\s*\[([^\]]+)\]/.exec(theme)![1]!.match(/#[0-9a-f]{6}/gi)!;
    expect(layoutCss).toMatch(/\.header \{[^}]*background: var\(--mantine-color-bridge-8\)/);
    expect(layoutCss).toMatch(/\.shellHeader \{[^}]*height: 60px/);
    expect(html).toMatch(new RegExp(`\\.tb-boot \\{[^}]*height: 60px; background: ${bridge[8]};`));
  });
});
