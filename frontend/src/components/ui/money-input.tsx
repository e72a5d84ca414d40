import { TextInput, type TextInputProps } from '@mantine/core';

import { digitsOnly, formatNumber } from '@/utils/numbers';

type MoneyInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  /** The amount in whole đồng, as digits ('' when empty). */
  value: string;
  onChange: (digits: string) => void;
};

/** An amount in whole đồng, shown with Vietnamese thousand separators as it is typed (1.500.000 ₫). */
export function MoneyInput({ value, onChange, ...props }: MoneyInputProps) {
  const shown = value === '' ? '' : formatNumber(Number(value));
  return (
    <TextInput
      {...props}
      inputMode="numeric"
      autoComplete="off"
      value={shown}
      onChange={(event) => onChange(digitsOnly(event.currentTarget.value).replace(/^0+(?=\d)/, ''))}
      rightSection="₫"
      rightSectionPointerEvents="none"
    />
  );
}
