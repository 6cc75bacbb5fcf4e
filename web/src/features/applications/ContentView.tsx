import { List, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationContent } from '../../../../shared/grants';
import type { ApplicationView } from '../../api/applications';
import type { CallView } from '../../api/grants';
import { useFormat } from '../../i18n/format';
import { useIndicatorText } from '../grants/useIndicatorText';
import { BudgetTable } from './BudgetTable';
import { yearsShown } from './budgetTable';
import { EditorSection } from './EditorSection';
import { GrantFigures } from './GrantFigures';
import { Timeline } from './Timeline';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>{label}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{children}</Text>
    </div>
  );
}

function Items({ items, none }: { items: string[]; none: string }) {
  if (items.length === 0) return <Text size="sm" c="dimmed">{none}</Text>;
  return <List size="sm" type="ordered" spacing={4}>{items.map((x, i) => <List.Item key={i}>{x}</List.Item>)}</List>;
}

/** An application's content to read (submitted, or seen by a partner, the secretariat or an assessor), with the server's budget figures. */
export function ContentView({ content, budget, call }: { content: ApplicationContent; budget: ApplicationView['budget']; call: CallView | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const say = useIndicatorText();
  const dash = '–';
  return (
    <Stack gap="lg">
      <EditorSection id="sec-general" title={t('applications.sections.general')}>
        <Stack gap="sm">
          <Field label={t('applications.fields.titleEn')}>{content.titleEn || dash}</Field>
          <Field label={t('applications.fields.titleTr')}>{content.titleTr || dash}</Field>
          <Field label={t('applications.fields.summaryEn')}>{content.summaryEn || dash}</Field>
          <Field label={t('applications.fields.summaryTr')}>{content.summaryTr || dash}</Field>
          <Field label={t('applications.fields.theme')}>{content.theme ? t(`themes.${content.theme}`) : dash}</Field>
          <Field label={t('applications.fields.durationMonths')}>{content.durationMonths === null ? dash : t('applications.months', { count: content.durationMonths })}</Field>
        </Stack>
      </EditorSection>
      <EditorSection id="app-objectives" title={t('applications.lists.objectives.title')}>
        <Items items={content.objectives} none={t('applications.lists.objectives.none')} />
      </EditorSection>
      <EditorSection id="app-activities" title={t('applications.activities.title')}>
        <Stack gap="sm">
          <Timeline activities={content.activities} durationMonths={content.durationMonths} />
          {content.activities.length === 0 && <Text size="sm" c="dimmed">{t('applications.activities.none')}</Text>}
          {content.activities.map((a, i) => (
            <Field key={i} label={`${i + 1}. ${a.title} (${t('applications.timeline.span', { start: a.startMonth, end: a.endMonth })})`}>{a.description}</Field>
          ))}
        </Stack>
      </EditorSection>
      <EditorSection id="app-expectedResults" title={t('applications.lists.expectedResults.title')}>
        <Items items={content.expectedResults} none={t('applications.lists.expectedResults.none')} />
      </EditorSection>
      <EditorSection id="app-indicators" title={t('applications.indicators.title')}>
        {content.indicators.length === 0 ? <Text size="sm" c="dimmed">{t('applications.indicators.none')}</Text> : (
          <Table withTableBorder verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('applications.indicators.name')}</Table.Th>
                <Table.Th scope="col">{t('applications.indicators.unit')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('applications.indicators.baseline')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('applications.indicators.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.indicators.map((x, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{say.name(x.name)}</Table.Td>
                  <Table.Td>{say.unit(x.unit)}</Table.Td>
                  <Table.Td ta="right">{fmt.num(x.baseline)}</Table.Td>
                  <Table.Td ta="right">{fmt.num(x.target)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </EditorSection>
      <EditorSection id="app-budget" title={t('applications.budget.title')}>
        <Stack gap="md">
          <BudgetTable lines={content.budget} years={yearsShown(content.durationMonths, content.budget)} />
          <GrantFigures budget={budget} call={call} />
        </Stack>
      </EditorSection>
    </Stack>
  );
}
