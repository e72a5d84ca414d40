import { Box } from '@mantine/core';
import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';

/**
 * A Chart.js chart on a canvas. The canvas is an image with an accessible name; the same numbers
 * are always offered as a table beside it (the caller's text alternative).
 */
export function ChartCanvas({ config, label, height = 260 }: { config: ChartConfiguration; label: string; height?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const element = canvas.current;
    // Without a 2D context (an old browser, a test DOM) the table alone carries the numbers.
    if (!element?.getContext('2d')) return;
    let chart: { destroy: () => void } | undefined;
    let cancelled = false;
    void import('./chart-setup').then(({ Chart }) => {
      if (cancelled) return;
      chart = new Chart(element, config);
      // Drawn at once (the charts do not animate): marks the canvas for whoever waits for it.
      element.dataset.drawn = 'true';
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [config]);

  return (
    <Box h={height} pos="relative">
      <canvas ref={canvas} role="img" aria-label={label} />
    </Box>
  );
}
