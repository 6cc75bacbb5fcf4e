import { describe, expect, it } from 'vitest';
import { activityProblems, localized, toActivityBody, type ActivityValues } from './activityText';

const values: ActivityValues = {
  kind: 'visit', title: '  Youth exchange  ', startsOn: '2026-05-04', endsOn: '', themes: [], participants: { youth: 12, staff: '', officials: 0, citizens: '3' },
  descriptionEn: ' ', descriptionTr: ' Gençlik değişimi ',
};

describe('activity texts and form', () => {
  it('shows the UI language, else the other one marked as a fallback', () => {
    expect(localized('en', 'Hello', 'Merhaba')).toEqual({ text: 'Hello', lang: 'en', fallback: false });
    expect(localized('en', ' ', 'Merhaba')).toEqual({ text: 'Merhaba', lang: 'tr', fallback: true });
    expect(localized('tr', '', '')).toBeNull();
  });

  it('builds the API body without empty parts', () => {
    expect(toActivityBody(values)).toEqual({ kind: 'visit', title: 'Youth exchange', startsOn: '2026-05-04', participants: { youth: 12, citizens: 3 }, descriptionTr: 'Gençlik değişimi' });
    expect(toActivityBody({ ...values, endsOn: '2026-05-06', themes: ['culture'] })).toMatchObject({ endsOn: '2026-05-06', themes: ['culture'] });
  });

  it('finds a short title, a missing start and an end before the start', () => {
    expect(activityProblems(values)).toEqual({});
    expect(activityProblems({ ...values, title: 'ab', startsOn: '', endsOn: '2026-01-01' })).toEqual({
      title: 'twinnings.activities.form.titleShort',
      startsOn: 'twinnings.activities.form.dateRequired',
    });
    expect(activityProblems({ ...values, endsOn: '2026-05-01' })).toEqual({ endsOn: 'twinnings.activities.form.endBeforeStart' });
  });
});
