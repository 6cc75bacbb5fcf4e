import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getMyHome } from '../../api/home';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SignInPrompt } from '../partners/SignInPrompt';
import { useLoad } from '../partners/useLoad';
import { HomeSectionCard } from './HomeSectionCard';
import { NextSteps } from './NextSteps';
import { ShortlistPrompts } from './ShortlistPrompts';

/** "My TwinBridge": the signed-in user's home, with what waits for them by role (shown after sign-in). */
export default function MyHomePage() {
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  const home = useLoad(user ? getMyHome : null, user?.id ?? '');
  const title = t('myHome.title');
  if (loading) return <Loading />;
  if (!user) return <Page title={title}><SignInPrompt message={t('myHome.signIn')} /></Page>;
  const view = home.data;
  const intro = view?.authority ? t('myHome.introAuthority', { name: view.authority.name }) : t('myHome.intro');
  return (
    <Page title={title} intro={intro}>
      {home.error !== null && <ErrorAlert error={home.error} />}
      {!view ? (
        home.loading && <Loading />
      ) : view.sections.length === 0 ? (
        <NextSteps view={view} />
      ) : (
        <>
          <ShortlistPrompts sections={view.sections} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {view.sections.map((s) => <HomeSectionCard key={s.key} section={s} />)}
          </SimpleGrid>
        </>
      )}
    </Page>
  );
}
