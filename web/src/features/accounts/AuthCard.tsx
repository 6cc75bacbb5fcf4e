import { Container, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../components/usePageTitle';

/** The narrow card the sign-in, sign-up and password pages share. */
export function AuthCard({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <Container size={460} py={48}>
      <Title order={1} ta="center" fz={28}>{title}</Title>
      {intro && <Text c="dimmed" ta="center" mt="xs">{intro}</Text>}
      <Paper withBorder shadow="sm" p={{ base: 'md', sm: 30 }} mt="lg" radius="lg">
        {children}
      </Paper>
    </Container>
  );
}
