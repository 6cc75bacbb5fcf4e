import { useState } from 'react';
import { ApiRequestError } from '../../api/client';

/** Run one API call at a time with its busy flag and error (400 field errors kept for the form). */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async <T,>(name: string, call: () => Promise<T>, done?: (value: T) => void): Promise<boolean> => {
    setBusy(name);
    setError(null);
    try {
      const value = await call();
      done?.(value);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(null);
    }
  };
  const fields = error instanceof ApiRequestError && error.status === 400 ? error.fields : [];
  return { busy, error, fields, run, clear: () => setError(null) };
}
