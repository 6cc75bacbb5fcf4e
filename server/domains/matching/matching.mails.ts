import { mailGroupOf, type MailGroup, type NotificationKind } from '../../../shared/notifications';
import type { TwinningStatus } from '../../../shared/twinnings';
import { STATUS_LABELS } from '../../../shared/twinnings.labels';
import { formatDay } from '../../../shared/istanbul';
import type { Mail } from '../../platform/mail';
import { formatIstanbul } from '../../../shared/istanbul';

type Locale = 'tr' | 'en';
type Words = Record<Locale, string>;

const SUBJECTS: Record<NotificationKind, Words> = {
  eoi_received: { tr: 'Yeni bir ilgi beyanı aldınız', en: 'You received an expression of interest' },
  eoi_accepted: { tr: 'İlgi beyanınız kabul edildi', en: 'Your expression of interest was accepted' },
  eoi_declined: { tr: 'İlgi beyanınız reddedildi', en: 'Your expression of interest was declined' },
  eoi_withdrawn: { tr: 'Size gelen bir ilgi beyanı geri çekildi', en: 'An expression of interest to you was withdrawn' },
  message_received: { tr: 'Yeni mesaj', en: 'New message' },
  twinning_proposed: { tr: 'Kurumunuza kardeş şehir ilişkisi önerildi', en: 'A twinning was proposed to your authority' },
  twinning_moved: { tr: 'Kardeş şehir ilişkinizin durumu değişti', en: 'Your twinning moved to a new stage' },
  twinning_approval_requested: { tr: 'Kardeş şehir ilişkinizde onayınız bekleniyor', en: 'A twinning step awaits your approval' },
  twinning_approval_withdrawn: { tr: 'Kardeş şehir ilişkinizde bir onay geri çekildi', en: 'An approval in your twinning was withdrawn' },
  twinning_dormant_risk: { tr: 'Kardeş şehir ilişkiniz 24 aydır etkinliksiz', en: 'Your twinning has had no activity for 24 months' },
  application_partner_invited: { tr: 'Ortak bir hibe başvurusuna davet edildiniz', en: 'You are invited to a joint grant application' },
  application_eligible: { tr: 'Başvurunuz idari kontrolü geçti ve değerlendirmede', en: 'Your application passed the administrative check and is under evaluation' },
  application_ineligible: { tr: 'Başvurunuz idari kontrolde uygun bulunmadı', en: 'Your application was found ineligible' },
  application_awarded: { tr: 'Başvurunuza hibe verildi', en: 'Your application was awarded a grant' },
  application_reserve: { tr: 'Başvurunuz yedek listede', en: 'Your application is on the reserve list' },
  application_rejected: { tr: 'Başvurunuz hibe almadı', en: 'Your application was not selected' },
  application_shortlisted: { tr: 'Kavram notunuz kısa listede: tam başvuru davetiniz', en: 'Your concept note is shortlisted: you are invited to submit a full application' },
  report_approved: { tr: 'Raporunuz onaylandı', en: 'Your report was approved' },
  report_returned: { tr: 'Raporunuz düzeltme için iade edildi', en: 'Your report was returned for changes' },
  payment_made: { tr: 'Hibenize bir ödeme yapıldı', en: 'A payment was made on your grant' },
  recovery_order: { tr: 'Hibeniz için bir geri ödeme talimatı çıkarıldı', en: 'A recovery order was issued on your grant' },
  consultation_decision: { tr: 'Yanıtladığınız görüş toplamanın kararı yayımlandı', en: 'The decision on a consultation you answered is published' },
  comment_moderated: { tr: 'Yorumunuz hakkında bir moderasyon kararı verildi', en: 'A moderator decided on your comment' },
  event_promoted: { tr: 'Bekleme listesinden etkinliğe kaydınız yapıldı', en: 'You moved up from the waiting list: your seat is confirmed' },
  event_reminder: { tr: 'Kayıtlı olduğunuz etkinlik yarın', en: 'An event you registered for is tomorrow' },
  library_published: { tr: 'Önerdiğiniz kütüphane kaydı yayımlandı', en: 'The library entry you proposed is published' },
  library_rejected: { tr: 'Önerdiğiniz kütüphane kaydı yayımlanmadı', en: 'The library entry you proposed was not published' },
};

