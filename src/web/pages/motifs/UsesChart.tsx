import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { TermsResult } from '../../../server/api-types.js';
import { chapterAxisLabels } from '../../lib/chapter-axis.js';
import { countOf, formatCount } from '../../lib/format.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#dc2626'];

/**
 * Each term's uses in each chapter, one bar colour per term, the chapters labelled as the book numbers
 * them (chapter-axis.ts). The canvas has an aria-label; the same numbers are in a table below it, by
 * full chapter title.
 */
export function UsesChart({ result }: { result: TermsResult }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const labels = chapterAxisLabels(result.chapters.map((c) => c.title));
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
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
  const summary = `Bar chart of the uses of ${result.terms.map((t) => `"${t.term}"`).join(', ')} in each of the ${countOf(result.chapters.length, 'chapter')} (${labels.join(', ')}).`;
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
                    {formatCount(t.perChapter[i] ?? 0)}
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
