import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedField } from './useDebouncedField';

interface Props extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  onCommit: (value: string) => void;
  delay?: number;
}

/** A TextInput that commits after a typing pause, on Enter and on blur. */
export function DebouncedTextInput({ value, onCommit, delay, onKeyDown, onBlur, ...rest }: Props) {
  const field = useDebouncedField(value, onCommit, delay);
  return (
    <TextInput
      {...rest}
      value={field.value}
      onChange={(e) => field.onChange(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') field.flush();
        onKeyDown?.(e);
      }}
      onBlur={(e) => {
        field.flush();
        onBlur?.(e);
      }}
    />
  );
}
