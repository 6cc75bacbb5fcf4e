import { beforeAll, describe, expect, it } from 'vitest';
import type { HomeItem } from '../../../../shared/home';
import i18n from '../../i18n';
import { itemText } from './homeText';

const base: HomeItem = { id: '1', link: '/x', title: 'REF-1 · Green ports', titleTr: 'REF-1 · Yeşil limanlar', status: null, due: null, unread: null, waits: null };
const date = (iso: string) => iso.slice(0, 10);

describe('itemText', () => {
  // Both dictionaries: each is loaded on demand, and these tests read Turkish while English is active.
  beforeAll(async () => { await i18n.loadLanguages(['tr', 'en']); await i18n.changeLanguage('en'); });

  it('says what waits in a call, only the counts above zero, and "nothing" when all are zero', () => {
    const t = i18n.getFixedT('en');
    const busy = itemText('calls', { ...base, status: 'closed', due: '2026-03-01T00:00:00Z', waits: { check: 2, assign: 0, diverge: 1, consensus: 0, award: 0 } }, t, 'en', date);
    expect(busy).toEqual({ title: 'REF-1 · Green ports', status: 'Deadline passed', due: 'Deadline 2026-03-01', badges: [{ text: '2 to check', action: true }, { text: '1 with diverging scores', action: true }] });
    const idle = itemText('calls', { ...base, status: 'open', waits: { check: 0, assign: 0, diverge: 0, consensus: 0, award: 0 } }, t, 'en', date);
    expect(idle.badges).toEqual([{ text: 'Nothing waits for you', action: false }]);
  });

  it('uses the Turkish title and words in Turkish', () => {
    const t = i18n.getFixedT('tr');
    const text = itemText('applications', { ...base, status: 'to_confirm', due: '2026-03-01T00:00:00Z' }, t, 'tr', date);
    expect(text).toMatchObject({ title: 'REF-1 · Yeşil limanlar', status: 'Katılımınızı onaylayın', due: 'Son başvuru 2026-03-01' });
    expect(itemText('approvals', { ...base, status: 'agreed' }, t, 'tr', date).status).toMatch(/^Geçilmek istenen aşama: /);
  });

  it('counts unread messages and names the step a twinning waits for', () => {
    const t = i18n.getFixedT('en');
    expect(itemText('conversations', { ...base, titleTr: null, unread: 3 }, t, 'tr', date)).toMatchObject({ title: 'REF-1 · Green ports', badges: [{ text: '3 unread', action: true }] });
    expect(itemText('approvals', { ...base, status: 'signed' }, t, 'en', date).status).toBe('Asks to move to: Protocol signed');
    expect(itemText('assessments', { ...base, status: 'assigned' }, t, 'en', date).status).toBe('Declaration due');
  });
});
