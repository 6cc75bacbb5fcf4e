import { Alert, Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AUDIENCES, CONSULTATION_LINKS, STATEMENT_MAX } from '../../../../shared/participation';
import { createConsultation } from '../../api/participation';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { checkDraft, emptyDraft, newQuestion, type ConsultationDraft } from './consultationDraft';
import { mayCreateConsultation } from './labels';
import { QuestionEditor } from './QuestionEditor';

type LinkKind = (typeof CONSULTATION_LINKS)[number];

/** The organiser's form to open a consultation: texts in both languages, dates, audience, questions and statements. */
export default function CreateConsultationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  const [d, setD] = useState<ConsultationDraft>(emptyDraft);
  const [link, setLink] = useState<{ kind: LinkKind | null; id: string }>({ kind: null, id: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<ConsultationDraft>) => setD((x) => ({ ...x, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkDraft(d, t);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    setFailure(null);
    try {
      const created = await createConsultation({ ...checked.body, link: link.kind && link.id.trim() ? { kind: link.kind, id: link.id.trim() } : null });
      void navigate(`/consultations/${created.id}`);
    } catch (err) {
      setFailure(err);
    } finally {
      setSaving(false);
    }
  };

  // Mirrors the server's policy; an officer's link is still checked there.
  if (!mayCreateConsultation(user)) return <Page title={t('participation.create.title')}><Alert>{t('participation.create.signIn')}</Alert></Page>;
  const errorCount = Object.keys(errors).length;
  return (
    <Page title={t('participation.create.title')} intro={t('participation.create.intro')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="lg">
          <Fieldset legend={t('participation.create.texts')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('participation.create.titleTr')} value={d.title.tr} error={errors.title} onChange={(e) => set({ title: { ...d.title, tr: e.currentTarget.value } })} />
              <TextInput label={t('participation.create.titleEn')} value={d.title.en} onChange={(e) => set({ title: { ...d.title, en: e.currentTarget.value } })} />
              <Textarea label={t('participation.create.descriptionTr')} autosize minRows={3} value={d.description.tr} error={errors.description} onChange={(e) => set({ description: { ...d.description, tr: e.currentTarget.value } })} />
              <Textarea label={t('participation.create.descriptionEn')} autosize minRows={3} value={d.description.en} onChange={(e) => set({ description: { ...d.description, en: e.currentTarget.value } })} />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('participation.create.when')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput type="datetime-local" label={t('participation.create.opensAt')} description={t('grants.editor.istanbulHint')} value={d.opensAt} error={errors.opensAt} onChange={(e) => set({ opensAt: e.currentTarget.value })} />
              <TextInput type="datetime-local" label={t('participation.create.closesAt')} description={t('grants.editor.istanbulHint')} value={d.closesAt} error={errors.closesAt} onChange={(e) => set({ closesAt: e.currentTarget.value })} />
              <Select label={t('participation.create.audience')} allowDeselect={false} value={d.audience} data={AUDIENCES.map((a) => ({ value: a, label: t(`participation.audience.${a}`) }))}
                onChange={(v) => v && set({ audience: v as ConsultationDraft['audience'] })} />
              <NumberInput label={t('participation.create.minGroupSize')} description={t('participation.create.minGroupSizeHelp')} min={1} max={1000} value={d.minGroupSize}
                error={errors.minGroupSize} onChange={(v) => set({ minGroupSize: typeof v === 'number' ? v : 5 })} />
              {d.audience === 'invited' && (
                <TextInput label={t('participation.create.invited')} description={t('participation.create.invitedHelp')} value={d.invited} error={errors.invitedAuthorities}
                  onChange={(e) => set({ invited: e.currentTarget.value })} />
              )}
              <Group grow align="flex-start">
                <Select label={t('participation.create.linkKind')} clearable value={link.kind} data={CONSULTATION_LINKS.map((k) => ({ value: k, label: t(`participation.linkKinds.${k}`) }))}
                  onChange={(v) => setLink((l) => ({ ...l, kind: v as LinkKind | null }))} />
                <TextInput label={t('participation.create.linkId')} value={link.id} disabled={!link.kind} onChange={(e) => { const id = e.currentTarget.value; setLink((l) => ({ ...l, id })); }} />
              </Group>
            </SimpleGrid>
          </Fieldset>
          {d.questions.map((q, i) => (
            <QuestionEditor key={i} index={i} question={q} errors={errors}
              onChange={(nq) => set({ questions: d.questions.map((x, j) => (j === i ? nq : x)) })}
              onRemove={() => set({ questions: d.questions.filter((_, j) => j !== i) })} />
          ))}
          {errors.questions && <Text c="var(--mantine-color-error)" size="sm">{errors.questions}</Text>}
          <Button variant="default" w="fit-content" onClick={() => set({ questions: [...d.questions, newQuestion('single')] })}>{t('participation.create.addQuestion')}</Button>
          <Fieldset legend={t('participation.form.statementsTitle')}>
            <Stack gap="xs">
              {d.statements.map((s, i) => (
                <Textarea key={i} label={t('participation.create.statementN', { n: i + 1 })} autosize maxLength={STATEMENT_MAX} value={s} error={errors[`statements.${i}`]}
                  onChange={(e) => { const v = e.currentTarget.value; set({ statements: d.statements.map((x, j) => (j === i ? v : x)) }); }} />
              ))}
              <Button variant="default" w="fit-content" size="xs" onClick={() => set({ statements: [...d.statements, ''] })}>{t('participation.form.addOwn')}</Button>
              <Checkbox label={t('participation.create.allowNew')} checked={d.allowNewStatements} onChange={(e) => set({ allowNewStatements: e.currentTarget.checked })} />
            </Stack>
          </Fieldset>
          {errorCount > 0 && <Alert color="red" variant="light" role="alert">{t('participation.form.fix', { count: errorCount })}</Alert>}
          {failure !== null && <ErrorAlert error={failure} />}
          <Button type="submit" loading={saving} w="fit-content">{t('participation.create.submit')}</Button>
        </Stack>
      </form>
    </Page>
  );
}
