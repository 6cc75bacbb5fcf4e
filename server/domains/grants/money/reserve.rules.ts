import { lastDayWithin } from './payments.rules';

/**
 * The last day a call's reserve list may be drawn on: `months` after the award (the day the award was
 * confirmed counts as the first), or null when the call sets no validity. Pure: the caller gives the day.
 */
export function reserveListExpiresOn(awardedOn: string | null, months: number | undefined): string | null {
  return awardedOn !== null && months !== undefined ? lastDayWithin(awardedOn, months) : null;
}

/** Whether a reserve application may still move up on `today` ('YYYY-MM-DD'). */
export function reserveListOpen(expiresOn: string | null, today: string): boolean {
  return expiresOn === null || today <= expiresOn;
}
