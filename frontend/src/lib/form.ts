import { useCallback, useState } from 'react';

import { ApiError, fieldOf } from '@/lib/api';

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

interface ProblemSubmitOptions<F extends string> {
  /** The form's fields: a server error naming one of them is shown beside it. */
  fields: readonly F[];
  setErrors: (errors: FieldErrors<F>) => void;
  /** The message above the buttons when fields are in error. */
  fixErrors: string;
  /** How any other failure reads to the user. */
  describe: (error: unknown) => string;
  /** The field a 409 conflict (a duplicate code) belongs to, if the form has one. */
  conflictField?: F;
}

/**
 * Submits a form the way every form of the app does: client errors first (nothing is sent), then the
 * server's answer — field errors beside their fields, a stale version as `stale` (the form offers a
 * reload), a conflict on its field, anything else as a message above the buttons.
 */
export function useProblemSubmit<F extends string>(options: ProblemSubmitOptions<F>) {
  const [messages, setMessages] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  async function submit(clientErrors: FieldErrors<F>, send: () => Promise<unknown>) {
    if (Object.keys(clientErrors).length > 0) {
      options.setErrors(clientErrors);
      setMessages([options.fixErrors]);
      return;
    }
    setMessages([]);
    setStale(false);
    setSubmitting(true);
    try {
      await send();
    } catch (error) {
      if (error instanceof ApiError && error.is('stale-version')) {
        setStale(true);
      } else if (error instanceof ApiError && error.errors.length > 0) {
        const { fieldErrors, otherMessages } = splitServerErrors(error, options.fields);
        options.setErrors(fieldErrors);
        setMessages(otherMessages.length > 0 ? otherMessages : [error.detail || options.fixErrors]);
      } else if (options.conflictField && error instanceof ApiError && error.is('conflict')) {
        options.setErrors({ [options.conflictField]: error.detail || error.title } as FieldErrors<F>);
      } else {
        setMessages([options.describe(error)]);
      }
    } finally {
      setSubmitting(false);
    }
  }

  return { submit, messages, stale, submitting };
}
