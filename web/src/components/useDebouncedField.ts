import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

/**
 * A text field that follows an external value (e.g. the URL) but commits typing only after a pause;
 * while the user types, outside changes do not overwrite what they typed.
 */
export function useDebouncedField(value: string, commit: (value: string) => void, delay = 350) {
  const [local, setLocal] = useState(value);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) setLocal(value);
  }, [value]);
  const debounced = useDebouncedCallback((next: string) => {
    pending.current = false;
    commit(next);
  }, delay);
  const onChange = (next: string) => {
    setLocal(next);
    pending.current = true;
    debounced(next);
  };
  /** Commit right away (Enter, blur). */
  const flush = () => {
    if (!pending.current) return;
    debounced.cancel();
    pending.current = false;
    commit(local);
  };
  return { value: local, onChange, flush };
}
