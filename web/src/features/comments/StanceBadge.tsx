import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stance } from '../../../../shared/comments';

const COLOURS: Record<Stance, string> = { for: 'teal', against: 'red', neutral: 'gray' };

/** A comment's stance; screen readers hear "Stance: for", sighted readers see the coloured word. */
export function StanceBadge({ stance }: { stance: Stance }) {
  const { t } = useTranslation();
  const word = t(`comments.stance.${stance}`);
  return (
    <Badge color={COLOURS[stance]} variant="light" size="sm">
      <VisuallyHidden>{`${t('comments.stance.badgePrefix')} `}</VisuallyHidden>
      {word}
    </Badge>
  );
}
