import type { AuthorityTwinning } from '../../../../shared/twinnings';
import { getAuthorityTwinnings } from '../../api/twinnings';

// One request per authority for every "propose" button on a page (an inbox lists many approaches).
const cache = new Map<string, Promise<AuthorityTwinning[]>>();

/** The twinnings of an authority, fetched once until `forgetTwinnings` (after a proposal). */
export function twinningsOfCached(code: string): Promise<AuthorityTwinning[]> {
  let p = cache.get(code);
  if (!p) {
    p = getAuthorityTwinnings(code).then((r) => r.items);
    p.catch(() => cache.delete(code));
    cache.set(code, p);
  }
  return p;
}

/** Drop the cached twinnings of an authority (it just proposed one). */
export function forgetTwinnings(code: string): void {
  cache.delete(code);
}

/** The live twinning (not ended) of an authority with a partner, if any. */
export function liveTwinningWith(items: AuthorityTwinning[], partnerCode: string): AuthorityTwinning | null {
  return items.find((i) => i.partner.code === partnerCode && i.status !== 'ended') ?? null;
}
