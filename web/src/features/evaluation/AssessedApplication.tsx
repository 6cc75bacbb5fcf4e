import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessedApplication as Assessed } from '../../api/evaluation';
import type { CallView } from '../../api/grants';
import { useFormat } from '../../i18n/format';
import { AttachmentsSection } from '../applications/AttachmentsSection';
import { ContentView } from '../applications/ContentView';
import { EditorSection } from '../applications/EditorSection';

/** The lead and partner authorities of the submitted version, as a small table. */
function Authorities({ application }: { application: Assessed }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rows = [{ ...application.lead, role: t('evaluation.assess.lead') }, ...application.partners.map((p) => ({ ...p, role: t('evaluation.assess.partner') }))];
  return (
    <EditorSection id="assess-authorities" title={t('evaluation.assess.authorities')}>
      <Table withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('evaluation.assess.authority')}</Table.Th>
            <Table.Th scope="col">{t('evaluation.assess.country')}</Table.Th>
            <Table.Th scope="col">{t('evaluation.assess.role')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => (
            <Table.Tr key={a.code}>
              <Table.Th scope="row" fw={500}>{a.name}</Table.Th>
              <Table.Td>{a.country ? fmt.country(a.country) : '–'}</Table.Td>
              <Table.Td>{a.role}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </EditorSection>
  );
}

/**
 * The whole application as submitted (its frozen version), read-only, as the assessor judges it:
 * the same reading view applicants and the secretariat have, with the authorities and the files.
 */
export function AssessedApplication({ applicationId, application, call }: { applicationId: string; application: Assessed; call: CallView | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section aria-labelledby="frozen-title">
      <Title order={2} size="h3" id="frozen-title">{t('evaluation.assess.application')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('evaluation.assess.version', { version: application.version, date: fmt.date(application.submittedAt) })}</Text>
      <Stack gap="lg">
        <Authorities application={application} />
        <ContentView content={application.content} budget={application.budget} call={call} />
        <AttachmentsSection applicationId={applicationId} editable={false} />
      </Stack>
    </section>
  );
}
