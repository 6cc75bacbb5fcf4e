import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RankingView } from '../../api/evaluation';
import { AppModal } from '../../components/AppModal';
import { useGrantFormat } from '../grants/useGrantFormat';

/** What confirming the award decides, from the ranking's preview: how many of each outcome and the money. */
export function awardPreview(items: RankingView['items']) {
  const of = (o: string) => items.filter((i) => i.outcome === o);
  const awarded = of('awarded');
  return {
    awarded: awarded.length,
    awardedCents: awarded.reduce((s, i) => s + i.requestedGrantCents, 0),
    reserve: of('reserve').length,
    notSelected: of('rejected').length + of('excluded').length,
  };
}

interface Props {
  opened: boolean;
  ranking: RankingView;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Asks before the award, which cannot be undone: says what will be decided and who will be told. */
export function AwardConfirm({ opened, ranking, busy, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const p = awardPreview(ranking.items);
  return (
    <AppModal opened={opened} onClose={onCancel} title={t('evaluation.ranking.confirmTitle')}>
      <Stack gap="md">
        <Text>{t('evaluation.ranking.confirmIntro')}</Text>
        <List spacing={4}>
          <List.Item>{t('evaluation.ranking.willAward', { count: p.awarded, amount: fmt.money(p.awardedCents) })}</List.Item>
          <List.Item>{t('evaluation.ranking.willReserve', { count: p.reserve })}</List.Item>
          <List.Item>{t('evaluation.ranking.willReject', { count: p.notSelected })}</List.Item>
        </List>
        <Text>{t('evaluation.ranking.willNotify')}</Text>
        <Text fw={700}>{t('evaluation.ranking.cannotUndo')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button color="red.9" onClick={onConfirm} loading={busy}>{t('evaluation.ranking.confirmYes')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