/** The sentence that says what happened: {name} is the other side or the application's reference, {from}/{to} twinning stages. */
const HEADLINES: Record<NotificationKind, Words> = {
  eoi_received: { tr: '{name} size bir ilgi beyanı gönderdi.', en: '{name} sent you an expression of interest.' },
  eoi_accepted: { tr: '{name} ilgi beyanınızı kabul etti; artık yazışabilirsiniz.', en: '{name} accepted your expression of interest; you can now write to each other.' },
  eoi_declined: { tr: '{name} ilgi beyanınızı reddetti.', en: '{name} declined your expression of interest.' },
  eoi_withdrawn: { tr: '{name} size gönderdiği ilgi beyanını geri çekti.', en: '{name} withdrew its expression of interest.' },
  message_received: { tr: '{name} size yeni bir mesaj yazdı.', en: '{name} wrote you a new message.' },
  twinning_proposed: { tr: '{name} kurumunuza kardeş şehir ilişkisi önerdi. Görüşmeleri başlatabilir ya da öneriyi sonlandırabilirsiniz.', en: '{name} proposes a twinning with your authority. You may start exploring it or end the proposal.' },
  twinning_moved: { tr: '{name} ile kardeş şehir ilişkinizin durumu değişti: {from} → {to}.', en: 'Your twinning with {name} moved on: {from} → {to}.' },
  twinning_approval_requested: { tr: '{name}, kardeş şehir ilişkinizin bir sonraki adımını onayladı ve sizin onayınızı bekliyor: {from} → {to}.', en: '{name} approved the next step of your twinning and awaits your approval: {from} → {to}.' },
  twinning_approval_withdrawn: { tr: '{name}, {from} → {to} adımı için verdiği onayı geri çekti; şu an onayınızı bekleyen bir adım yok.', en: '{name} withdrew its approval of the step {from} → {to}; nothing awaits your approval now.' },
  twinning_dormant_risk: { tr: '{name} ile kardeş şehir ilişkinizde 24 aydır kayıtlı bir etkinlik yok.', en: 'Your twinning with {name} has had no recorded activity for 24 months.' },
  application_partner_invited: { tr: '{name} kurumunuzu ortak bir hibe başvurusuna davet ediyor; katılımınızı onaylayın ya da reddedin.', en: '{name} invites your authority to a joint grant application; please confirm or decline taking part.' },
  application_eligible: { tr: '{name} numaralı başvuru idari kontrolü geçti ve değerlendirmede.', en: 'Application {name} passed the administrative check and is under evaluation.' },
  application_ineligible: {
    tr: '{name} numaralı başvuru idari kontrolde uygun bulunmadı; gerekçeleri başvuru sayfasında.\n\nKararın yeniden incelenmesini isteyebilirsiniz: kontrolde bir hata olduğunu düşünüyorsanız en geç {until} tarihine kadar sözleşme makamına yazılı olarak başvurun; başvurunun numarasını ve kararın neden değişmesi gerektiğini belirtin. Başvuru sayfası nasıl yapılacağını anlatır.',
    en: 'Application {name} was found ineligible; the reasons are on the application page.\n\nYou may ask for a review of this decision: if you believe the check was wrong, write to the contracting authority by {until} at the latest, giving the application\'s reference and why the decision should change. The application page says how.',
  },
  application_awarded: { tr: 'Karar: {name} numaralı başvuruya hibe verildi.', en: 'Decision: application {name} was awarded a grant.' },
  application_reserve: { tr: 'Karar: {name} numaralı başvuru yedek listede.', en: 'Decision: application {name} is on the reserve list.' },
  application_rejected: { tr: 'Karar: {name} numaralı başvuru hibe almadı.', en: 'Decision: application {name} was not selected for a grant.' },
  application_shortlisted: { tr: '{name} numaralı kavram notu kısa listeye alındı. Tam başvurunuzu {deadline} tarihine kadar (İstanbul saati) gönderin; bu tarihten sonra başvuru alınmaz.', en: 'Concept note {name} is shortlisted. Submit your full application by {deadline} (Istanbul time); nothing is accepted after it.' },
  report_approved: { tr: '{name} için raporunuz onaylandı.', en: 'Your report on {name} was approved.' },
  report_returned: { tr: '{name} için raporunuz düzeltme için iade edildi.', en: 'Your report on {name} was returned for changes.' },
  payment_made: { tr: '{name} hibesine bir ödeme yapıldı.', en: 'A payment was made on the grant of {name}.' },
  recovery_order: { tr: '{name} hibesi için bir geri ödeme talimatı çıkarıldı.', en: 'A recovery order was issued on the grant of {name}.' },
  consultation_decision: { tr: '"{name}" görüş toplamasının kararı yayımlandı: ne kararlaştırıldığını ve sonuçlardan hangisine dayandığını okuyun.', en: 'The decision on the consultation "{name}" is published: read what was decided and which results it follows.' },
  comment_moderated: { tr: '"{name}" sayfasındaki yorumunuz hakkında bir moderatör karar verdi; kararı ve gerekçesini okuyun.', en: 'A moderator decided on your comment on "{name}"; read the decision and its reason.' },
  event_promoted: { tr: 'Bir katılımcı kaydını iptal etti: "{name}" etkinliğinde bekleme listesinden yerinizi aldınız. Katılamayacaksanız kaydınızı iptal edin ki sıradaki kişi gelebilsin.', en: 'Someone cancelled: you moved up from the waiting list and have a seat at "{name}". If you cannot come, please cancel so the next person may.' },
  event_reminder: { tr: 'Hatırlatma: "{name}" etkinliği yarın. Saat, yer ve bağlantı etkinlik sayfasında.', en: 'Reminder: "{name}" is tomorrow. The time, place and link are on the event page.' },
  library_published: { tr: 'Bir program yöneticisi önerdiğiniz "{name}" kaydını kütüphanede yayımladı; artık herkes okuyup arayabilir.', en: 'A programme manager published the entry "{name}" you proposed to the library; everyone can now read and find it.' },
  library_rejected: { tr: 'Bir program yöneticisi önerdiğiniz "{name}" kaydını yayımlamadı. Gerekçesi aşağıda ve kaydın sayfasında.', en: 'A programme manager did not publish the entry "{name}" you proposed to the library. The reason is below and on the entry\'s page.' },
};

