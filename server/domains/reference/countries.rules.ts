import { toIsoCountry } from '../../../shared/countries';
import { fold } from '../../../shared/text/fold';

// Names the public lists use that ICU's English region names do not (older, local or exonym forms).
const ALIASES: Record<string, string> = {
  turkey: 'TR', 'czech republic': 'CZ', 'republic of ireland': 'IE', 'united states of america': 'US',
  "people's republic of china": 'CN', 'republic of macedonia': 'MK', macedonia: 'MK', 'ivory coast': 'CI',
  'palestinian national authority': 'PS', palestine: 'PS', 'palestinian territories': 'PS', 'west bank': 'PS',
  'gaza strip': 'PS', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', 'georgia (country)': 'GE',
  moldavia: 'MD', 'bosnia and hercegovina': 'BA', swaziland: 'SZ', 'east timor': 'TL', 'cape verde': 'CV',
  'sao tome and principe': 'ST', 'republic of the congo': 'CG', congo: 'CG', 'democratic republic of the congo': 'CD',
  'kingdom of the netherlands': 'NL', grece: 'GR', surinam: 'SR', madagaskar: 'MG', kazakhstah: 'KZ', russia: 'RU',
  'federated states of micronesia': 'FM', micronesia: 'FM', czechia: 'CZ', turkiye: 'TR', burma: 'MM', 'myanmar': 'MM',
};

// Withdrawn or pseudo codes ICU still names (DD is "Germany" there): never the answer.
const WITHDRAWN = new Set(['DD', 'YU', 'CS', 'SU', 'ZR', 'BU', 'TP', 'FX', 'NT', 'YD', 'VD', 'QO', 'EU', 'EZ', 'UN', 'ZZ', 'XA', 'XB', 'AN']);

let byName: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES).map(([n, c]) => [fold(n), c]));
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name && name !== code && !WITHDRAWN.has(code) && !byName.has(fold(name))) byName.set(fold(name), code);
    }
  return byName;
}

// Not countries TwinBridge can tie to an ISO code (the TRNC is not an EU member's territory here).
const UNRESOLVED = new Set(['northern cyprus', 'transnistria', 'somaliland', 'western sahara', 'luhansk people s republic']);

/**
 * ISO 3166-1 alpha-2 for a country as written in the twinning lists ("England, United Kingdom",
 * "Georgia (country)", "Republic of Ireland"); null when it names no present-day country we know.
 */
export function countryCode(text: string): string | null {
  if (/^[A-Z]{2}$/.test(text.trim())) return toIsoCountry(text);
  const folded = fold(text);
  if (!folded || UNRESOLVED.has(folded)) return null;
  const map = names();
  const direct = map.get(folded);
  if (direct) return direct;
  const parts = text.split(',').map((p) => fold(p));
  for (let i = parts.length - 1; i >= 0; i--) {
    const c = map.get(parts[i]!);
    if (c) return c;
  }
  return null;
}
