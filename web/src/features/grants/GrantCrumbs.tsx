import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallView } from '../../api/grants';
import { titleOf } from './labels';

interface Props {
  /** The call whose programme (and, unless it is the current page, the call itself) the trail names. */
  call: Pick<CallView, 'id' | 'programmeId' | 'programme' | 'titleEn' | 'titleTr'>;
  /** The current page's own name; without it the call is the current page. */
  here?: string;
  mb?: string;
}

/** Grant scheme › the actual programme › the actual call › here, in the reader's language. */
export function GrantCrumbs({ call, here, mb }: Props) {
  const { t, i18n } = useTranslation();
  const callTitle = titleOf(i18n.language, call);
  return (
    <Breadcrumbs mt={-12} mb={mb} style={{ flexWrap: 'wrap', rowGap: 4 }}>
      <Anchor component={Link} to="/grants" size="sm" underline="hover">{t('grants.home.title')}</Anchor>
      <Anchor component={Link} to={`/grants/programmes/${call.programmeId}`} size="sm" underline="hover">{titleOf(i18n.language, call.programme)}</Anchor>
      {here ? <Anchor component={Link} to={`/grants/calls/${call.id}`} size="sm" underline="hover">{callTitle}</Anchor> : <Text size="sm">{callTitle}</Text>}
      {here && <Text size="sm">{here}</Text>}
    </Breadcrumbs>
  );
}
