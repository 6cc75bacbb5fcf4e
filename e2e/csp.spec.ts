import { expect, test, type Page } from '@playwright/test';
import { signedIn } from './support';

// The Content-Security-Policy must not break what it protects: the web app's pages (maps drawn on
// canvas and SVG, Mantine's run-time styles) and the API docs run with no CSP violation at all.

/** Every CSP violation the page reports, from the DOM event and from the console. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m.text())) fromConsole.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

test('the web app runs under its CSP with no violation, signed out and in', async ({ page, browser }) => {
  const violations = await watchViolations(page);
  for (const url of ['/', '/map', '/authorities', '/results', '/news', '/signin']) {
    const res = await page.goto(url);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.getByRole('main')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await violations(), url).toEqual([]);
  }

  const manager = await signedIn(browser, 'manager@twinbridge.demo', 'en');
  const managerViolations = await watchViolations(manager);
  await manager.goto('/me');
  await expect(manager.getByRole('main')).toBeVisible();
  await manager.waitForLoadState('networkidle');
  expect(await managerViolations()).toEqual([]);
});

test('the API docs (swagger-ui) run under the same CSP', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/api/docs/');
  await expect(page.locator('.swagger-ui .info .title')).toContainText('TwinBridge API');
  await expect(page.locator('.opblock').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});
