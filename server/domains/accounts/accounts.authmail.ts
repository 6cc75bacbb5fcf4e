import type { Mail } from '../../platform/mail';

type Locale = 'tr' | 'en';

function mail(to: string, locale: Locale, text: Record<Locale, { subject: string; lines: string[] }>): Mail {
  const { subject, lines } = text[locale];
  return { to, subject, body: lines.join('\n') };
}

/** The link that finishes a sign-up (the account is made when it is opened), valid for a day. */
export function signupMail(to: string, name: string, locale: Locale, link: string): Mail {
  return mail(to, locale, {
    tr: { subject: 'TwinBridge hesabınızı onaylayın', lines: [`Merhaba ${name},`, '', 'TwinBridge hesabınızı oluşturmak için bu bağlantıyı 24 saat içinde açın:', '', link, '', 'Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın; hesap oluşturulmaz.'] },
    en: { subject: 'Confirm your TwinBridge account', lines: [`Hello ${name},`, '', 'Open this link within 24 hours to create your TwinBridge account:', '', link, '', 'If you did not ask for this, ignore this email; no account is created.'] },
  });
}

/** Told to an account's owner when someone signs up with their address (the sign-up answer itself does not say so). */
export function signupTakenMail(to: string, name: string, locale: Locale, resetLink: string): Mail {
  return mail(to, locale, {
    tr: { subject: 'TwinBridge: adresinizle yeni hesap açılmak istendi', lines: [`Merhaba ${name},`, '', 'Birisi bu e-posta adresiyle yeni bir TwinBridge hesabı açmak istedi; bu adresin zaten bir hesabı var.', 'Siz idiyseniz ve şifrenizi hatırlamıyorsanız şifrenizi buradan sıfırlayın:', '', resetLink, '', 'Siz değilseniz bu e-postayı dikkate almayın; hesabınız değişmedi.'] },
    en: { subject: 'TwinBridge: someone tried to sign up with your address', lines: [`Hello ${name},`, '', 'Someone tried to create a new TwinBridge account with this email address, which already has an account.', 'If it was you and you do not remember your password, reset it here:', '', resetLink, '', 'If it was not you, ignore this email; your account has not changed.'] },
  });
}

/** The one-time sign-in link asked after many failed sign-ins for the account, valid for 15 minutes. */
export function signinLinkMail(to: string, name: string, locale: Locale, link: string): Mail {
  return mail(to, locale, {
    tr: { subject: 'TwinBridge giriş bağlantınız', lines: [`Merhaba ${name},`, '', 'Hesabınız için çok sayıda hatalı giriş denemesi oldu; bu yüzden doğru şifreye ek olarak bu bağlantıyı istiyoruz. Girişi tamamlamak için 15 dakika içinde açın:', '', link, '', 'Giriş yapmaya çalışan siz değilseniz şifrenizi değiştirmeniz iyi olur.'] },
    en: { subject: 'Your TwinBridge sign-in link', lines: [`Hello ${name},`, '', 'There were many failed sign-ins for your account, so besides the right password we ask for this link. Open it within 15 minutes to finish signing in:', '', link, '', 'If it was not you trying to sign in, consider changing your password.'] },
  });
}
