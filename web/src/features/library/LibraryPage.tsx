import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { COUNTRIES } from '../../../../shared/countries';
import { ENTRY_KINDS } from '../../../../shared/knowledge';
import { searchLibrary } from '../../api/library';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { themeOptions } from '../authorities/labels';
import { useLoad } from '../partners/useLoad';
import { mayPropose } from './labels';
import { Snippet } from './Snippet';

const PAGE = 20;
const FILTERS = ['theme', 'country', 'type'] as const;

/** The library: full-text search in the reader's language, filters in the URL, hits with highlighted snippets. */
export default function LibraryPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const lang = i18n.language.startsWith('tr') ? 'tr' : 'en';
  const q = params.get('q') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [words, setWords] = useState(q);
  const query = { q, lang, offset, theme: params.get('theme') ?? undefined, country: params.get('country') ?? undefined, type: params.get('type') ?? undefined };
  const list = useLoad((s) => searchLibrary(query, s), JSON.stringify(query));

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v); else next.delete(k);
    if (!('offset' in changes)) next.delete('offset');
    setParams(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ q: words.trim() || null });
  };
  const options = {
    theme: themeOptions(t),
    country: COUNTRIES.map((c) => ({ value: c, label: fmt.country(c) })).sort((a, b) => a.label.localeCompare(b.label, fmt.locale)),
    type: ENTRY_KINDS.map((k) => ({ value: k, label: t(`library.kinds.${k}`) })),
  };

  return (
    <Page title={t('library.title')} intro={t('library.intro')}
      actions={<Group>
        {user && mayPropose(user) && <Button variant="default" component={Link} to="/library/review">{t('library.review.link')}</Button>}
        {mayPropose(user) && <Button component={Link} to="/library/new">{t('library.propose.button')}</Button>}
      </Group>}>
      <Stack gap="lg">
        <form role="search" onSubmit={submit}>
          <Group align="end">
            <TextInput style={{ flex: 1, minWidth: 220 }} label={t('library.search.label')} description={t('library.search.help')} value={words} onChange={(e) => setWords(e.currentTarget.value)} type="search" />
            <Button type="submit">{t('library.search.button')}</Button>
          </Group>
        </form>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {FILTERS.map((f) => (
            <Select key={f} label={t(`library.filters.${f}`)} placeholder={t('library.filters.any')} data={options[f]} value={params.get(f)} clearable searchable onChange={(v) => set({ [f]: v })} />
          ))}
        </SimpleGrid>
        {list.error !== null && <ErrorAlert error={list.error} />}
        {list.loading && <Loading />}
        {list.data && (
          <Text role="status" aria-live="polite">{t('library.results', { count: list.data.total, formatted: fmt.num(list.data.total) })}</Text>
        )}
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.data?.items.map((h) => (
            <Card key={h.id} withBorder component="li" aria-labelledby={`h-${h.id}`}>
              <Group gap="xs" mb={4}>
                <Badge variant="light">{t(`library.kinds.${h.kind}`)}</Badge>
                {h.source && <Badge variant="light" color="gray">{t('library.external')}</Badge>}
                {h.country && <Text size="sm" c="dimmed">{fmt.country(h.country)}</Text>}
                {h.year !== null && <Text size="sm" c="dimmed">{h.year}</Text>}
              </Group>
              <Anchor component={Link} to={`/library/${h.id}`} fw={600} size="lg" id={`h-${h.id}`} lang={h.lang}>{h.title}</Anchor>
              <div lang={h.lang}><Snippet snippet={h.snippet} /></div>
              {h.themes.length > 0 && <Text size="xs" c="dimmed" mt={4}>{h.themes.map((x) => t(`themes.${x}`, { defaultValue: x })).join(' · ')}</Text>}
            </Card>
          ))}
        </Stack>
        {list.data && list.data.total > PAGE && (
          <Group>
            <Button variant="default" disabled={offset === 0} onClick={() => set({ offset: String(Math.max(0, offset - PAGE)) })}>{t('library.prev')}</Button>
            <Button variant="default" disabled={offset + PAGE >= list.data.total} onClick={() => set({ offset: String(offset + PAGE) })}>{t('library.next')}</Button>
          </Group>
        )}
      </Stack>
    </Page>
  );
}