const GROUPS: Record<MailGroup, Words> = {
  contact: { tr: 'ortak arama ve mesajlar', en: 'partner contact and messages' },
  twinning: { tr: 'kardeş şehir adımları', en: 'twinning steps' },
  grants: { tr: 'hibe başvurusu olayları', en: 'grant application events' },
  reminders: { tr: 'hatırlatmalar', en: 'reminders' },
  participation: { tr: 'görüş toplamalar, etkinlikler ve kütüphane', en: 'consultations, events and the library' },
};

/** Characters of a quoted message a mail carries; the rest is one click away. */
export const QUOTE_LIMIT = 1000;

/** A message cut at a word boundary near the limit, marked when cut. */
export function quote(text: string, limit = QUOTE_LIMIT): string {
  const clean = text.trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.8 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

// The registry's own words for a state, so a mail names a step as the twinning page does.
const stage = (s: string | undefined, locale: Locale) => (s && s in STATUS_LABELS[locale] ? STATUS_LABELS[locale][s as TwinningStatus] : (s ?? ''));

/** Why a person (not an authority's officer) gets a notice: what they did on the platform. */
function personReason(kind: NotificationKind): Words {
  if (kind === 'comment_moderated') return { tr: "TwinBridge'de bir yorum yazdığınız", en: 'you wrote a comment on TwinBridge' };
  if (kind.startsWith('library_')) return { tr: "TwinBridge kütüphanesine bir kayıt önerdiğiniz", en: 'you proposed an entry to the TwinBridge library' };
  if (kind.startsWith('event_')) return { tr: "TwinBridge'de bir etkinliğe kaydolduğunuz", en: 'you registered for an event on TwinBridge' };
  return { tr: "TwinBridge'de bir görüş toplamayı yanıtladığınız", en: 'you answered a consultation on TwinBridge' };
}

export interface NoticeMail {
  to: string;
  locale: Locale;
  recipientName: string;
  /** The authority the recipient acts for: the reason they receive the mail; none for a notice to them as a person (a respondent). */
  authorityName?: string;
  kind: NotificationKind;
  payload: Record<string, string>;
  /** The message or approach text the notice announces, quoted in the mail. */
  message?: string;
  publicUrl: string;
}

/** A notification mail in the reader's language: what happened, the message or decision, the link, why they get it. */
export function noticeMail(n: NoticeMail): Mail {
  const l = n.locale;
  const headline = HEADLINES[n.kind][l]
    // Replacer functions: a replacement string would read `$&`, `$'` etc. in a user-given name as patterns.
    .replace('{name}', () => n.payload.title ?? '')
    .replace('{from}', () => stage(n.payload.from, l))
    .replace('{to}', () => stage(n.payload.to, l))
    .replace('{until}', () => (n.payload.reviewBy ? formatDay(n.payload.reviewBy, l === 'tr' ? 'tr-TR' : 'en-GB') : ''))
    .replace('{deadline}', () => (n.payload.deadline ? formatIstanbul(n.payload.deadline, l) : ''));
  const link = `${n.publicUrl}${n.payload.link ?? '/partners'}`;
  const lines = [l === 'tr' ? `Merhaba ${n.recipientName},` : `Hello ${n.recipientName},`, '', headline];
  if (n.message) lines.push('', l === 'tr' ? 'Mesaj:' : 'Message:', ...quote(n.message).split('\n').map((s) => `> ${s}`));
  lines.push('', l === 'tr' ? `TwinBridge'de açın: ${link}` : `Open it on TwinBridge: ${link}`, '', '--');
  const group = GROUPS[mailGroupOf(n.kind)][l];
  const account = `${n.publicUrl}/account`;
  if (n.authorityName === undefined) {
    // A notice to a person: what they did that brings it.
    const why = personReason(n.kind)[l];
    lines.push(
      l === 'tr'
        ? `Bu e-postayı, ${why} ve "${group}" e-postalarını açık tuttuğunuz için alıyorsunuz. Hangi e-postaları alacağınızı hesabınızda seçin: ${account}`
        : `You receive this mail because ${why} and have "${group}" mails turned on. Choose which mails you get on your account page: ${account}`,
    );
    return { to: n.to, subject: `TwinBridge: ${SUBJECTS[n.kind][l]}`, body: `${lines.join('\n')}\n` };
  }
  lines.push(
    l === 'tr'
      ? `Bu e-postayı, TwinBridge'de ${n.authorityName} adına işlem yaptığınız ve "${group}" e-postalarını açık tuttuğunuz için alıyorsunuz. Hangi e-postaları alacağınızı hesabınızda seçin: ${account}`
      : `You receive this mail because you act for ${n.authorityName} on TwinBridge and have "${group}" mails turned on. Choose which mails you get on your account page: ${account}`,
  );
  return { to: n.to, subject: `TwinBridge: ${SUBJECTS[n.kind][l]}`, body: `${lines.join('\n')}\n` };
}
