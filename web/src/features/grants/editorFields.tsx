import { Fieldset, TextInput, type TextInputProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
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
