import { Button, FileInput, Group, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fileProblem } from '../partners/fileReading';

const ACCEPT = '.png,.jpg,.jpeg';

interface Props {
  /** The post's cover now ('' for none). */
  current: string;
  onRemove: () => void;
  /** A picked image, uploaded when the post is saved. */
  file: File | null;
  onPick: (file: File | null) => void;
}

/** Why a picked cover would be refused, said before saving (the server checks type, name and content again). */
export function coverProblem(file: File | null): 'type' | 'size' | 'empty' | null {
  if (!file) return null;
  if (!/\.(png|jpe?g)$/i.test(file.name)) return 'type';
  return fileProblem(file);
}

/** The cover image: the current one with a remove button, and a picker for a new PNG or JPEG. */
export function CoverField({ current, onRemove, file, onPick }: Props) {
  const { t } = useTranslation();
  const problem = coverProblem(file);
  return (
    <Stack gap={6}>
      <Text fw={500} size="sm" id="cover-label">{t('news.form.coverImage')}</Text>
      {current && !file && (
        <Group align="end">
          <Image src={current} alt={t('news.form.coverCurrent')} radius="sm" h={96} w="auto" fit="contain" />
          <Button variant="subtle" color="red" size="xs" onClick={onRemove}>{t('news.form.coverRemove')}</Button>
        </Group>
      )}
      <FileInput
        aria-labelledby="cover-label"
        description={t('news.form.coverImageHelp')}
        placeholder={t('news.form.coverPick')}
        accept={ACCEPT}
        value={file}
        onChange={onPick}
        clearable
        clearButtonProps={{ 'aria-label': t('news.form.coverClear') }}
        error={problem ? t(`news.form.coverProblem.${problem}`) : undefined}
        style={{ maxWidth: 420 }}
      />
    </Stack>
  );
}
