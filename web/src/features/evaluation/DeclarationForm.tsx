import { Button, Group, Paper, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { declare, type AssignmentView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from './useAction';

/** The declaration of (no) conflict of interest that comes before reading an application. */
export function DeclarationForm({ assignment, onDone }: { assignment: AssignmentView; onDone: (a: AssignmentView) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const act = useAction();
  const send = (noConflict: boolean) => void act.run(noConflict ? 'none' : 'conflict', () => declare(assignment.id, noConflict, note.trim() || undefined), onDone);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="declaration-title">
      <Text fw={700} id="declaration-title" mb={4}>{t('evaluation.declaration.title')}</Text>
      <Text size="sm" mb="sm">{t('evaluation.declaration.body', { reference: assignment.reference })}</Text>
      {act.error !== null && <ErrorAlert error={act.error} />}
      <Textarea label={t('evaluation.declaration.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} mb="sm" />
      <Group>
        <Button onClick={() => send(true)} loading={act.busy === 'none'}>{t('evaluation.declaration.noConflict')}</Button>
        <Button color="red.9" variant="outline" onClick={() => send(false)} loading={act.busy === 'conflict'}>{t('evaluation.declaration.conflict')}</Button>
      </Group>
    </Paper>
  );
}
