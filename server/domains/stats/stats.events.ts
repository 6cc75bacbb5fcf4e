import type { Stats } from '../../../shared/stats';

/*
 * LEAD TO WIRE: events held and people trained come from the events domain, built at the same time as
 * this one (branch evsrv). Until it is merged the dashboard shows zeros for them. At merge, replace
 * the bodies below with the events domain's own counting function (events held = ended events, people
 * trained = attendance marked) and its table fingerprint, as twinnings.figures.ts does.
 */

/** Events held and participants trained: zeros until the events domain is wired in (see above). */
export async function eventFiguresAwaitingEventsDomain(): Promise<Stats['events']> {
  return { held: 0, participants: 0 };
}

/** The events part of the dashboard's fingerprint: constant until the events domain is wired in. */
export async function eventsFingerprintAwaitingEventsDomain(): Promise<string> {
  return 'no-events';
}
