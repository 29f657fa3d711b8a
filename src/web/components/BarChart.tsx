import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface Bar {
  label: string;
  value: number;
}

/**
 * A bar chart with its numbers in a table below it ("Show as a table"): the canvas has an aria-label
 * saying what it shows, the table gives every value to screen readers and to anyone who prefers numbers.
 */
export function BarChart({
  bars,
  title,
  labelHeader,
  valueHeader,
  format = (v) => String(v),
  horizontal = false,
  testId,
}: {
  bars: Bar[];
  title: string;
  labelHeader: string;
  valueHeader: string;
  format?: (value: number) => string;
  horizontal?: boolean;
  testId: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: bars.map((b) => b.label),
        datasets: [
          {
            label: valueHeader,
            data: bars.map((b) => b.value),
            backgroundColor: 'rgba(37, 99, 235, 0.55)',
            borderColor: 'rgba(30, 64, 175, 0.9)',
            borderWidth: 1,
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        scales: {
          [horizontal ? 'x' : 'y']: { beginAtZero: true, title: { display: true, text: valueHeader } },
          [horizontal ? 'y' : 'x']: {
            ticks: { autoSkip: !horizontal },
            title: { display: true, text: labelHeader },
          },
        },
        plugins: {
          tooltip: { callbacks: { label: (item) => `${valueHeader}: ${format(Number(item.raw))}` } },
        },
      },
    });
    return () => chart.destroy();
  }, [bars, horizontal, labelHeader, valueHeader, format]);

  const height = horizontal ? Math.max(140, 70 + bars.length * 28) : 280;
  return (
    <figure class="bar-chart">
      <div class="chart-box" style={{ height: `${height}px` }}>
        <canvas ref={canvas} role="img" aria-label={title} data-testid={testId} />
      </div>
      <figcaption>{title}</figcaption>
      <details>
        <summary>Show as a table</summary>
        <table data-testid={`${testId}-table`}>
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col" class="num">
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat (two chapters of one title)
              <tr key={i}>
                <th scope="row">{b.label}</th>
                <td class="num">{format(b.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
