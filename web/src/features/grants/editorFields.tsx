import { Fieldset, TextInput, type TextInputProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { memo, type ReactNode } from 'react';
import type { CallValues } from './callForm';

export type CallForm = UseFormReturnType<CallValues>;

/** One titled group of the editor (a fieldset with its legend); `disabled` locks every input in it. */
export function EditorSection({ legend, disabled, children }: { legend: string; disabled?: boolean; children: ReactNode }) {
  return (
    <Fieldset legend={legend} disabled={disabled} radius="md" styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}>
      {children}
    </Fieldset>
  );
}

/** A text input for an amount in euros (typed as the UI language writes numbers). */
export function EuroInput(props: TextInputProps) {
  return <TextInput inputMode="decimal" autoComplete="off" leftSection={<span aria-hidden>€</span>} {...props} />;
}

/** A text input for a percentage. */
export function PercentInput(props: TextInputProps) {
  return <TextInput inputMode="decimal" autoComplete="off" rightSection={<span aria-hidden>%</span>} w={{ base: '100%', xs: 180 }} {...props} />;
}

/**
 * Renders its children again only when `deps` changes. The controlled form re-renders the whole
 * editor on every keystroke; a part whose values and errors did not change can skip that (its
 * handlers stay valid: the form's setters are stable and read the current values).
 */
export const Frozen = memo(function Frozen({ children }: { deps: string; children: ReactNode }) {
  return <>{children}</>;
}, (a, b) => a.deps === b.deps);

/** A comparable key of some values and of the form's errors under the given path prefixes. */
export function sliceKey(values: unknown, errors: Record<string, ReactNode>, prefixes: readonly string[]): string {
  const own = Object.entries(errors).filter(([k]) => prefixes.some((p) => k === p || k.startsWith(`${p}.`)));
  return JSON.stringify([values, own]);
}
