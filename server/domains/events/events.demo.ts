import { eq, sql } from 'drizzle-orm';
import type { EventInput } from '../../../shared/events';
import { fromZonedLocal, toZonedLocal } from '../../../shared/zoned';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { demoUserIds } from '../accounts/accounts.demo';
import { eventFeedback, eventRegistrations, events } from './events.schema';

const DAY = 86_400_000;

/** One demo event: days from the seeding day, who organises it, who registered (in order) and who attended. */
interface DemoEvent {
  input: Omit<EventInput, 'startsAt' | 'endsAt' | 'registrationDeadline'>;
  inDays: number;
  from: string;
  to: string;
  organiser: string;
  registered: string[];
  attended: string[];
  feedback?: { by: string; rating: number; text: string };
}

const bi = (en: string, tr: string) => ({ en, tr });

/** Past and upcoming events; the study visit is full, with a waiting list. */
export const DEMO_EVENTS: DemoEvent[] = [
  {
    input: {
      kind: 'training', title: bi('Project cycle management for twinning projects (demo)', 'Kardeş şehir projeleri için proje döngüsü yönetimi (demo)'),
      description: bi('From the idea to the final report: logical framework, budget and reporting of an EU-funded twinning project.', 'Fikirden nihai rapora: AB destekli bir kardeş şehir projesinin mantıksal çerçevesi, bütçesi ve raporlaması.'),
      themes: ['smart_cities'], timeZone: 'Europe/Istanbul', place: { mode: 'in_person', authorityCode: 'TR-BSB-34', address: 'Saraçhane, Fatih, İstanbul' },
      capacity: 25, language: 'tr', hours: 6, organiserAuthorityCode: null,
      materials: [{ title: 'EU funding and tenders (European Commission)', url: 'https://commission.europa.eu/funding-tenders_en' }],
    },
    inDays: -20, from: '09:30', to: '17:00', organiser: 'manager@twinbridge.demo',
    registered: ['citizen@twinbridge.demo', 'istanbul@twinbridge.demo'], attended: ['citizen@twinbridge.demo', 'istanbul@twinbridge.demo'],
    feedback: { by: 'citizen@twinbridge.demo', rating: 5, text: 'Very practical; the budget exercise helped most. (demo)' },
  },
  {
    input: {
      kind: 'webinar', title: bi('The EU acquis for local authorities (demo)', 'Yerel yönetimler için AB müktesebatı (demo)'),
      description: bi('An online introduction to the EU rules that matter most to a town hall: environment, procurement, data protection.', 'Bir belediye için en önemli AB kurallarına çevrimiçi giriş: çevre, kamu alımları, kişisel verilerin korunması.'),
      themes: ['environment'], timeZone: 'Europe/Istanbul', place: { mode: 'online', link: 'https://meet.example.org/twinbridge-acquis-demo' },
      capacity: 100, language: 'en', hours: 2, organiserAuthorityCode: null, materials: [],
    },
    inDays: 10, from: '14:00', to: '16:00', organiser: 'manager@twinbridge.demo', registered: ['citizen@twinbridge.demo'], attended: [],
  },
  {
    input: {
      kind: 'study_visit', title: bi('Study visit: recycling in Köln (demo)', 'Çalışma ziyareti: Köln’de geri dönüşüm (demo)'),
      description: bi('Two days with Köln’s waste management company: sorting, collection and public campaigns.', 'Köln’ün atık yönetimi şirketiyle iki gün: ayrıştırma, toplama ve kamu kampanyaları.'),
      themes: ['recycling', 'environment'], timeZone: 'Europe/Berlin', place: { mode: 'in_person', authorityCode: 'DE_05315000', address: 'Rathaus, Rathausplatz 2, Köln' },
      capacity: 2, language: 'en', hours: 12, organiserAuthorityCode: 'DE_05315000', materials: [],
    },
    inDays: 30, from: '09:00', to: '17:00', organiser: 'koln@twinbridge.demo',
    registered: ['istanbul@twinbridge.demo', 'citizen@twinbridge.demo', 'assessor@twinbridge.demo'], attended: [],
  },
];

/** The instant of a wall time on the day `inDays` from now in the zone. */
function at(now: number, inDays: number, time: string, zone: string, extraDays = 0): Date {
  const day = toZonedLocal(new Date(now + (inDays + extraDays) * DAY).toISOString(), zone).slice(0, 10);
  return new Date(fromZonedLocal(`${day}T${time}`, zone) ?? now);
}

/** Seed the demo events once (demo mode only; several processes at once seed them once). */
export async function seedDemoEvents(ctx: AppContext, now = Date.now()): Promise<boolean> {
  const [seeded] = await ctx.db.select({ id: events.id }).from(events).where(eq(events.demo, true)).limit(1);
  if (seeded) return false;
  const people = await demoUserIds(ctx.db);
  const known = (e: DemoEvent) => (e.input.place.mode === 'online' || ctx.directory.get(e.input.place.authorityCode)) && people.get(e.organiser);
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('twinbridge.events_demo'))`);
    const [again] = await tx.select({ id: events.id }).from(events).where(eq(events.demo, true)).limit(1);
    if (again) return false;
    for (const e of DEMO_EVENTS.filter(known)) {
      const i = e.input;
      const startsAt = at(now, e.inDays, e.from, i.timeZone);
      const endsAt = at(now, e.inDays, e.to, i.timeZone, i.kind === 'study_visit' ? 1 : 0);
      const [row] = await tx.insert(events).values({
        kind: i.kind, titleTr: i.title.tr, titleEn: i.title.en, descriptionTr: i.description.tr, descriptionEn: i.description.en, themes: i.themes,
        startsAt, endsAt, timeZone: i.timeZone, registrationDeadline: new Date(startsAt.getTime() - DAY), placeMode: i.place.mode,
        authorityCode: i.place.mode === 'in_person' ? i.place.authorityCode : null, address: i.place.mode === 'in_person' ? i.place.address : null,
        onlineLink: i.place.mode === 'online' ? i.place.link : null, capacity: i.capacity, language: i.language, hours: i.hours,
        organiserId: people.get(e.organiser)!, organiserAuthority: i.organiserAuthorityCode, materials: i.materials, demo: true,
        remindedAt: e.inDays < 0 ? startsAt : null,
      }).returning({ id: events.id });
      const who = e.registered.filter((p) => people.get(p));
      for (const [k, p] of who.entries()) {
        const seat = k < i.capacity;
        await tx.insert(eventRegistrations).values({
          eventId: row!.id, userId: people.get(p)!, status: seat ? 'registered' : 'waiting', waitingSince: seat ? null : new Date(now - (10 - k) * 60_000),
          attended: e.attended.includes(p), certificateCode: e.attended.includes(p) ? `TB-DEMO${String(k + 1).padStart(2, '0')}${row!.id.slice(0, 5).toUpperCase()}` : null,
          createdAt: new Date(now - (10 - k) * 60_000),
        });
      }
      const by = e.feedback ? people.get(e.feedback.by) : undefined;
      if (e.feedback && by) await tx.insert(eventFeedback).values({ eventId: row!.id, userId: by, rating: e.feedback.rating, text: e.feedback.text });
    }
    await audit(tx, { actorId: null, action: 'event.demo_seeded', entityType: 'event', entityId: 'demo', after: { events: DEMO_EVENTS.length } });
    return true;
  });
}

/** Start-up hook: the demo events exist in demo mode. */
export async function demoEventsHook(ctx: AppContext): Promise<void> {
  if (ctx.config.demo && (await seedDemoEvents(ctx))) console.log('Demo events seeded (marked as demo data).');
}
