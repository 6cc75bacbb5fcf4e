import type { SessionUser } from '../../../shared/accounts';
import type { Side } from '../../../shared/twinnings.lifecycle';

/** The two authorities of a twinning (either may be outside the directory, then its code is null). */
export interface TwinningSides {
  aCode: string | null;
  bCode: string | null;
}

/**
 * The side of a twinning the user acts for as its officer, or null (admins act for no side). Only a
 * side moves a twinning to its next stage, approves the other side's step or withdraws its own.
 */
export function sideOf(user: SessionUser | null, t: TwinningSides): Side | null {
  if (user?.role !== 'officer' || !user.authorityCode) return null;
  if (t.aCode === user.authorityCode) return 'a';
  if (t.bCode === user.authorityCode) return 'b';
  return null;
}

/** The authority a user may propose a twinning for (an officer, on its behalf), or null: nobody else proposes. */
export function proposingAuthority(user: SessionUser | null): string | null {
  return user?.role === 'officer' && user.authorityCode ? user.authorityCode : null;
}

/** Activities are logged by the two sides' officers. */
export function canLogActivity(user: SessionUser | null, t: TwinningSides): boolean {
  return sideOf(user, t) !== null;
}

/** Files are uploaded by the two sides' officers (admins moderate, they do not upload for a side). */
export function canUploadFile(user: SessionUser | null, t: TwinningSides): boolean {
  return sideOf(user, t) !== null;
}

/** Officers of the two sides and admins see private files and who uploaded; everyone else only public files. */
export function seesPrivateFiles(user: SessionUser | null, t: TwinningSides): boolean {
  return user?.role === 'admin' || sideOf(user, t) !== null;
}

/** The two sides' officers and admins make a file public or private, or remove it. */
export function canManageFile(user: SessionUser | null, t: TwinningSides): boolean {
  return user?.role === 'admin' || sideOf(user, t) !== null;
}

/**
 * The two sides' officers and admins see what the public does not: a proposal the partner has not yet
 * taken part in, and in the timeline who did each step and what happened to (private) files.
 */
export function seesInsideView(user: SessionUser | null, t: TwinningSides): boolean {
  return user?.role === 'admin' || sideOf(user, t) !== null;
}
