/** Rates are integer basis points in the API (100 bp = 1 %); people read and type percentages. */

/** Basis points of a typed percentage ('7', '7.5', '7,25', '10 %'), or null beyond two decimals or 100 %. */
export function parsePercent(text: string): number | null {
  // Percentages never need digit groups, so both '.' and ',' are read as the decimal mark.
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0\u202f%]/g, ''));
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

/** Basis points as a percentage in the locale's style ('7.5%' in English, '%7,5' in Turkish). */
export function formatPercent(bp: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);
}

/** Basis points as the text of a percentage input (no sign, the locale's decimal mark). */
export function bpToInput(bp: number, locale: string): string {
  const whole = Math.floor(bp / 100);
  const rest = bp % 100;
  if (rest === 0) return String(whole);
  const mark = locale.startsWith('tr') ? ',' : '.';
  return `${whole}${mark}${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}
