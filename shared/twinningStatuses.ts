// A twinning's statuses and sources, apart from twinnings.ts's schemas so the web app's registry and
// profile name them without loading zod.

/**
 * Lifecycle of a twinning (DESIGN.md glossary); agreed, signed and ended bind both sides. "unknown" is
 * a twinning loaded from a public list whose state nobody has told the platform (see twinnings.lifecycle.ts).
 */
export const TWINNING_STATUSES = ['proposed', 'exploring', 'agreed', 'signed', 'active', 'dormant', 'ended', 'unknown'] as const;
export type TwinningStatus = (typeof TWINNING_STATUSES)[number];

/** Where a twinning record comes from: the public lists loaded on first start, or the platform itself. */
export const TWINNING_SOURCES = ['wikipedia', 'wikidata', 'dev_pairs', 'platform'] as const;
export type TwinningSource = (typeof TWINNING_SOURCES)[number];
