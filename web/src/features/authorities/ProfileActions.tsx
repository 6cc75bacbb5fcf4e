import { Button, Group } from '@mantine/core';
import { IconEdit, IconSend, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuthorityProfile } from '../../../../shared/authorities';
import { canEditAuthority, useAuth } from '../../auth/context';
import { canApproach } from '../partners/officer';

interface Props {
  profile: AuthorityProfile;
  onEdit: () => void;
  onApproach: () => void;
}

/** Next to a profile's title: its recommended partners, an approach (officers of other authorities), edit. */
export function ProfileActions({ profile, onEdit, onApproach }: Props) {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <Group gap="xs">
      <Button component={Link} to={`/partners?authority=${encodeURIComponent(profile.code)}`} variant="light"
        leftSection={<IconSparkles size={18} aria-hidden />}>
        {t('profile.recommendedPartners')}
      </Button>
      {canApproach(user, profile.code) && (
        <Button onClick={onApproach} leftSection={<IconSend size={18} aria-hidden />}>{t('partners.interest.button')}</Button>
      )}
      {canEditAuthority(user, profile.code) && (
        <Button leftSection={<IconEdit size={18} aria-hidden />} onClick={onEdit}>{t('profile.editButton')}</Button>
      )}
    </Group>
  );
}
