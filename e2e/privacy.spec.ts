import { expect, request, test } from '@playwright/test';
import legalEn from '../web/src/i18n/legal.en.json' with { type: 'json' };
import legalTr from '../web/src/i18n/legal.tr.json' with { type: 'json' };
import { expectAccessible, mailedToken, signedIn, t, textOf } from './support';

const PASSWORD = 'Kırmızı-bisiklet-Çarşamba-47';
const legal = (lang: 'en' | 'tr', key: string) => textOf(lang === 'en' ? legalEn : legalTr, key, lang);

// The data subject's rights in the browser (issue 15): a person downloads everything held about them
// and closes the account; afterwards the address no longer signs in.
for (const lang of ['tr', 'en'] as const) {
  test(`a person downloads their data and closes their account (${lang})`, async ({ browser, baseURL }) => {
    const email = `privacy.${lang}.${Date.now()}@example.org`;
    const api = await request.newContext({ baseURL });
    const signup = await api.post('/api/auth/signup', { data: { email, name: 'Gül Veri', password: PASSWORD, locale: lang, acceptTerms: true, acceptPrivacy: true } });
    expect(signup.status()).toBe(202);
    const confirmed = await api.post('/api/auth/signup/confirm', { data: { token: await mailedToken(baseURL!, email, '/signup/confirm') } });
    expect(confirmed.status()).toBe(201);

    const page = await signedIn(browser, email, lang, { password: PASSWORD, pinLanguage: true });
    await page.goto('/account');
    await expect(page.getByRole('heading', { name: legal(lang, 'legal.selfService.title') })).toBeVisible();
    await expectAccessible(page, `account page with your data (${lang})`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: legal(lang, 'legal.selfService.download') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('twinbridge-my-data.json');
    const data = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'))) as { account: { email: string; name: string } };
    expect(data.account).toMatchObject({ email, name: 'Gül Veri' });

    await page.getByRole('button', { name: legal(lang, 'legal.selfService.close') }).click();
    const dialog = page.getByRole('dialog', { name: legal(lang, 'legal.selfService.closeTitle') });
    await expect(dialog).toBeVisible();
    await expectAccessible(page, `closing the account (${lang})`);
    await dialog.getByLabel(t(lang, 'accounts.password')).fill('not the password');
    await dialog.getByRole('button', { name: legal(lang, 'legal.selfService.confirmClose') }).click();
    await expect(dialog.getByText(legal(lang, 'legal.selfService.wrongPassword'))).toBeVisible();
    await dialog.getByLabel(t(lang, 'accounts.password')).fill(PASSWORD);
    await dialog.getByRole('button', { name: legal(lang, 'legal.selfService.confirmClose') }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('button', { name: new RegExp(t(lang, 'nav.accountMenu')) })).toHaveCount(0);
    const again = await api.post('/api/auth/signin', { data: { email, password: PASSWORD } });
    expect(again.status()).toBe(401);
    await Promise.all([api.dispose(), page.context().close()]);
  });
}
