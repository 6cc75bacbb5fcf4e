import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_CHECKS } from '../../../../shared/grants';
import { recordAdminCheck, type ApplicationView } from '../../api/applications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { answerOf, needsReasons, outcomeOf, withAnswer, type Answer, type Answers } from './adminCheck';

const ANSWERS: Answer[] = ['yes', 'no', 'unanswered'];

/** The administrative check grid: yes / no / not answered per item, the reasons, and what saving will do. */
export function ChecklistForm({ view, onSaved }: { view: ApplicationView; onSaved: (v: ApplicationView) => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answers>(view.adminCheck?.answers ?? {});
  const [reasons, setReasons] = useState(view.adminCheck?.reasons ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missingReasons, setMissingReasons] = useState(false);
  const { outcome } = outcomeOf(answers);

  const save = async () => {
    if (needsReasons(answers, reasons)) {
      setMissingReasons(true);
      document.getElementById('check-reasons')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await recordAdminCheck(view.id, { answers, reasons: reasons.trim() });
      notify('teal', t('applications.check.saved', { reference: view.reference }));
      onSaved(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); void save(); }} aria-labelledby="check-form-title">
      <Stack gap="md">
        <Text fw={700} id="check-form-title">{t('applications.check.formTitle')}</Text>
        <Stack gap="sm">
          {ADMIN_CHECKS.map((c) => (
            <Radio.Group key={c} id={`check-${c}`} label={t(`applications.check.items.${c}`)} value={answerOf(answers, c)}
              onChange={(v) => setAnswers(withAnswer(answers, c, v as Answer))}>
              <Group gap="lg" mt={4}>
                {ANSWERS.map((a) => <Radio key={a} value={a} label={t(`applications.check.answer.${a}`)} />)}
              </Group>
            </Radio.Group>
          ))}
        </Stack>
        <Textarea id="check-reasons" label={t('applications.check.reasons')} description={t('applications.check.reasonsHint')} autosize minRows={3} maxRows={10} maxLength={5000}
          value={reasons} onChange={(e) => { setReasons(e.currentTarget.value); setMissingReasons(false); }}
          error={missingReasons ? t('applications.check.reasonsRequired') : undefined} />
        <Alert color={outcome === 'ineligible' ? 'red' : outcome === 'evaluation' ? 'teal' : 'yellow'} variant="light" title={t('applications.check.willBe')}>
          {t(`applications.check.outcome.${outcome}`)}
        </Alert>
        {error !== null && <ErrorAlert error={error} />}
        <Group>
          <Button type="submit" loading={busy} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>{t('applications.check.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
