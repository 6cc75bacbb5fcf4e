import { ActionIcon, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { move } from './answerState';

interface Props {
  labelId: string;
  order: string[];
  labelOf: (id: string) => string;
  onChange: (order: string[]) => void;
}

/**
 * A ranking ordered with up/down buttons (keyboard and screen readers, no dragging needed): focus
 * stays on the moved option's button and a live region says where it went.
 */
export function RankingField({ labelId, order, labelOf, onChange }: Props) {
  const { t } = useTranslation();
  const [said, setSaid] = useState('');
  const [focus, setFocus] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => {
    if (focus) buttons.current.get(focus)?.focus();
  }, [focus, order]);

  const shift = (index: number, delta: -1 | 1) => {
    const next = move(order, index, delta);
    const id = order[index]!;
    onChange(next);
    setSaid(t('participation.form.moved', { option: labelOf(id), position: index + delta + 1, count: order.length }));
    // Keep focus on a button that still works (the other one at either end).
    const at = index + delta;
    const dir = (at === 0 && delta === -1) || (at === order.length - 1 && delta === 1) ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down';
    setFocus(`${id}:${dir}`);
  };

  return (
    <Stack gap={4} role="group" aria-labelledby={labelId}>
      <ol style={{ margin: 0, paddingInlineStart: '1.5rem' }}>
        {order.map((id, i) => (
          <li key={id}>
            <Paper withBorder p={6} my={4}>
              <Group justify="space-between" wrap="nowrap">
                <Text>{labelOf(id)}</Text>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="default" aria-label={t('participation.form.moveUp', { option: labelOf(id) })} disabled={i === 0}
                    ref={(el) => { if (el) buttons.current.set(`${id}:up`, el); }} onClick={() => shift(i, -1)}>
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="default" aria-label={t('participation.form.moveDown', { option: labelOf(id) })} disabled={i === order.length - 1}
                    ref={(el) => { if (el) buttons.current.set(`${id}:down`, el); }} onClick={() => shift(i, 1)}>
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            </Paper>
          </li>
        ))}
      </ol>
      <VisuallyHidden aria-live="polite">{said}</VisuallyHidden>
    </Stack>
  );
}
