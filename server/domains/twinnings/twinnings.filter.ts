import { z } from 'zod';
import { isCountry, toIsoCountry } from '../../../shared/countries';
import { THEMES } from '../../../shared/themes';
import { TWINNING_SOURCES, TWINNING_STATUSES } from '../../../shared/twinnings';
import type { AppContext } from '../../platform/context';
import type { TwinningFilter } from './twinnings.service';

/** The registry's filters, the same for the list, the exports, the counts and the network map. */
export const registryQuery = z.object({
  /** `tr_eu`: Turkey–EU twinnings only (the registry page's default view); `all`: every listed one. */
  scope: z.enum(['tr_eu', 'all']).optional(),
  country: z.string().transform(toIsoCountry).refine(isCountry, 'unknown country code').optional(),
  province: z.string().trim().min(1).max(60).optional(),
  status: z.enum(TWINNING_STATUSES).optional(),
  source: z.enum(TWINNING_SOURCES).optional(),
  theme: z.enum(THEMES).optional(),
});
export type RegistryQuery = z.output<typeof registryQuery>;

/** The service filter of a query: a province becomes the codes of its Turkish authorities. */
export function registryFilter(ctx: AppContext, q: RegistryQuery): TwinningFilter {
  const { province, ...rest } = q;
  return { ...rest, codes: province ? provinceCodes(ctx, province) : undefined };
}

/** Codes of every Turkish authority in a province (by ISO code TR-34 or by name). */
function provinceCodes(ctx: AppContext, province: string): string[] {
  const all = ctx.directory.search({ country: 'TR', region: province, limit: 1, offset: 0 });
  return ctx.directory.search({ country: 'TR', region: province, limit: Math.max(1, all.total), offset: 0 }).items.map((a) => a.code);
}
