import { Button, List, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCalls, listProgrammes } from '../../api/grants';
import { useAuth } from '../../auth/context';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { AssessmentsLink } from '../evaluation/Links';
import { useLoad } from '../partners/useLoad';
import { managesGrants } from './labels';
import { ProgrammeForm } from './ProgrammeForm';
import { OpenCalls } from './OpenCalls';
import { ProgrammeCard } from './ProgrammeCard';

const STEPS = ['call', 'apply', 'evaluate', 'award', 'results'] as const;

/** The grant scheme: what it is, its programmes with figures and budgets, and the calls open now. */
export default function GrantsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [creating, setCreating] = useState(false);
  const programmes = useLoad((s) => listProgrammes(s), 'programmes');
  const calls = useLoad((s) => listCalls(s), `calls|${user?.id ?? ''}`);
  const open = (calls.data?.items ?? []).filter((c) => c.open);
  const manager = managesGrants(user);

  return (
    <Page title={t('grants.home.title')} intro={t('grants.home.intro')} size="xl"
      actions={manager ? <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>{t('grants.newProgramme.button')}</Button> : <AssessmentsLink />}>
      <Stack gap="xl">
        <section aria-labelledby="grants-how">
          <Title order={2} size="h3" id="grants-how" mb="xs">{t('grants.home.howTitle')}</Title>
          <List type="ordered" spacing={4} maw={820}>
            {STEPS.map((s) => <List.Item key={s}>{t(`grants.home.steps.${s}`)}</List.Item>)}
          </List>
        </section>
        <section aria-labelledby="grants-open">
          <Title order={2} size="h3" id="grants-open" mb="sm">{t('grants.home.openCalls')}</Title>
          {calls.error !== null && <ErrorAlert error={calls.error} />}
          {calls.loading && !calls.data ? <Loading /> : calls.data && <OpenCalls calls={open} />}
        </section>
        <section aria-labelledby="grants-programmes">
          <Title order={2} size="h3" id="grants-programmes" mb="sm">{t('grants.home.programmes')}</Title>
          {programmes.error !== null && <ErrorAlert error={programmes.error} />}
          {programmes.loading && !programmes.data && <Loading />}
          {programmes.data?.items.length === 0 && <Text c="dimmed">{t('grants.home.noProgrammes')}</Text>}
          <Stack gap="lg">
            {programmes.data?.items.map((p) => <ProgrammeCard key={p.id} programme={p} />)}
          </Stack>
        </section>
      </Stack>
      <AppModal opened={creating} onClose={() => setCreating(false)} title={t('grants.newProgramme.title')}>
        <ProgrammeForm onCancel={() => setCreating(false)} />
      </AppModal>
    </Page>
  );
}
