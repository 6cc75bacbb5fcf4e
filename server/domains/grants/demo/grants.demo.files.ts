/** Text a PDF base font can show: accents folded to ASCII (İ→I, ı→i, ö→o), anything else as '?'. */
function ascii(text: string): string {
  return text.replace(/ı/g, 'i').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '?');
}

/** A PDF string literal: backslashes and parentheses escaped. */
const literal = (text: string) => `(${ascii(text).replace(/[\\()]/g, (c) => `\\${c}`)})`;

/**
 * A one-page A4 PDF with these lines in Helvetica: a real document any reader opens, so the demo's
 * attachments can be downloaded and read. The cross-reference table is computed from the byte offsets.
 */
export function demoPdf(lines: readonly string[]): Buffer {
  const text = `BT /F1 12 Tf 72 770 Td 18 TL ${lines.map((l) => `${literal(l)} Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The partnership declaration every demo application carries, as a PDF. */
export function partnershipDeclaration(reference: string, lead: string, partner: string, title: string): Buffer {
  return demoPdf([
    `Partnership declaration - ${reference}`,
    '',
    `Lead authority: ${lead}`,
    `Partner authority: ${partner}`,
    `Project: ${title}`,
    '',
    'The partner authority takes part in the action described in the application',
    'and commits the staff and the co-financing its budget states.',
    '',
    'DEMO DATA: an invented document of the TwinBridge demo programme.',
  ]);
}
