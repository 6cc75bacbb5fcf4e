import type { Column } from '../../platform/exports';
import type { RegistryItem } from './twinnings.service';

/** Columns of the registry export: both sides as the sources give them, status, year and origin. */
export const REGISTRY_COLUMNS: Column<RegistryItem>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'a_code', value: (r) => r.a.code },
  { header: 'a_name', value: (r) => r.a.name },
  { header: 'a_country', value: (r) => r.a.country ?? r.a.countryName },
  { header: 'b_code', value: (r) => r.b.code },
  { header: 'b_name', value: (r) => r.b.name },
  { header: 'b_country', value: (r) => r.b.country ?? r.b.countryName },
  { header: 'status', value: (r) => r.status },
  { header: 'since', value: (r) => r.since },
  { header: 'source', value: (r) => r.source },
  { header: 'sources', value: (r) => r.sources.join(' ') },
];
