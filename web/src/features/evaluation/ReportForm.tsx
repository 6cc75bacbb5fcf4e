import { Button, Group, NumberInput, SegmentedControl, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUDGET_HEADINGS } from '../../../../shared/grants';
import { submitReport, type AwardView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIndicatorText } from '../grants/useIndicatorText';
import { costsInCents } from './roles';
import { useAction } from './useAction';

/** The lead authority's interim or final report: narrative, indicators achieved, costs by heading in euros. */
export function ReportForm({ award, indicators, onDone }: { award: AwardView; indicators: string[]; onDone: (a: AwardView) => void }) {
  const { t, i18n } = useTranslation();
  const say = useIndicatorText();
  const [kind, setKind] = useState<'interim' | 'final'>('interim');
  const [narrative, setNarrative] = useState('');
  const [achieved, setAchieved] = useState<Record<string, number>>({});
  const [costs, setCosts] = useState<Record<string, string>>({});
  // The final report: the expenditure verification (auditor, date) and the action's other income (no-profit rule).
  const [auditor, setAuditor] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [income, setIncome] = useState('');
  const act = useAction();
  const parsed = costsInCents(costs, i18n.language);
  const otherIncome = costsInCents({ income }, i18n.language);
  const final = kind === 'final';
  const extra = final ? { ...(auditor || issuedOn ? { verification: { auditor, issuedOn } } : {}), otherIncomeCents: otherIncome.costs.income ?? 0 } : {};
  const field = (path: string) => act.fields.find((f) => f.path === path)?.message;
  const send = () =>
    void act.run('send', () => submitReport(award.id, { kind, narrative, indicators: indicators.map((name) => ({ name, achieved: achieved[name] ?? 0 })), costs: parsed.costs, ...extra }), (a) => {
      setNarrative('');
      onDone(a);
    });
  return (
    <div>
      {act.error !== null && act.fields.length === 0 && <ErrorAlert error={act.error} />}
      <SegmentedControl aria-label={t('evaluation.report.kindLabel')} value={kind} onChange={(v) => setKind(v === 'final' ? 'final' : 'interim')} data={[{ value: 'interim', label: t('evaluation.report.kind.interim') }, { value: 'final', label: t('evaluation.report.kind.final') }]} />
      <Textarea label={t('evaluation.report.narrative')} value={narrative} onChange={(e) => setNarrative(e.currentTarget.value)} autosize minRows={3} mt="sm" error={field('narrative')} />
      {indicators.length > 0 && <Text fw={600} size="sm" mt="sm">{t('evaluation.report.indicators')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {indicators.map((name) => <NumberInput key={name} label={say.name(name)} min={0} value={achieved[name] ?? ''} onChange={(v) => setAchieved((x) => ({ ...x, [name]: typeof v === 'number' ? v : 0 }))} />)}
      </SimpleGrid>
      <Text fw={600} size="sm" mt="sm">{t('evaluation.report.costsTitle')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {BUDGET_HEADINGS.map((h) => (
          <TextInput key={h} label={t(`applications.headings.${h}`)} value={costs[h] ?? ''} onChange={(e) => setCosts((x) => ({ ...x, [h]: e.currentTarget.value }))} error={parsed.bad.includes(h) ? t('evaluation.report.badAmount') : field(`costs.${h}`)} rightSection="€" />
        ))}
      </SimpleGrid>
      {final && (
        <>
          <Text fw={600} size="sm" mt="sm">{t('evaluation.report.verification')}</Text>
          <Text size="xs" c="dimmed">{t('evaluation.report.verificationHint')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('evaluation.report.auditor')} value={auditor} onChange={(e) => setAuditor(e.currentTarget.value)} error={field('verification') ?? field('verification.auditor')} />
            <TextInput type="date" label={t('evaluation.report.verifiedOn')} value={issuedOn} onChange={(e) => setIssuedOn(e.currentTarget.value)} error={field('verification.issuedOn')} />
            <TextInput label={t('evaluation.report.otherIncome')} description={t('evaluation.report.otherIncomeHint')} value={income} onChange={(e) => setIncome(e.currentTarget.value)} error={otherIncome.bad.length > 0 ? t('evaluation.report.badAmount') : field('otherIncomeCents')} rightSection="€" />
          </SimpleGrid>
        </>
      )}
      <Group mt="sm">
        <Button onClick={send} loading={act.busy === 'send'} disabled={parsed.bad.length > 0 || (final && otherIncome.bad.length > 0)}>{t('evaluation.report.submit')}</Button>
      </Group>
    </div>
  );
}
