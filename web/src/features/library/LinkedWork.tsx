import { MultiSelect, SimpleGrid } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listProjects } from '../../api/grants';
import { getAuthorityTwinnings } from '../../api/twinnings';
import { useNames } from '../authorities/useNames';
import { useLoad } from '../partners/useLoad';
import { inLang } from './labels';
import { useAuthorityNames } from './LinkedAuthorities';

type Option = { value: string; label: string };

/** The twinnings of these authorities as options "Authority – Partner (since)", each twinning once. */
function useTwinningOptions(codes: readonly string[]): Option[] {
  const names = useNames();
  const known = useAuthorityNames(codes);
  const [byCode, setByCode] = useState<Record<string, { id: string; partner: string; since: number | null }[]>>({});
  const missing = codes.filter((c) => !(c in byCode)).join(',');
  useEffect(() => {
    if (!missing) return;
    const ctrl = new AbortController();
    for (const code of missing.split(',')) {
      getAuthorityTwinnings(code, ctrl.signal).then(
        (res) => setByCode((m) => ({ ...m, [code]: res.items.map((x) => ({ id: x.id, partner: names.text(x.partner), since: x.since })) })),
        () => undefined,
      );
    }
    return () => ctrl.abort();
  }, [missing, names]);
  const seen = new Set<string>();
  const out: Option[] = [];
  for (const code of codes) {
    const own = known[code] ? names.text(known[code]) : code;
    for (const x of byCode[code] ?? []) {
      if (seen.has(x.id)) continue;
      seen.add(x.id);
      out.push({ value: x.id, label: `${own} – ${x.partner}${x.since ? ` (${x.since})` : ''}` });
    }
  }
  return out;
}

interface Props {
  authorityCodes: readonly string[];
  twinningIds: string[];
  projectIds: string[];
  onTwinnings: (ids: string[]) => void;
  onProjects: (ids: string[]) => void;
  errors: Record<string, string>;
}

/** The twinnings (of the linked authorities) and the awarded projects an entry comes from, picked by name. */
export function LinkedWork({ authorityCodes, twinningIds, projectIds, onTwinnings, onProjects, errors }: Props) {
  const { t, i18n } = useTranslation();
  const twinnings = useTwinningOptions(authorityCodes);
  const projects = useLoad((s) => listProjects({}, s), 'projects');
  const projectOptions: Option[] = (projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.reference} · ${inLang(i18n.language, p.titleTr, p.titleEn)}` }));
  // A chosen twinning stays listed when its authority is removed, so it can still be seen and removed.
  const kept = twinningIds.filter((id) => !twinnings.some((o) => o.value === id)).map((id) => ({ value: id, label: id }));
  const firstError = (prefix: string) => Object.entries(errors).find(([k]) => k.startsWith(prefix))?.[1];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <MultiSelect label={t('library.propose.twinnings')} description={t(authorityCodes.length ? 'library.propose.twinningsHelp' : 'library.propose.twinningsNeedAuthority')}
        data={[...twinnings, ...kept]} value={twinningIds} onChange={onTwinnings} searchable clearable limit={10} withScrollArea={false}
        nothingFoundMessage={t('common.nothingFound')} error={firstError('twinningIds')} />
      <MultiSelect label={t('library.propose.projects')} description={t('library.propose.projectsHelp')}
        data={projectOptions} value={projectIds} onChange={onProjects} searchable clearable limit={10} withScrollArea={false}
        nothingFoundMessage={t('common.nothingFound')} error={firstError('projectIds')} />
    </SimpleGrid>
  );
}
