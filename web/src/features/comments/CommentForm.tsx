import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_MAX, STANCES, type Stance } from '../../../../shared/comments';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bodyProblem } from './comments.rules';

interface Props {
  /** The text field's label: a comment, a reply. */
  label: string;
  submit: string;
  initial?: { body: string; stance: Stance };
  onSubmit: (value: { body: string; stance: Stance }) => Promise<void>;
  onCancel?: () => void;
  /** Focus the text at once (a reply or an edit opened by a button). */
  autoFocus?: boolean;
}

/** A stance and a text, checked as the API checks them; a refused send shows the server's reason. */
export function CommentForm({ label, submit, initial, onSubmit, onCancel, autoFocus = false }: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initial?.body ?? '');
  const [stance, setStance] = useState<Stance>(initial?.stance ?? 'neutral');
  const [problem, setProblem] = useState<'required' | 'tooLong' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const send = async () => {
    const found = bodyProblem(body);
    setProblem(found);
    if (found) return;
    setFailure(null);
    setBusy(true);
    try {
      await onSubmit({ body: body.trim(), stance });
      if (!initial) {
        setBody('');
        setStance('neutral');
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  const error = problem === 'required' ? t('comments.form.bodyRequired') : problem === 'tooLong' ? t('comments.form.tooLong', { max: COMMENT_MAX }) : undefined;

  return (
    <form onSubmit={(e) => { e.preventDefault(); void send(); }} noValidate>
      <Stack gap="xs">
        <Radio.Group label={t('comments.stance.label')} value={stance} onChange={(v) => setStance(v as Stance)}>
          <Group gap="md" mt={4}>
            {STANCES.map((s) => <Radio key={s} value={s} label={t(`comments.stance.${s}`)} />)}
          </Group>
        </Radio.Group>
        <Textarea label={label} value={body} autosize minRows={2} maxRows={10} data-autofocus={autoFocus || undefined} autoFocus={autoFocus}
          error={error} onChange={(e) => setBody(e.currentTarget.value)} />
        {failure !== null && <ErrorAlert error={failure} />}
        <Group gap="xs">
          <Button type="submit" loading={busy}>{submit}</Button>
          {onCancel && <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>}
        </Group>
      </Stack>
    </form>
  );
}
