import { Alert, Button, Group, Paper, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONDENT_SIDES, STAKEHOLDER_GROUPS, STATEMENT_MAX, VOTES, type Consultation, type RespondentSide, type StakeholderGroup, type Vote } from '../../../../shared/participation';
import { responseProblems } from '../../../../shared/participation.rules';
import { respondAnonymously, saveResponse } from '../../api/participation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLang } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { AnonymousEmailField, isEmail } from './AnonymousEmailField';
import { formProblems } from './answerProblems';
import { rankingOrder, toInput, type AnswerState } from './answerState';
import { QuestionField } from './QuestionField';

interface Props {
  consultation: Consultation;
  initial: AnswerState;
  /** True when the respondent already answered: saving changes the answer (PUT). */
  answered: boolean;
  /** Called once saved; a signed-out respondent's answer is "saved" once its link is mailed to `email`. */
  onSaved: (email: string) => void;
  /** Signed out, on a public consultation: the form asks for an address and mails a one-time link instead of saving. */
  anonymous?: boolean;
  /** Shown under the title (the signed-out reader's choice to sign in instead). */
  intro?: ReactNode;
}

const MAX_OWN = 3;

/** The answer form: who one speaks for, each question, the statements, and up to three statements of one's own. */
export function AnswerForm({ consultation: c, initial, answered, onSaved, anonymous = false, intro }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [state, setState] = useState<AnswerState>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [email, setEmail] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = toInput(c, state);
    const found = formProblems(responseProblems(c, input), input, t, fmt.locale);
    if (!state.group) found.group = t('participation.problems.group_required');
    if (!state.side) found.side = t('participation.problems.side_required');
    if (anonymous && !isEmail(email)) found.email = t('participation.anonymous.emailInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      if (anonymous) await respondAnonymously(c.id, { ...input, email: email.trim(), locale: currentLang() });
      else await saveResponse(c.id, input, !answered);
      onSaved(email.trim());
    } catch (err) {
      setFailure(err);
    } finally {
      setSaving(false);
    }
  };

  const voteLabel = (v: Vote) => t(`participation.votes.${v}`);
  const errorCount = Object.keys(errors).length;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="answer-title">
      <Stack gap="lg">
        <Title order={2} size="h3" id="answer-title">{answered ? t('participation.form.changeTitle') : t('participation.form.title')}</Title>
        <Text c="dimmed">{t('participation.form.privacy')}</Text>
        {intro}
        <Group grow align="flex-start">
          <Select label={t('participation.group')} withAsterisk data={STAKEHOLDER_GROUPS.map((g) => ({ value: g, label: t(`participation.groups.${g}`) }))}
            value={state.group} error={errors.group} onChange={(v) => setState((s) => ({ ...s, group: v as StakeholderGroup | null }))} />
          <Radio.Group label={t('participation.side')} withAsterisk value={state.side} error={errors.side} onChange={(v) => setState((s) => ({ ...s, side: v as RespondentSide }))}>
            <Group mt={6}>{RESPONDENT_SIDES.map((side) => <Radio key={side} value={side} label={t(`participation.sides.${side}`)} />)}</Group>
          </Radio.Group>
        </Group>
        {c.questions.map((q) => (
          <Paper key={q.id} withBorder p="md">
            <QuestionField question={q} draft={state.answers[q.id]} order={rankingOrder(c, q.id, state)} error={errors[`q:${q.id}`]}
              onChange={(draft) => setState((s) => ({ ...s, answers: { ...s.answers, [q.id]: draft } }))} />
          </Paper>
        ))}
        {c.statements.length > 0 && (
          <Stack gap="sm">
            <Title order={3} size="h4">{t('participation.form.statementsTitle')}</Title>
            <Text size="sm" c="dimmed">{t('participation.form.statementsHelp')}</Text>
            {c.statements.map((s) => (
              <Paper key={s.id} withBorder p="sm">
                <Radio.Group label={s.text} value={state.votes[s.id] ?? null} error={errors[`s:${s.id}`]} onChange={(v) => setState((x) => ({ ...x, votes: { ...x.votes, [s.id]: v as Vote } }))}>
                  <Group mt={6}>{VOTES.map((v) => <Radio key={v} value={v} label={voteLabel(v)} />)}</Group>
                </Radio.Group>
              </Paper>
            ))}
          </Stack>
        )}
        {c.allowNewStatements && (
          <Stack gap="xs">
            <Title order={3} size="h4">{t('participation.form.ownTitle')}</Title>
            <Text size="sm" c="dimmed">{t('participation.form.ownHelp', { count: MAX_OWN })}</Text>
            {state.newStatements.map((text, i) => (
              <Textarea key={i} label={t('participation.form.ownLabel', { n: i + 1 })} maxLength={STATEMENT_MAX} autosize value={text}
                onChange={(e) => { const v = e.currentTarget.value; setState((s) => ({ ...s, newStatements: s.newStatements.map((x, j) => (j === i ? v : x)) })); }} />
            ))}
            {errors.newStatements && <Text c="var(--mantine-color-error)" size="sm">{errors.newStatements}</Text>}
            {state.newStatements.length < MAX_OWN && (
              <Button variant="default" w="fit-content" onClick={() => setState((s) => ({ ...s, newStatements: [...s.newStatements, ''] }))}>
                {t('participation.form.addOwn')}
              </Button>
            )}
          </Stack>
        )}
        {anonymous && <AnonymousEmailField value={email} error={errors.email} onChange={setEmail} />}
        {errorCount > 0 && <Alert color="red" variant="light" role="alert">{t('participation.form.fix', { count: errorCount })}</Alert>}
        {failure !== null && <ErrorAlert error={failure} />}
        <Button type="submit" loading={saving} w="fit-content">{answered ? t('participation.form.change') : t('participation.form.send')}</Button>
      </Stack>
    </form>
  );
}
