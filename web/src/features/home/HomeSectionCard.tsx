import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeSection } from '../../../../shared/home';
import { currentLang } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { itemText } from './homeText';

/** One section of "My TwinBridge": its items linked to where each is done, or what to do when it is empty. */
export function HomeSectionCard({ section }: { section: HomeSection }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = `home-${section.key}`;
  const lang = currentLang();
  return (
    <Paper component="section" aria-labelledby={id} withBorder radius="lg" p="md">
      <Group justify="space-between" align="baseline" mb="xs" wrap="wrap">
        <Title order={2} size="h4" id={id}>
          {t(`myHome.sections.${section.key}.title`)}
        </Title>
        {section.total > 0 && <Badge variant="light" color="blue.9">{section.total}</Badge>}
      </Group>
      {section.items.length === 0 ? (
        <Stack gap={6}>
          <Text c="dimmed" size="sm">{t(`myHome.sections.${section.key}.empty`)}</Text>
          <Anchor component={Link} to={section.key === 'requests' ? '/partners/requests/new' : section.key === 'approaches' ? '/partners' : section.more} size="sm">
            {t(`myHome.sections.${section.key}.action`)}
          </Anchor>
        </Stack>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {section.items.map((item) => {
            const text = itemText(section.key, item, t, lang, fmt.date);
            return (
              <li key={item.id}>
                <Anchor component={Link} to={item.link} fw={600}>{text.title}</Anchor>
                <Group gap="xs" mt={2} wrap="wrap">
                  {text.status && <Text size="sm">{text.status}</Text>}
                  {text.due && <Text size="sm" c="dimmed">{text.due}</Text>}
                  {text.badges.map((b) => <Badge key={b.text} variant="outline" color={b.action ? 'red.9' : 'gray.7'} tt="none">{b.text}</Badge>)}
                </Group>
              </li>
            );
          })}
          {section.total > section.items.length && (
            <li>
              <Anchor component={Link} to={section.more} size="sm">
                {t('myHome.seeAll')} ({t('myHome.count', { shown: section.items.length, total: section.total })})
              </Anchor>
            </li>
          )}
        </Stack>
      )}
    </Paper>
  );
}
