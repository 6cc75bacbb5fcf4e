import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { PROJECT_DIR } from './config';

/*
 * PDF documents the platform issues (certificates, evaluation reports) in Turkish and English. The 14
 * standard PDF fonts use WinAnsi and cannot write ş, ğ, ı, İ, so every document embeds DejaVu Sans
 * (Bitstream Vera licence, data/fonts/LICENSE-DejaVu.txt), subset to the letters it uses.
 */

const FONT_DIR = path.join(PROJECT_DIR, 'data', 'fonts');
let cache: { regular: Uint8Array; bold: Uint8Array } | undefined;

function fontBytes() {
  cache ??= {
    regular: readFileSync(path.join(FONT_DIR, 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
  };
  return cache;
}

export interface PdfWithFonts {
  doc: PDFDocument;
  regular: PDFFont;
  bold: PDFFont;
}

/** A new document with the Unicode fonts embedded (subset: only the glyphs drawn are stored). */
export async function newPdf(title: string): Promise<PdfWithFonts> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(title);
  doc.setProducer('TwinBridge');
  const bytes = fontBytes();
  const regular = await doc.embedFont(bytes.regular, { subset: true });
  const bold = await doc.embedFont(bytes.bold, { subset: true });
  return { doc, regular, bold };
}

/** Lines that fit the width, broken at spaces. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
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

/** Text the font can write: characters it lacks are folded to their base letter, else '?'. */
export function writable(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  return [...text]
    .map((c) => (known.has(c.codePointAt(0)!) ? c : c.normalize('NFD').replace(/\p{M}/gu, '')))
    .map((c) => ([...c].every((x) => known.has(x.codePointAt(0)!)) ? c : '?'))
    .join('');
}
