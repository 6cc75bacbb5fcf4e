/** Countries TwinBridge covers: Turkey and the EU-27, as ISO 3166-1 alpha-2 codes (Greece is GR). */
export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT',
  'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;
export const COUNTRIES = ['TR', ...EU_COUNTRIES] as const;
export type Country = (typeof COUNTRIES)[number];

/** Eurostat writes Greece as EL; everything outside the data files uses ISO's GR. */
export function toIsoCountry(code: string): string {
  const upper = code.trim().toUpperCase();
  return upper === 'EL' ? 'GR' : upper;
}

/** True for a country code TwinBridge knows (after EL→GR). */
export function isCountry(code: string): code is Country {
  return (COUNTRIES as readonly string[]).includes(code);
}
