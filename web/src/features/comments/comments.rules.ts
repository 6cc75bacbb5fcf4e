import { commentEdit, parseTarget, reportInput, type CommentStatus, type ModerationAction } from '../../../../shared/comments';

/**
 * The decisions that fit a comment as it is (the server's rule too): a shown comment is kept (when it
 * carries open reports) or hidden; one held by reports is restored or hidden (keeping it would do the
 * same as restoring, so only restore is offered); a hidden one is restored; a deleted one, nothing.
 */
export function actionsFor(status: CommentStatus, openReports: number): ModerationAction[] {
  switch (status) {
    case 'shown':
      return openReports > 0 ? ['keep', 'hide'] : ['hide'];
    case 'held':
      return ['restore', 'hide'];
    case 'hidden':
      return ['restore'];
    case 'deleted':
      return [];
  }
}

/** The page a comment's target (`kind:id`) lives on. */
export function targetHref(target: string): string {
  const { kind, id } = parseTarget(target);
  const enc = encodeURIComponent(id);
  switch (kind) {
    case 'project':
      return `/grants/projects/${enc}`;
    case 'request':
      return `/partners/requests/${enc}`;
    case 'twinning':
      return `/twinnings/${enc}`;
    case 'consultation':
      return `/consultations/${enc}`;
    case 'library':
      return `/library/${enc}`;
    case 'event':
      return `/events/${enc}`;
  }
}

/** The author may still change it: the server gave a deadline and it is not past. */
export function stillEditable(editableUntil: string | null, now: Date): boolean {
  return editableUntil !== null && new Date(editableUntil).getTime() > now.getTime();
}

/** Whether the text is one the API takes as a comment body (the contract's own rule). */
export const bodyProblem = (body: string): 'required' | 'tooLong' | null => {
  if (commentEdit.shape.body.safeParse(body).success) return null;
  return body.trim() === '' ? 'required' : 'tooLong';
};

/** Whether a report or decision reason is long enough and not too long (the contract's own rule). */
export const reasonOk = (reason: string): boolean => reportInput.shape.reason.safeParse(reason).success;

/** The shortest reason the API takes, for the form's message. */
export const REASON_MIN = reportInput.shape.reason.minLength ?? 3;

/** Who moderates comments: administrators and programme managers (the server checks it too). */
export const mayModerate = (role: string | undefined): boolean => role === 'admin' || role === 'programme_manager';
