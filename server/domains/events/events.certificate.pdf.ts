import { PDFDocument, rgb, StandardFonts, type PDFFont } from 'pdf-lib';

/*
 * The certificate of attendance as a PDF (pdf-lib). Only the standard PDF fonts are available without
 * @pdf-lib/fontkit (not installed), and their WinAnsi encoding has no ş, ğ, ı, İ, Ş, Ğ: those letters are
 * written without their marks (ş → s, ı → i, İ → I), which the certificate says in a note. ç, ö, ü exist.
 */

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
    note: 'Letters the standard PDF fonts lack are written without their marks; the verification page shows the exact spelling.',
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
    note: 'PDF standart yazı tiplerinde olmayan harfler işaretsiz yazılmıştır; doğru yazımı doğrulama sayfasında görebilirsiniz.',
  },
} as const;

const MARKLESS: Record<string, string> = { ş: 's', Ş: 'S', ğ: 'g', Ğ: 'G', ı: 'i', İ: 'I' };

/** Text the font can write: Turkish letters it lacks lose their marks; anything else it lacks is folded, then '?'. */
export function writable(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  return [...text.replace(/[şŞğĞıİ]/g, (c) => MARKLESS[c] ?? c)]
    .map((c) => (known.has(c.codePointAt(0)!) ? c : c.normalize('NFD').replace(/\p{M}/gu, '')))
    .map((c) => [...c].every((x) => known.has(x.codePointAt(0)!)) ? c : '?')
    .join('');
}

/** Lines that fit the width, broken at spaces. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function certificatePdf(c: CertificateText): Promise<Uint8Array> {
  const w = WORDS[c.lang];
  const doc = await PDFDocument.create();
  doc.setTitle(`${w.heading} – ${c.code}`);
  doc.setProducer('TwinBridge');
  const page = doc.addPage([842, 595]); // A4 landscape
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
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
  centred(`${w.verify} ${c.verifyUrl}`, regular, 10, 10);
  centred(w.note, regular, 8, 0);
  return doc.save();
}
