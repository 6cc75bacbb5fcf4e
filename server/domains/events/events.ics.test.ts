import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { withDemoPeople } from '../../test/people.testkit';
import { published } from './events.testkit';

const world = withDemoPeople();

const vevents = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');

describe('iCalendar files', () => {
  it('gives one event in its own time zone, with a VTIMEZONE that has the summer change, and no online link', async () => {
    const e = await published(world.p.koln, {
      timeZone: 'Europe/Berlin', startsAt: '2031-07-01T09:30', endsAt: '2031-07-01T16:00', registrationDeadline: null,
      place: { mode: 'online', link: 'https://meet.example.org/secret' },
    });
    const res = await world.anonymous.request('GET', `/api/events/${e.id}.ics?lang=tr`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body).toContain('DTSTART;TZID=Europe/Berlin:20310701T093000');
    expect(res.body).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin[\s\S]*BEGIN:DAYLIGHT[\s\S]*TZOFFSETTO:\+0200[\s\S]*END:VTIMEZONE/);
    expect(res.body).not.toContain('meet.example.org');
    const [ev] = vevents(res.body);
    expect(ev!.start.toISOString()).toBe('2031-07-01T07:30:00.000Z'); // CEST is UTC+2
    expect(ev!.end?.toISOString()).toBe('2031-07-01T14:00:00.000Z');
    expect(ev!.start.tz).toBe('Europe/Berlin');
    expect(ev!.summary).toBe('Belediyeler için AB müktesebatı');
    expect(ev!.uid).toBe(`event-${e.id}@twinbridge`);
    expect((await world.anonymous.request('GET', '/api/events/00000000-0000-4000-8000-000000000000.ics')).statusCode).toBe(404);
  });

  it('gives a feed of public events in several zones, each parsed to the right instant', async () => {
    const istanbul = await published(world.p.manager, { startsAt: '2031-01-15T10:00', endsAt: '2031-01-15T12:00', registrationDeadline: null });
    const res = await world.anonymous.request('GET', '/api/events.ics');
    expect(res.statusCode).toBe(200);
    const all = vevents(res.body);
    expect(all.find((v) => v.uid === `event-${istanbul.id}@twinbridge`)?.start.toISOString()).toBe('2031-01-15T07:00:00.000Z');
    expect(all.find((v) => v.start.tz === 'Europe/Berlin')?.start.toISOString()).toBe('2031-07-01T07:30:00.000Z');
    expect(res.body.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    expect(all.find((v) => v.uid === `event-${istanbul.id}@twinbridge`)?.summary).toBe('EU acquis for municipalities');
  });
});
