import { boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Theme } from '../../../shared/themes';

/** Every Turkish and EU local authority; `code` is its stable external id from the data. */
export const authorities = pgTable(
  'authorities',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    nameLatin: text('name_latin'),
    country: text('country').notNull(),
    type: text('type').notNull(),
    province: text('province'),
    district: text('district'),
    region: text('region'),
    regionName: text('region_name'),
    nuts2: text('nuts2'),
    population: integer('population'),
    areaKm2: doublePrecision('area_km2'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    coordSource: text('coord_source'),
    /** Folded name forms for search (authorities.rules searchKeys), '|'-separated. */
    searchKeys: text('search_keys'),
    descriptionEn: text('description_en').notNull().default(''),
    descriptionTr: text('description_tr').notNull().default(''),
    // Typed, not parsed: the directory reads ~97k rows; only the zod-checked profile edit and the demo seed write themes.
    themes: jsonb('themes').$type<Theme[]>().notNull().default([]),
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    website: text('website').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    fromReference: boolean('from_reference').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('authorities_country_idx').on(t.country), index('authorities_updated_idx').on(t.updatedAt)],
);
