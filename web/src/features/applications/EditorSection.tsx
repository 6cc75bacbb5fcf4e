import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  hint?: ReactNode;
  children: ReactNode;
}

/** One section of the application form: a titled region the problems panel can link to. */
export function EditorSection({ id, title, hint, children }: Props) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`${id}-title`} id={id}>
      <Title order={2} size="h3" id={`${id}-title`} mb={hint ? 4 : 'sm'} tabIndex={-1}>{title}</Title>
      {hint && <Text size="sm" c="dimmed" mb="sm">{hint}</Text>}
      {children}
    </Paper>
  );
}
