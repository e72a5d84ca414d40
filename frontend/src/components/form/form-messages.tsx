import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

interface FormMessagesProps {
  /** The messages that belong to no field (one a line); nothing is shown when there are none. */
  messages: readonly string[];
  /** Anything the form adds after its messages. */
  children?: ReactNode;
}

/** The messages above a form's buttons: "fix the fields in error", a failure that belongs to no field. */
export function FormMessages({ messages, children }: FormMessagesProps) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" role="alert">
      {messages.map((message) => (
        <div key={message}>{message}</div>
      ))}
      {children}
    </Alert>
  );
}
