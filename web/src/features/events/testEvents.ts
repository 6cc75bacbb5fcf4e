import type { Event } from '../../../../shared/events';

/** An upcoming in-person training in Istanbul for component tests (10:00–16:00 Istanbul time). */
export const training: Event = {
  id: 'ev1',
  kind: 'training',
  title: { tr: 'Proje döngüsü yönetimi', en: 'Project cycle management' },
  description: { tr: 'İki günlük eğitim.', en: 'A two-day training.' },
  themes: ['environment'],
  startsAt: '2027-03-03T07:00:00.000Z',
  endsAt: '2027-03-03T13:00:00.000Z',
  startsLocal: '2027-03-03T10:00',
  endsLocal: '2027-03-03T16:00',
  timeZone: 'Europe/Istanbul',
  registrationDeadline: '2027-03-01T07:00:00.000Z',
  timing: 'upcoming',
  registrationOpen: true,
  place: { mode: 'in_person', authorityCode: 'TR-BSB-34', authorityName: 'İstanbul Büyükşehir Belediyesi', country: 'TR', address: 'Saraçhane', lat: null, lon: null },
  onlineLink: null,
  capacity: 2,
  registered: 2,
  waiting: 0,
  seatsLeft: 0,
  language: 'tr',
  hours: 6,
  organiser: { name: 'Programme team', authorityCode: null },
  materials: [],
  demo: false,
  canManage: false,
  me: { status: 'none', position: null, attended: false, feedbackGiven: false, certificate: false },
};

export const citizen = { id: 'u9', email: 'citizen@twinbridge.demo', name: 'Elif Kaya', role: 'public', locale: 'en', authorityCode: null, officerRequest: null };
export const manager = { ...citizen, id: 'u3', email: 'manager@twinbridge.demo', name: 'Deniz Aksoy', role: 'programme_manager' };
export const officer = { ...citizen, id: 'u5', email: 'istanbul@twinbridge.demo', name: 'Ayşe Demir', role: 'officer', authorityCode: 'TR-BSB-34' };
