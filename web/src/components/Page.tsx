import { Container, Text, Title, type ContainerProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle';

interface PageProps {
  title: string;
  intro?: ReactNode;
  size?: ContainerProps['size'];
  /** Rendered next to the title (e.g. an edit button). */
  actions?: ReactNode;
  children?: ReactNode;
}

/** A page body: the one h1, an optional intro line, and the content in a centred container. */
export function Page({ title, intro, size = 'lg', actions, children }: PageProps) {
  usePageTitle(title);
  return (
    <Container size={size} py="xl">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'center', justifyContent: 'space-between' }}>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {title}
        </Title>
        {actions}
      </div>
      {intro && (
        <Text c="dimmed" mt="xs" mb="lg" maw={720}>
          {intro}
        </Text>
      )}
      {!intro && <div style={{ height: 'var(--mantine-spacing-lg)' }} />}
      {children}
    </Container>
  );
}
