import { Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { AUTHORITY_TYPES } from '../../../../shared/authorities';
import { COUNTRIES } from '../../../../shared/countries';
import { ENTRY_KINDS, type EntryKind } from '../../../../shared/knowledge';
import type { Theme } from '../../../../shared/themes';
import { ApiRequestError } from '../../api/client';
import { proposeEntry } from '../../api/library';
import type { SessionUser } from '../../../../shared/accounts';
import { useAuth } from '../../auth/context';
import { Loading } from '../../components/Loading';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { themeOptions, typeOptions } from '../authorities/labels';
import { mayPropose } from './labels';
import { LinkedAuthorities } from './LinkedAuthorities';
import { LinkedWork } from './LinkedWork';

const TEXTS = ['titleTr', 'titleEn', 'summaryTr', 'summaryEn', 'bodyTr', 'bodyEn'] as const;
type Texts = Record<(typeof TEXTS)[number], string>;

/** An officer proposes a guide, case study or document, linked to authorities, twinnings and projects by name; a programme manager publishes it. */
export default function ProposePage() {
  const { user, loading } = useAuth();
  if (loading) return <Loading />;
  if (!mayPropose(user) || !user) return <Navigate to="/library" replace />;
  return <ProposeForm user={user} />;
}

/** The form, started once the reader is known (an officer's own authority is linked to start with). */
function ProposeForm({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [kind, setKind] = useState<EntryKind>('case_study');
  const [texts, setTexts] = useState<Texts>({ titleTr: '', titleEn: '', summaryTr: '', summaryEn: '', bodyTr: '', bodyEn: '' });
  const [themes, setThemes] = useState<string[]>([]);
  const [country, setCountry] = useState<string | null>(null);
  const [authorityType, setAuthorityType] = useState<string | null>(null);
  const [year, setYear] = useState<number | string>('');
  // An officer's own authority is linked to start with; they may remove it.
  const [codes, setCodes] = useState<string[]>(user.authorityCode ? [user.authorityCode] : []);
  const [twinningIds, setTwinningIds] = useState<string[]>([]);
  const [projectIds, setProjectIds] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await proposeEntry({
        kind, ...texts, themes: themes as Theme[],
        country: (country as (typeof COUNTRIES)[number] | null) ?? null,
        authorityType: (authorityType as (typeof AUTHORITY_TYPES)[number] | null) ?? null,
        year: typeof year === 'number' ? year : null,
        authorityCodes: codes, twinningIds, projectIds,
      });
      void navigate(`/library/${created.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  // The server names each link that names nothing on the platform; said at the link, in the reader's words.
  const linkErrors: Record<string, string> = {};
  if (error instanceof ApiRequestError) for (const f of error.fields) if (f.code?.startsWith('unknown_')) linkErrors[f.path] = t(`library.propose.problems.${f.code}`, { defaultValue: t('library.propose.problems.unknown_link') });
  const text = (k: (typeof TEXTS)[number], long: boolean) => {
    const props = { key: k, label: t(`library.propose.${k}`), value: texts[k], onChange: (ev: { currentTarget: { value: string } }) => setTexts({ ...texts, [k]: ev.currentTarget.value }) };
    return long ? <Textarea {...props} autosize minRows={k.startsWith('body') ? 5 : 2} /> : <TextInput {...props} />;
  };

  return (
    <Page title={t('library.propose.title')} intro={t('library.propose.intro')} size="md">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          {error !== null && <ErrorAlert error={error} />}
          <Select label={t('library.propose.kind')} data={ENTRY_KINDS.map((k) => ({ value: k, label: t(`library.kinds.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as EntryKind)} allowDeselect={false} required />
          <Text size="sm" c="dimmed">{t('library.propose.languages')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {TEXTS.map((k) => text(k, !k.startsWith('title')))}
          </SimpleGrid>
          <MultiSelect label={t('library.filters.theme')} data={themeOptions(t)} value={themes} onChange={setThemes} searchable clearable />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label={t('library.filters.country')} data={COUNTRIES.map((c) => ({ value: c, label: fmt.country(c) }))} value={country} onChange={setCountry} searchable clearable />
            <Select label={t('library.propose.authorityType')} data={typeOptions(t)} value={authorityType} onChange={setAuthorityType} clearable />
            <NumberInput label={t('library.propose.year')} value={year} onChange={setYear} min={1950} max={2100} allowDecimal={false} />
          </SimpleGrid>
          <LinkedAuthorities codes={codes} onChange={setCodes} errors={linkErrors} />
          <LinkedWork authorityCodes={codes} twinningIds={twinningIds} projectIds={projectIds} onTwinnings={setTwinningIds} onProjects={setProjectIds} errors={linkErrors} />
          <Group><Button type="submit" loading={busy}>{t('library.propose.submit')}</Button></Group>
        </Stack>
      </form>
    </Page>
  );
}
