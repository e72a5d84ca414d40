import { Badge } from '@mantine/core';

import { useMediaText } from '@/lib/i18n/media';

/** Passed, not passed, or not yet assessed: the product's standing for target 4. */
export function AssessmentBadge({ passed }: { passed: boolean | null }) {
  const m = useMediaText();
  if (passed === null) {
    return (
      <Badge color="gray" variant="light" tt="none">
        {m.result.notAssessed}
      </Badge>
    );
  }
  return (
    <Badge color={passed ? 'teal' : 'red'} variant="light" tt="none">
      {passed ? m.result.passed : m.result.failed}
    </Badge>
  );
}
