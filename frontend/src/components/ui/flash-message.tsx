import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'react-router';

/** A one-off confirmation passed through navigation state ("Đã tạo đơn vị."). */
export function FlashMessage() {
  const location = useLocation();
  const message = (location.state as { flash?: string } | null)?.flash;
  const [dismissedKey, setDismissedKey] = useState<string | null>(null);
  if (!message || dismissedKey === location.key) return null;
  return (
    <Alert color="teal" mb="md" withCloseButton onClose={() => setDismissedKey(location.key)} role="status">
      {message}
    </Alert>
  );
}
