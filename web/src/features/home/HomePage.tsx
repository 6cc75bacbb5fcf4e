import { Anchor, Card, Container, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAddressBook, IconBuildingBridge2, IconCoin, IconMap2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';
import { HomeFigures } from './HomeFigures';
import classes from './HomePage.module.css';
import { HomeSearch } from './HomeSearch';
import { LatestNews } from '../news/LatestNews';

const FEATURES = [
  { key: 'directory', to: '/authorities', icon: IconAddressBook },
  { key: 'map', to: '/map', icon: IconMap2 },
  { key: 'partners', to: '/partners', icon: IconBuildingBridge2 },
  { key: 'grants', to: '/grants', icon: IconCoin },
] as const;

/** What TwinBridge is, a search box into the directory, the directory's figures and the main areas. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(null);
  return (
    <>
      <section className={classes.hero} aria-labelledby="home-title">
        <Container size="lg">
          <Title order={1} id="home-title" fz={{ base: 30, sm: 44 }} maw={820}>
            {t('home.title')}
          </Title>
          <Text className={classes.lead} mt="md" mb="xl">
            {t('home.lead')}
          </Text>
          <HomeSearch />
        </Container>
      </section>
      <Container size="lg" py="xl">
        <Title order={2} mb="md">
          {t('results.homeTitle')}
        </Title>
        <HomeFigures />
        <LatestNews />
        <Title order={2} mt={48} mb="md">
          {t('home.features.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          {FEATURES.map(({ key, to, icon: Icon }) => (
            <Card key={key} withBorder radius="lg" padding="lg">
              <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
                <Icon size={26} />
              </ThemeIcon>
              <Title order={3} size="h4" mt="md">
                {t(`home.features.${key}.title`)}
              </Title>
              <Text size="sm" mt={6} style={{ flex: 1 }}>
                {t(`home.features.${key}.body`)}
              </Text>
              <Anchor component={Link} to={to} mt="md" fw={600} underline="hover">
                {t(`home.features.${key}.link`)}
              </Anchor>
            </Card>
          ))}
        </SimpleGrid>
      </Container>
    </>
  );
}
