import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconEdit, IconFileCode, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { getProgramme, iatiHref } from '../../api/grants';
import { useAuth } from '../../auth/context';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { NotFoundPage } from '../misc/NotFoundPage';
import { useLoad } from '../partners/useLoad';
import { DemoBadge } from './badges';
import { CallList } from './CallList';
import { HeadlineFigures } from './HeadlineFigures';
import { managesGrants, pick, titleOf } from './labels';
import { LedgerBar } from './LedgerBar';
import { ProgrammeForm } from './ProgrammeForm';
import { ProjectResults } from './ProjectResults';

/** A programme: figures, budget, calls, the IATI open-data file and the filterable results list. */
export default function ProgrammePage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const { user } = useAuth();
  const programme = useLoad((s) => getProgramme(id, s), `${id}|${user?.id ?? ''}`);
  const [editing, setEditing] = useState(false);
  const missing = programme.error instanceof ApiRequestError && [400, 404].includes(programme.error.status);
  if (missing) return <NotFoundPage message={t('grants.programme.notFound')} />;
  if (programme.error) return <Page title={t('grants.programme.heading')}><ErrorAlert error={programme.error} /></Page>;
  if (!programme.data || programme.data.id !== id) return <Loading />;
  const p = programme.data;
  const description = pick(i18n.language, p.descriptionEn, p.descriptionTr);
  const manager = managesGrants(user);

  return (
    <Page title={titleOf(i18n.language, p)} size="xl"
      actions={manager && (
        <Group gap="sm">
          <Button variant="default" onClick={() => setEditing(true)} leftSection={<IconEdit size={18} aria-hidden />}>{t('grants.newProgramme.edit')}</Button>
          <Button component={Link} to={`/grants/programmes/${p.id}/calls/new`} leftSection={<IconPlus size={18} aria-hidden />}>{t('grants.programme.newCall')}</Button>
        </Group>
      )}>
      <Stack gap="xl">
        <Breadcrumbs mt={-12}>
          <Anchor component={Link} to="/grants" size="sm" underline="hover">{t('grants.home.title')}</Anchor>
          <Text size="sm">{titleOf(i18n.language, p)}</Text>
        </Breadcrumbs>
        <Group gap="sm">
          {p.demo && <DemoBadge />}
          <Anchor href={iatiHref(p.id)} size="sm">
            <Group gap={4} component="span" wrap="nowrap"><IconFileCode size={16} aria-hidden />{t('grants.programme.iati')}</Group>
          </Anchor>
        </Group>
        {description && <Text maw={820}>{description}</Text>}
        <section aria-labelledby="programme-figures">
          <Title order={2} size="h3" id="programme-figures" mb="sm">{t('grants.programme.figures')}</Title>
          <Stack gap="lg">
            <HeadlineFigures figures={p.figures} />
            <LedgerBar ledger={p.ledger} />
          </Stack>
        </section>
        <section aria-labelledby="programme-calls">
          <Title order={2} size="h3" id="programme-calls" mb="sm">{t('grants.programme.calls')}</Title>
          <CallList calls={p.calls} />
        </section>
        <section aria-labelledby="programme-results">
          <Title order={2} size="h3" id="programme-results" mb="sm">{t('grants.programme.results')}</Title>
          <ProjectResults programmeId={p.id} />
        </section>
      </Stack>
      {manager && (
        <AppModal opened={editing} onClose={() => setEditing(false)} title={t('grants.newProgramme.editTitle')}>
          <ProgrammeForm programme={p} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); programme.reload(); }} />
        </AppModal>
      )}
    </Page>
  );
}
