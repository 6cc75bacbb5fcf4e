import type { Db } from '../../platform/db';
import type { Mailer } from '../../platform/mail';
import { authorityOfficers } from '../accounts/accounts.officers';
import { notifications } from './matching.schema';

export type NotificationKind = 'eoi_received' | 'eoi_accepted' | 'eoi_declined' | 'message_received' | 'twinning_dormant_risk';

const SUBJECTS: Record<NotificationKind, { tr: string; en: string }> = {
  eoi_received: { tr: 'Yeni bir ilgi beyanı aldınız', en: 'You received an expression of interest' },
  eoi_accepted: { tr: 'İlgi beyanınız kabul edildi', en: 'Your expression of interest was accepted' },
  eoi_declined: { tr: 'İlgi beyanınız reddedildi', en: 'Your expression of interest was declined' },
  message_received: { tr: 'Yeni mesaj', en: 'New message' },
  twinning_dormant_risk: { tr: 'Kardeş şehir ilişkiniz 24 aydır etkinliksiz', en: 'Your twinning has had no activity for 24 months' },
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
