import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApplicationContent } from '../../../../shared/grants';
import { getApplication, saveApplication, type ApplicationView } from '../../api/applications';
import { ApiRequestError } from '../../api/client';
import { laterStamp, patchOf, unsendable, type ContentField, EDITABLE_STATUSES } from './draft';

/** Where autosave stands, for the status line. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'held' }
  | { kind: 'stale' }
  | { kind: 'error'; error: unknown };

const DELAY_MS = 800;

/**
 * The lead's draft with autosave: edits change the local content at once and are sent, a pause
 * later, as a PATCH of the changed fields with the last update stamp. Saves run one after another;
 * a 409 (someone else saved, or the application was submitted) stops saving until a reload.
 */
export function useDraft(initial: ApplicationView) {
  const [view, setViewState] = useState(initial);
  const [content, setContentState] = useState(initial.content);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const current = useRef(initial.content);
  const stamp = useRef(initial.updatedAt);
  const dirty = useRef(new Set<ContentField>());
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stale = useRef(false);
  const saving = useRef(false);
  const id = initial.id;

  /** Take the figures of a server answer (problems, budget, partners), never its content over local edits. */
  const setView = useCallback((v: ApplicationView) => {
    stamp.current = laterStamp(stamp.current, v.updatedAt);
    setViewState((prev) => (Date.parse(v.updatedAt) >= Date.parse(prev.updatedAt) ? v : { ...v, updatedAt: prev.updatedAt }));
  }, []);

  const saveOnce = useCallback(async () => {
    if (stale.current || dirty.current.size === 0) return;
    const patch = patchOf(current.current, dirty.current);
    const sent = Object.keys(patch) as ContentField[];
    if (sent.length === 0) return setState({ kind: 'held' });
    sent.forEach((f) => dirty.current.delete(f));
    setState({ kind: 'saving' });
    saving.current = true;
    try {
      setView(await saveApplication(id, { content: patch, expectedUpdatedAt: stamp.current }));
      const held = [...dirty.current].some((f) => f in unsendable(current.current));
      setState(dirty.current.size === 0 ? { kind: 'saved', at: new Date() } : held ? { kind: 'held' } : { kind: 'pending' });
    } catch (error) {
      sent.forEach((f) => dirty.current.add(f));
      if (error instanceof ApiRequestError && error.status === 409) stale.current = true;
      setState(stale.current ? { kind: 'stale' } : { kind: 'error', error });
    } finally {
      saving.current = false;
    }
  }, [id, setView]);

  /** Send what is pending now (before submitting, leaving, or on a retry); resolves when saved or refused. */
  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(saveOnce);
    return chain.current;
  }, [saveOnce]);

  /** Change one field of the content; autosave follows after a pause. */
  const change = useCallback(<F extends ContentField>(field: F, value: ApplicationContent[F]) => {
    current.current = { ...current.current, [field]: value };
    setContentState(current.current);
    dirty.current.add(field);
    if (stale.current) return;
    setState(field in unsendable(current.current) ? { kind: 'held' } : { kind: 'pending' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DELAY_MS);
  }, [flush]);

  /** Read the application again; local edits give way to the server's content (after a stale save). */
  const reload = useCallback(async () => {
    const fresh = await getApplication(id);
    if (timer.current) clearTimeout(timer.current);
    stale.current = false;
    dirty.current.clear();
    stamp.current = fresh.updatedAt;
    current.current = fresh.content;
    setContentState(fresh.content);
    setViewState(fresh);
    setState({ kind: 'idle' });
  }, [id]);

  /** Read the live figures again (a partner confirmed meanwhile); a change made elsewhere is a stale state. */
  const refresh = useCallback(async () => {
    if (saving.current || timer.current) return;
    const fresh = await getApplication(id);
    if (fresh.updatedAt === stamp.current) return setViewState(fresh);
    if (!EDITABLE_STATUSES.has(fresh.status) || dirty.current.size === 0) return reload();
    stale.current = true;
    setState({ kind: 'stale' });
  }, [id, reload]);

  /** Replace everything with a new server state (after a submission or withdrawal). */
  const replace = useCallback((v: ApplicationView) => {
    dirty.current.clear();
    stamp.current = v.updatedAt;
    current.current = v.content;
    setContentState(v.content);
    setViewState(v);
    setState({ kind: 'idle' });
  }, []);

  // Leaving the page sends what is pending; closing the tab with unsaved edits asks first.
  useEffect(() => {
    // The set is cleared, never replaced, so the cleanup sees the latest edits.
    const pending = dirty.current;
    const warn = (e: BeforeUnloadEvent) => {
      if (pending.size > 0 && !stale.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (pending.size > 0) void flush();
    };
  }, [flush]);

  /** True when everything typed is saved (nothing pending, held back or refused as stale). */
  const isSaved = useCallback(() => dirty.current.size === 0 && !stale.current, []);

  return { view, content, state, change, flush, reload, refresh, setView, replace, isSaved };
}

export type Draft = ReturnType<typeof useDraft>;
