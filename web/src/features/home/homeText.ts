import type { TFunction } from 'i18next';
import { CALL_WAITS, type HomeItem, type HomeSectionKey } from '../../../../shared/home';

export interface ItemText {
  title: string;
  /** The state in words (a step to approve, an application's status, a call's stage), if any. */
  status: string | null;
  /** The date that orders the item, with what it is ("Deadline 1 Mar 2026"). */
  due: string | null;
  /** Counts that ask for action (unread messages, what waits in a call), or that nothing does. */
  badges: { text: string; action: boolean }[];
}

function statusText(key: HomeSectionKey, status: string | null, t: TFunction): string | null {
  if (!status) return null;
  switch (key) {
    case 'approvals':
      return t('myHome.approvalStep', { step: t(`twinnings.status.${status}`) });
    case 'applications':
      return status === 'to_confirm' ? t('myHome.toConfirm') : t(`grants.applicationStatus.${status}`);
    case 'assessments':
      return t(`evaluation.status.${status}`);
    case 'calls':
      return t(`myHome.stage.${status}`);
    case 'reports':
      return t(`evaluation.report.kind.${status}`);
    default:
      return null;
  }
}

/** The words of one home item in the current language (pure: the page and its tests share it). */
export function itemText(key: HomeSectionKey, item: HomeItem, t: TFunction, lang: 'tr' | 'en', formatDate: (iso: string) => string): ItemText {
  const badges: ItemText['badges'] = [];
  if (item.unread) badges.push({ text: t('myHome.unread', { count: item.unread }), action: true });
  if (item.waits) {
    for (const w of CALL_WAITS) if (item.waits[w]) badges.push({ text: t(`myHome.waits.${w}`, { count: item.waits[w] }), action: true });
    if (item.shortlist) badges.push({ text: t('myHome.waits.shortlist', { count: item.shortlist }), action: true });
    if (badges.length === 0 && item.status !== 'draft' && item.status !== 'awarded') badges.push({ text: t('myHome.waits.nothing'), action: false });
  }
  return {
    title: lang === 'tr' && item.titleTr ? item.titleTr : item.title,
    status: statusText(key, item.status, t),
    due: item.due ? t(`myHome.due.${key}`, { date: formatDate(item.due) }) : null,
    badges,
  };
}
