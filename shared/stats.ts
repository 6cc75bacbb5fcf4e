import { z } from 'zod';

// The public dashboard's figures (issue 14): every one computed from the data by the stats domain,
// which composes what each owning domain counts of its own tables.

const counts = z.record(z.string(), z.number().int());

/** One bar of a per-year series. */
export const yearCount = z.object({ year: z.number().int(), count: z.number().int() });
/** Activities of one theme in one year (an activity with several themes counts once for each). */
export const themeYearCount = z.object({ theme: z.string(), year: z.number().int(), count: z.number().int() });

export const stats = z.object({
  /** Authorities registered in the directory. */
  authorities: z.number().int(),
  /** Per authority kind (AUTHORITY_TYPES). */
  authoritiesByKind: counts,
  /** Turkish and EU authorities. */
  authoritiesBySide: z.object({ tr: z.number().int(), eu: z.number().int() }),
  twinnings: z.object({
    total: z.number().int(),
    /** Twinnings in the active state now. */
    active: z.number().int(),
    byStatus: counts,
    /** Per country of either side (ISO alpha-2); a twinning counts once per country it touches. */
    byCountry: counts,
    /** New twinnings per year: the year a loaded list gives, or the year one was made on the platform. */
    byYear: z.array(yearCount),
  }),
  projects: z.object({
    /** Funded projects: awards awarded, contracted or closed. */
    count: z.number().int(),
    grantedCents: z.number().int(),
    /** Distinct Turkish provinces and distinct countries of the projects' leads and confirmed partners. */
    provinces: z.number().int(),
    countries: z.number().int(),
  }),
  activitiesByThemeYear: z.array(themeYearCount),
  events: z.object({ held: z.number().int(), participants: z.number().int() }),
  /** Consultations that have opened (running or closed). */
  consultations: z.number().int(),
  /** When these figures were computed (ISO); they are cached until the data changes. */
  computedAt: z.string(),
});
export type Stats = z.infer<typeof stats>;
export type YearCount = z.infer<typeof yearCount>;
export type ThemeYearCount = z.infer<typeof themeYearCount>;
