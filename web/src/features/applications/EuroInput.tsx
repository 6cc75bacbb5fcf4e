import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { centsToInput } from '../grants/money';
import { readEuros } from './budgetTable';

interface Props extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  cents: number | null;
  /** A valid amount (or null for an emptied input); text that is no amount is held back with a message. */
  onCents: (cents: number | null) => void;
  error?: string;
}

/** A euro amount typed in the UI language and kept as exact cents; the text is reformatted when leaving the input. */
export function EuroInput({ cents, onCents, error, onBlur, onFocus, ...rest }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const shown = cents === null ? '' : centsToInput(cents, locale);
  const [text, setText] = useState(shown);
  const [focused, setFocused] = useState(false);
  const invalid = readEuros(text, locale).kind === 'invalid';

  // Outside changes (a reload, another language) show when the user is not typing here.
  useEffect(() => {
    if (!focused) setText(shown);
  }, [shown, focused]);

  return (
    <TextInput
      {...rest}
      inputMode="decimal"
      value={text}
      leftSection="€"
      error={invalid ? t('applications.budget.invalidAmount') : error}
      onFocus={(e) => { setFocused(true); onFocus?.(e); }}
      onBlur={(e) => {
        setFocused(false);
        if (!invalid) setText(shown);
        onBlur?.(e);
      }}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const read = readEuros(next, locale);
        if (read.kind === 'empty') onCents(null);
        else if (read.kind === 'cents') onCents(read.cents);
      }}
    />
  );
}
