/**
 * Money is integer cents in the API. People read and type euros in their UI language; typed
 * amounts are parsed as decimal strings (never through a float), so 0.29 € is exactly 29 cents.
 */

/** Decimal mark and digit-group separator as people type them in a UI locale. */
export function separators(locale: string): { decimal: string; group: string } {
  return locale.startsWith('tr') ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Thirteen integer digits keep cents within Number.MAX_SAFE_INTEGER.
const MAX_INT_DIGITS = 13;

/**
 * Exact cents of a euro amount typed in `locale` ('60,000.50' in English, '60.000,50' in Turkish),
 * or null when it is not a plain non-negative amount with at most two decimals. Digit groups must
 * be well formed, so an English '60.000' (sixty euros with three decimals) is refused, not misread.
 */
export function parseEuros(text: string, locale: string): number | null {
  const { decimal, group } = separators(locale);
  const s = text.replace(/[\s\u00a0\u202f€]/g, '').replace(/^EUR/i, '');
  const d = esc(decimal);
  const g = esc(group);
  const m = new RegExp(`^(\\d+|\\d{1,3}(?:${g}\\d{3})+)(?:${d}(\\d{1,2}))?$`).exec(s);
  if (!m) return null;
  const whole = m[1]!.split(group).join('').replace(/^0+(?=\d)/, '');
  if (whole.length > MAX_INT_DIGITS) return null;
  return Number(whole) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Cents as a currency amount (EUR), with cents only when there are any. */
export function formatCents(cents: number, locale: string, currency = 'EUR'): string {
  const digits = cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cents / 100);
}

/** Cents as the text of a euro input in `locale` (grouped, no currency sign); parseEuros reads it back. */
export function centsToInput(cents: number, locale: string): string {
  const { decimal, group } = separators(locale);
  const whole = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const rest = cents % 100;
  return rest === 0 ? whole : `${whole}${decimal}${String(rest).padStart(2, '0')}`;
}

/** Share of `part` in `whole` as a 0..100 percentage for progress bars (0 when there is no whole). */
export function share(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.min(100, Math.max(0, (part / whole) * 100));
}
