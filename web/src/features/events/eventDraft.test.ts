import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { checkEventDraft, emptyEventDraft, type EventDraft } from './eventDraft';

const filled = (): EventDraft => ({
  ...emptyEventDraft('TR-BSB-34'),
  title: { tr: 'Proje döngüsü yönetimi', en: '' },
  description: { tr: '', en: 'Two days on project cycle management.' },
  startsAt: '2027-03-03T10:00',
  endsAt: '2027-03-03T16:00',
  address: 'Saraçhane',
});

beforeAll(async () => {
  await i18n.changeLanguage('en');
});

describe('the event draft', () => {
  it('gives the body of the contract for a complete draft, with an empty deadline as null', () => {
    const checked = checkEventDraft(filled(), i18n.t);
    expect('body' in checked && checked.body).toMatchObject({
      place: { mode: 'in_person', authorityCode: 'TR-BSB-34', address: 'Saraçhane' },
      registrationDeadline: null,
      timeZone: 'Europe/Istanbul',
      organiserAuthorityCode: 'TR-BSB-34',
    });
  });

  it('says at each field what is missing or wrong', () => {
    const d = { ...filled(), title: { tr: '', en: '' }, endsAt: '2027-03-03T09:00', mode: 'online' as const, link: 'not a link', capacity: '' };
    const checked = checkEventDraft(d, i18n.t);
    expect('errors' in checked && checked.errors).toEqual({
      title: 'Write it in Turkish or English.',
      endsAt: 'The end must be after the start.',
      'place.link': 'Give a web address starting with https://.',
      capacity: 'Give the number of seats (1 to 10,000).',
    });
  });

  it('refuses a time that does not exist in the zone (the spring clock change)', () => {
    const checked = checkEventDraft({ ...filled(), timeZone: 'Europe/Berlin', startsAt: '2027-03-28T02:30', endsAt: '2027-03-28T05:00' }, i18n.t);
    expect('errors' in checked && checked.errors.startsAt).toBe('This time does not exist in the chosen time zone.');
  });
});
