import type { Db } from '../../platform/db';
import type { Mailer } from '../../platform/mail';
import { authorityOfficers } from '../accounts/accounts.officers';
import { notifications } from './matching.schema';

export type NotificationKind =
  | 'eoi_received' | 'eoi_accepted' | 'eoi_declined' | 'eoi_withdrawn' | 'message_received' | 'twinning_dormant_risk'
  | 'application_partner_invited' | 'application_eligible' | 'application_ineligible'
  | 'application_awarded' | 'application_reserve' | 'application_rejected'
  | 'report_approved' | 'report_returned' | 'payment_made' | 'recovery_order';

const SUBJECTS: Record<NotificationKind, { tr: string; en: string }> = {
  eoi_received: { tr: 'Yeni bir ilgi beyanı aldınız', en: 'You received an expression of interest' },
  eoi_accepted: { tr: 'İlgi beyanınız kabul edildi', en: 'Your expression of interest was accepted' },
  eoi_declined: { tr: 'İlgi beyanınız reddedildi', en: 'Your expression of interest was declined' },
  eoi_withdrawn: { tr: 'Size gelen bir ilgi beyanı geri çekildi', en: 'An expression of interest to you was withdrawn' },
  message_received: { tr: 'Yeni mesaj', en: 'New message' },
  twinning_dormant_risk: { tr: 'Kardeş şehir ilişkiniz 24 aydır etkinliksiz', en: 'Your twinning has had no activity for 24 months' },
  application_partner_invited: { tr: 'Ortak bir hibe başvurusuna davet edildiniz', en: 'You are invited to a joint grant application' },
  application_eligible: { tr: 'Başvurunuz idari kontrolü geçti ve değerlendirmede', en: 'Your application passed the administrative check and is under evaluation' },
  application_ineligible: { tr: 'Başvurunuz idari kontrolde uygun bulunmadı', en: 'Your application was found ineligible' },
  application_awarded: { tr: 'Başvurunuza hibe verildi', en: 'Your application was awarded a grant' },
  application_reserve: { tr: 'Başvurunuz yedek listede', en: 'Your application is on the reserve list' },
  application_rejected: { tr: 'Başvurunuz hibe almadı', en: 'Your application was not selected' },
  report_approved: { tr: 'Raporunuz onaylandı', en: 'Your report was approved' },
  report_returned: { tr: 'Raporunuz düzeltme için iade edildi', en: 'Your report was returned for changes' },
  payment_made: { tr: 'Hibenize bir ödeme yapıldı', en: 'A payment was made on your grant' },
  recovery_order: { tr: 'Hibeniz için bir geri ödeme talimatı çıkarıldı', en: 'A recovery order was issued on your grant' },
};

/**
 * Tell every officer of an authority, in the app and by email (SMTP when configured, else the
 * outbox). Call inside the transaction of the change, so a failed change notifies nobody.
 */
export async function notifyAuthority(
  db: Db,
  mail: Mailer,
  publicUrl: string,
  code: string,
  kind: NotificationKind,
  payload: Record<string, string>,
): Promise<void> {
  const officers = await authorityOfficers(db, code);
  if (officers.length === 0) return;
  await db.insert(notifications).values(officers.map((o) => ({ userId: o.id, kind, payload })));
  for (const o of officers) {
    const subject = SUBJECTS[kind][o.locale];
    const link = `${publicUrl}${payload.link ?? '/partners'}`;
    const intro = o.locale === 'tr' ? `Merhaba ${o.name},` : `Hello ${o.name},`;
    await mail.send(db, { to: o.email, subject: `TwinBridge: ${subject}`, body: `${intro}\n\n${subject}: ${payload.title ?? ''}\n\n${link}\n` });
  }
}
