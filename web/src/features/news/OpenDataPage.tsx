import { Anchor, Badge, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LICENCES, OPEN_DATASETS } from '../../../../shared/opendata';
import { Page } from '../../components/Page';

/** Every public dataset the platform publishes, with its formats, licence and stable address. */
export default function OpenDataPage() {
  const { t } = useTranslation();
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return (
    <Page title={t('news.openData.title')} intro={t('news.openData.intro')}>
      <Stack gap="md">
        {OPEN_DATASETS.map((d) => {
          const licence = LICENCES[d.licence];
          return (
            <Card key={d.key} withBorder component="section" aria-labelledby={`ds-${d.key}`}>
              <Title order={2} size="h4" id={`ds-${d.key}`}>{t(`news.openData.datasets.${d.key}.title`)}</Title>
              <Text size="sm" mt={4}>{t(`news.openData.datasets.${d.key}.description`)}</Text>
              <Stack gap={6} mt="sm">
                {d.distributions.map((dist) => (
                  <Group key={dist.url} gap="xs" wrap="nowrap" align="center">
                    <Badge variant="light" miw={64}>{t(`news.openData.formats.${dist.format}`)}</Badge>
                    {d.each ? <Code>{origin}{dist.url}</Code> : <Anchor href={dist.url} size="sm" style={{ wordBreak: 'break-all' }}>{origin}{dist.url}</Anchor>}
                  </Group>
                ))}
              </Stack>
              {d.each && (
                <Text size="sm" mt="xs">
                  {t(`news.openData.each.${d.each.kind}`)} <Anchor href={d.each.list} size="sm">{origin}{d.each.list}</Anchor>
                </Text>
              )}
              <Text size="sm" mt="xs">
                {t('news.openData.licence')}: {licence.url ? <Anchor href={licence.url} target="_blank" rel="noopener noreferrer license">{licence.name}</Anchor> : licence.name}
                {d.licence === 'sources' && <> — {t('news.openData.sourcesNote')}</>}
              </Text>
            </Card>
          );
        })}
      </Stack>
    </Page>
  );
}
