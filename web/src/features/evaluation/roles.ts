import type { SessionUser } from '../../../../shared/accounts';
import { parseEuros } from '../grants/money';
import { ownAuthority } from '../partners/officer';

/** Assessors (and admins) score applications; mirrors the server's policy. */
export function assesses(user: SessionUser | null): boolean {
  return user?.role === 'assessor' || user?.role === 'admin';
}

/** True when the user is an officer of the award's lead authority (reports, decline). */
export function leadsAward(user: SessionUser | null, leadCode: string): boolean {
  return ownAuthority(user) === leadCode;
}

/** Report costs typed in euros per heading as cents; empty headings are left out, unreadable ones listed. */
export function costsInCents(typed: Record<string, string>, locale: string): { costs: Record<string, number>; bad: string[] } {
  const costs: Record<string, number> = {};
  const bad: string[] = [];
  for (const [k, v] of Object.entries(typed)) {
    if (v.trim() === '') continue;
    const cents = parseEuros(v, locale);
    if (cents === null) bad.push(k);
    else costs[k] = cents;
  }
  return { costs, bad };
}
