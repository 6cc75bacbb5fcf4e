import { Group, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GridCriterion } from '../../../../shared/grants';
import { guidanceOf, titleOf } from '../grants/labels';
import type { CriterionError, SheetInput } from './sheet';

interface Props {
  criterion: GridCriterion;
  number: string;
  value: SheetInput[string];
  errors: CriterionError[];
  readOnly: boolean;
  onChange: (v: SheetInput[string]) => void;
}

/** One criterion of the score sheet with the call's guidance: the score (0..max) and the assessor's comment, with the server's messages. */
export function CriterionFields({ criterion: c, number, value, errors, readOnly, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const message = (field: 'score' | 'comment') => {
    const e = errors.find((x) => x.field === field);
    return e ? t(`evaluation.errors.${e.code}`, { ...e.params, defaultValue: t('evaluation.errors.invalid') }) : undefined;
  };
  const name = `${number} ${titleOf(i18n.language, c)}`;
  const guidance = guidanceOf(i18n.language, c);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400} pl="lg" id={`crit-${c.key}`}>
        {name}
        {guidance && <Text size="xs" c="dimmed" mt={2}>{guidance}</Text>}
      </Table.Th>
      <Table.Td w={150}>
        <Group gap={4} wrap="nowrap">
          <TextInput
            aria-label={t('evaluation.sheet.scoreOf', { name, max: c.maxScore })}
            value={value.score}
            onChange={(e) => onChange({ ...value, score: e.currentTarget.value })}
            readOnly={readOnly}
            inputMode="numeric"
            w={70}
            error={message('score')}
          />
          <span aria-hidden>{`/ ${c.maxScore}${c.weight > 1 ? ` ×${c.weight}` : ''}`}</span>
        </Group>
      </Table.Td>
      <Table.Td>
        <Textarea
          aria-label={t('evaluation.sheet.commentOf', { name })}
          value={value.comment}
          onChange={(e) => onChange({ ...value, comment: e.currentTarget.value })}
          readOnly={readOnly}
          autosize
          minRows={1}
          error={message('comment')}
        />
      </Table.Td>
    </Table.Tr>
  );
}
