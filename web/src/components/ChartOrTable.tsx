import { Group, Switch, Table, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './ChartOrTable.module.css';

interface Props {
  /** The id of the heading this block belongs to (the question's), read before its own title. */
  parentHeadingId?: string;
  title: string;
  help?: string;
  chart: ReactNode;
  table: ReactNode;
}

/**
 * A chart for the eye and the same figures as a table. The chart is hidden from screen readers and
 * the table is always there for them; the switch shows the table instead of the chart to everyone
 * (a reader who prefers numbers, a printout). Only the shown table scrolls sideways: a scrolling box
 * inside the hidden one would be a region nobody can reach (axe's scrollable-region-focusable).
 */
export function ChartOrTable({ parentHeadingId, title, help, chart, table }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section aria-labelledby={parentHeadingId ? `${parentHeadingId} ${id}` : id}>
      <Group justify="space-between" align="center" gap="xs" mt="md">
        <Title order={4} size="h5" id={id}>{title}</Title>
        <Switch size="sm" label={t('common.showTable')} checked={asTable} onChange={(e) => setAsTable(e.currentTarget.checked)} />
      </Group>
      {help && <Text size="sm" c="dimmed">{help}</Text>}
      {asTable ? (
        <Table.ScrollContainer minWidth={420}>{table}</Table.ScrollContainer>
      ) : (
        <>
          <div aria-hidden="true">{chart}</div>
          <div className={classes.srOnly}>{table}</div>
        </>
      )}
    </section>
  );
}
