import { useCallback, useState } from 'react';

import { fieldOf, type ApiError } from '@/lib/api';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Splits a server validation problem into messages shown beside known fields and the rest,
 * which the form shows above its buttons.
 */
export function splitServerErrors<F extends string>(
  error: ApiError,
  fields: readonly F[],
): { fieldErrors: FieldErrors<F>; otherMessages: string[] } {
  const fieldErrors: FieldErrors<F> = {};
  const otherMessages: string[] = [];
  for (const item of error.errors) {
    const field = fieldOf(item) as F;
    if (fields.includes(field)) {
      fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]}; ${item.message}` : item.message;
    } else {
      otherMessages.push(item.message);
    }
  }
  return { fieldErrors, otherMessages };
}

/** Values and errors of a small form; a field's error clears as soon as it is edited. */
export function useFormState<V extends object>(initial: V) {
  type Field = Extract<keyof V, string>;
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const setField = useCallback(<K extends Field>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      if (!current[field]) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }, []);

  const reset = useCallback((next: V) => {
    setValues(next);
    setErrors({});
  }, []);

  return { values, setField, errors, setErrors, reset };
}
