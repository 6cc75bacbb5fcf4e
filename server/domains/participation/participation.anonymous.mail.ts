import { CONFIRMATION_HOURS } from '../../../shared/participation.anonymous';
import type { Mail } from '../../platform/mail';

/**
 * The mail with the one-time link that records an anonymous answer, in the language the respondent
 * read the form in. It says the address is not kept, hence no word of the decision will follow.
 */
export function confirmationMail(to: string, locale: 'tr' | 'en', title: string, link: string): Mail {
  if (locale === 'tr') {
    return {
      to,
      subject: `TwinBridge: "${title}" görüş toplamasına yanıtınızı onaylayın`,
      body: [
        'Merhaba,',
        '',
        `"${title}" görüş toplamasına bu adresle bir yanıt gönderildi. Yanıtınızın sayılması için bu bağlantıyı ${CONFIRMATION_HOURS} saat içinde açın (bağlantı bir kez çalışır):`,
        '',
        link,
        '',
        'E-posta adresinizi saklamıyoruz: yanıtınız onaylandığında ya da bağlantının süresi dolduğunda bu e-posta kayıtlarımızdan silinir. Bu nedenle kararı size bildiremeyiz; kararı görüş toplamanın sayfasında okuyabilirsiniz.',
        '',
        'Bu yanıtı siz göndermediyseniz bu e-postayı dikkate almayın; hiçbir şey kaydedilmez.',
      ].join('\n'),
    };
  }
  return {
    to,
    subject: `TwinBridge: confirm your answer to the consultation "${title}"`,
    body: [
      'Hello,',
      '',
      `An answer to the consultation "${title}" was sent with this address. Open this link within ${CONFIRMATION_HOURS} hours for it to count (the link works once):`,
      '',
      link,
      '',
      'We do not keep your address: once your answer is confirmed, or the link expires, this mail is deleted from our records. So we cannot tell you of the decision; read it on the consultation page.',
      '',
      'If you did not send this answer, ignore this mail; nothing is recorded.',
    ].join('\n'),
  };
}
