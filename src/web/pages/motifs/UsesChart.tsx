import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { TermsResult } from '../../../server/api-types.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#dc2626'];

/**
 * Each term's uses in each chapter, one bar colour per term. The canvas has an aria-label; the same
 * numbers are in a table below it.
 */
export function UsesChart({ result }: { result: TermsResult }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: result.chapters.map((c) => String(c.index + 1)),
        datasets: result.terms.map((t, i) => ({
          label: t.term,
          data: t.perChapter,
          backgroundColor: COLOURS[i % COLOURS.length],
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { title: { display: true, text: 'Chapter' } },
          y: { beginAtZero: true, title: { display: true, text: 'Uses' }, ticks: { precision: 0 } },
        },
        plugins: {
          tooltip: {
            callbacks: { title: (items) => result.chapters[items[0]?.dataIndex ?? 0]?.title ?? '' },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [result]);
  const summary = `Bar chart of the uses of ${result.terms.map((t) => `"${t.term}"`).join(', ')} in each of the ${result.chapters.length} chapters.`;
  return (
    <figure class="uses-chart">
      <div class="chart-box" style={{ height: '260px' }}>
        <canvas ref={canvas} role="img" aria-label={summary} data-testid="uses-chart" />
      </div>
      <details>
        <summary>Show as a table</summary>
        <table class="uses-table">
          <caption>Uses of each term in each chapter</caption>
          <thead>
            <tr>
              <th scope="col">Chapter</th>
              {result.terms.map((t) => (
                <th scope="col" class="num" key={t.term}>
                  {t.term}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.chapters.map((c, i) => (
              <tr key={c.index}>
                <th scope="row">{c.title}</th>
                {result.terms.map((t) => (
                  <td class="num" key={t.term}>
                    {t.perChapter[i]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
