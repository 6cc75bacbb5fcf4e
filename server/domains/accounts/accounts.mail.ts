import type { Mail } from '../../platform/mail';

type Locale = 'tr' | 'en';

/** The password-reset mail in the user's language, with the one-hour link. */
export function resetMail(to: string, name: string, locale: Locale, link: string): Mail {
  if (locale === 'tr') {
    return {
      to,
      subject: 'TwinBridge şifrenizi sıfırlayın',
      body: [
        `Merhaba ${name},`,
        '',
        'TwinBridge hesabınızın şifresini sıfırlama isteği aldık. Yeni bir şifre belirlemek için bu bağlantıyı bir saat içinde açın:',
        '',
        link,
        '',
        'Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın; şifreniz değişmeden kalır.',
      ].join('\n'),
    };
  }
  return {
    to,
    subject: 'Reset your TwinBridge password',
    body: [
      `Hello ${name},`,
      '',
      'We received a request to reset the password of your TwinBridge account. Open this link within one hour to choose a new one:',
      '',
      link,
      '',
      'If you did not ask for this, ignore this email; your password stays as it is.',
    ].join('\n'),
  };
}

/** Tells a user how an admin decided their request to act for an authority. */
export function officerDecisionMail(
  to: string,
  name: string,
  locale: Locale,
  authority: string,
  approved: boolean,
): Mail {
  if (locale === 'tr') {
    return {
      to,
      subject: approved ? 'TwinBridge: yetkili talebiniz onaylandı' : 'TwinBridge: yetkili talebiniz reddedildi',
      body: approved
        ? `Merhaba ${name},\n\n${authority} adına işlem yapma talebiniz onaylandı. Artık kurumunuzun profilini düzenleyebilirsiniz.`
        : `Merhaba ${name},\n\n${authority} adına işlem yapma talebiniz reddedildi. Bir yanlışlık olduğunu düşünüyorsanız yeni bir talep gönderebilirsiniz.`,
    };
  }
  return {
    to,
    subject: approved ? 'TwinBridge: your officer request was approved' : 'TwinBridge: your officer request was declined',
    body: approved
      ? `Hello ${name},\n\nYour request to act for ${authority} was approved. You can now edit your authority's profile.`
      : `Hello ${name},\n\nYour request to act for ${authority} was declined. If you think this is a mistake, you may send a new request.`,
  };
}
