import { Button, Group, Stack, TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';

import { useI18n } from '@/lib/i18n';
import { addDays, formatDate, parseDate, todayIso } from '@/utils/dates';

type DateFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'min' | 'max' | 'label'> & {
  label: string;
  /** The date as the API carries it, 'yyyy-MM-dd' ('' when empty or not a date). */
  value: string;
  onChange: (iso: string) => void;
  /** Earliest and latest dates the quick choices may pick ('yyyy-MM-dd'); the form's rules decide the rest. */
  min?: string;
  max?: string;
  /** Today in Vietnam ('yyyy-MM-dd'), for the quick choices; injected by tests. */
  today?: string;
  /** Show "Today" / "Yesterday" (default: yes). */
  quickChoices?: boolean;
};

/**
 * Every date of the SPA: shown and typed day first (dd/MM/yyyy), whatever the browser's language — a
 * native date input follows the browser (12/02/2026 for 2 December in an English browser). Accepts
 * d/M/yyyy and its variants (see {@link parseDate}); text that is not a date shows an error once the
 * field is left, and the form receives '' until it is one. "Hôm nay" / "Hôm qua" fill in today or
 * yesterday in one tap.
 */
export function DateField({ label, value, onChange, min, max, today, quickChoices = true, error, onBlur, ...props }: DateFieldProps) {
  const { t } = useI18n();
  const [text, setText] = useState(() => formatDate(value));
  const [emitted, setEmitted] = useState(value);
  const [left, setLeft] = useState(false);
  // A value set from outside (a reset, a draft restored): show it.
  if (value !== emitted) {
    setEmitted(value);
    setText(formatDate(value));
  }
  const emit = (iso: string) => {
    setEmitted(iso);
    onChange(iso);
  };
  const invalid = text.trim() !== '' && parseDate(text) === null;
  const day = today ?? todayIso();
  const choices = [
    { label: t.dateField.today, iso: day },
    { label: t.dateField.yesterday, iso: addDays(day, -1) },
  ];
  const field = (
    <TextInput
      {...props}
      label={label}
      value={text}
      placeholder={t.dateField.placeholder}
      autoComplete="off"
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        emit(parseDate(typed) ?? '');
      }}
      onBlur={(event) => {
        setLeft(true);
        const iso = parseDate(text);
        if (iso) setText(formatDate(iso));
        onBlur?.(event);
      }}
      error={invalid && (left || error) ? t.dateField.invalid : error}
    />
  );
  if (!quickChoices) return field;
  return (
    <Stack gap={4}>
      {field}
      <Group gap={4} role="group" aria-label={t.dateField.quickChoices}>
        {choices.map((choice) => (
          <Button
            key={choice.label}
            type="button"
            variant="subtle"
            size="compact-xs"
            disabled={Boolean((min && choice.iso < min) || (max && choice.iso > max))}
            onClick={() => {
              setText(formatDate(choice.iso));
              setLeft(false);
              emit(choice.iso);
            }}
          >
            {choice.label}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
