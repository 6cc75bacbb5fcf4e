import { rgb, type PDFFont } from 'pdf-lib';
import { newPdf, wrap, writable } from '../../platform/pdf';

/** The certificate of attendance as a PDF, in the attendee's language, Turkish letters included. */

export interface CertificateText {
  lang: 'tr' | 'en';
  name: string;
  title: string;
  date: string;
  hours: number;
  organiser: string;
  code: string;
  verifyUrl: string;
}

const WORDS = {
  en: {
    heading: 'Certificate of attendance',
    certifies: 'This certifies that',
    attended: 'attended',
    on: 'on',
    hours: (h: string) => `${h} hours of learning`,
    organiser: 'Organised by',
    code: 'Verification code',
    verify: 'Check this certificate at',
  },
  tr: {
    heading: 'Katılım Belgesi',
    certifies: 'Bu belge,',
    attended: 'etkinliğine katıldığını gösterir.',
    on: 'Tarih:',
    hours: (h: string) => `${h} saatlik eğitim`,
    organiser: 'Düzenleyen:',
    code: 'Doğrulama kodu',
    verify: 'Bu belgeyi şu adreste doğrulayın:',
  },
} as const;

export async function certificatePdf(c: CertificateText): Promise<Uint8Array> {
  const w = WORDS[c.lang];
  const { doc, regular, bold } = await newPdf(`${w.heading} – ${c.code}`);
  const page = doc.addPage([842, 595]); // A4 landscape
  const ink = rgb(0.1, 0.15, 0.3);
  let y = 500;
  const centred = (text: string, font: PDFFont, size: number, gap: number) => {
    for (const line of wrap(writable(text, font), font, size, 700)) {
      page.drawText(line, { x: (842 - font.widthOfTextAtSize(line, size)) / 2, y, size, font, color: ink });
      y -= size + 6;
    }
    y -= gap;
  };
  page.drawRectangle({ x: 24, y: 24, width: 794, height: 547, borderColor: ink, borderWidth: 2 });
  centred(w.heading, bold, 30, 24);
  centred(w.certifies, regular, 14, 4);
  centred(c.name, bold, 24, 10);
  if (c.lang === 'en') centred(w.attended, regular, 14, 4);
  centred(`“${c.title}”`, bold, 18, 4);
  if (c.lang === 'tr') centred(w.attended, regular, 14, 4);
  centred(`${w.on} ${c.date}`, regular, 14, 2);
  centred(w.hours(new Intl.NumberFormat(c.lang === 'tr' ? 'tr-TR' : 'en-GB').format(c.hours)), regular, 14, 2);
  centred(`${w.organiser} ${c.organiser}`, regular, 14, 30);
  centred(`${w.code}: ${c.code}`, bold, 12, 0);
  centred(`${w.verify} ${c.verifyUrl}`, regular, 10, 0);
  return doc.save();
}
