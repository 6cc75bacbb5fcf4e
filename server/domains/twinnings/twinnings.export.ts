import { SOURCE_LABELS, STATUS_LABELS, type LabelLang } from '../../../shared/twinnings.labels';
import type { TwinningSource } from '../../../shared/twinnings';
import type { Column } from '../../platform/exports';
import type { RegistryItem } from './twinnings.service';

/**
 * Columns of the registry export: both sides as the list shows them (Turkish side first), then the
 * state and the source in the same words as the list, in the reader's language, and the year.
 */
export function registryColumns(lang: LabelLang): Column<RegistryItem>[] {
  const source = (s: string) => SOURCE_LABELS[lang][s as TwinningSource] ?? s;
  return [
    { header: 'id', value: (r) => r.id },
    { header: 'a_code', value: (r) => r.a.code },
    { header: 'a_name', value: (r) => r.a.name },
    { header: 'a_country', value: (r) => r.a.country ?? r.a.countryName },
    { header: 'b_code', value: (r) => r.b.code },
    { header: 'b_name', value: (r) => r.b.name },
    { header: 'b_country', value: (r) => r.b.country ?? r.b.countryName },
    { header: 'status', value: (r) => STATUS_LABELS[lang][r.status] },
    { header: 'since', value: (r) => r.since },
    { header: 'source', value: (r) => source(r.source) },
    { header: 'sources', value: (r) => r.sources.map(source).join(', ') },
  ];
}
