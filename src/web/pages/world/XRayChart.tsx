import { BubbleController, CategoryScale, Chart, LinearScale, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { WorldCharacter } from '../../../server/api-types.js';

Chart.register(BubbleController, PointElement, LinearScale, CategoryScale, Tooltip);

/**
 * X-Ray: one row per character, one dot per slice of the book where they are named, sized by how
 * often. The canvas has an aria-label; the same numbers are in a table below it for screen readers
 * and for anyone who prefers numbers.
 */
export function XRayChart({ characters, bins }: { characters: WorldCharacter[]; bins: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const names = characters.map((c) => c.name);
    const max = Math.max(1, ...characters.flatMap((c) => c.distribution));
    const chart = new Chart(canvas.current, {
      type: 'bubble',
      data: {
        datasets: [
          {
            label: 'Mentions',
            data: characters.flatMap((c) =>
              c.distribution.flatMap((n, i) =>
                n > 0
                  ? [
                      {
                        x: ((i + 0.5) / bins) * 100,
                        y: names.indexOf(c.name),
                        r: 2 + 8 * Math.sqrt(n / max),
                        n,
                      },
                    ]
                  : [],
              ),
            ),
            backgroundColor: 'rgba(37, 99, 235, 0.55)',
            borderColor: 'rgba(30, 64, 175, 0.9)',
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { min: 0, max: 100, title: { display: true, text: 'Position in the book (%)' } },
          y: {
            min: -0.5,
            max: names.length - 0.5,
            reverse: true,
            grid: { display: false },
            // One tick per character row (the axis runs from -0.5 to n-0.5 so dots are not cut off).
            afterBuildTicks: (axis) => {
              axis.ticks = names.map((_, i) => ({ value: i }));
            },
            ticks: { autoSkip: false, callback: (v) => names[Number(v)] ?? '' },
          },
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: (item) => {
                const raw = item.raw as { x: number; y: number; n: number };
                return `${names[raw.y]}: ${raw.n} mention${raw.n === 1 ? '' : 's'} around ${Math.round(raw.x)}%`;
              },
            },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [characters, bins]);

  const summary = `Chart of where the ${characters.length} most mentioned characters appear across the book, from start to end.`;
  return (
    <figure class="xray">
      <div class="chart-box" style={{ height: `${70 + characters.length * 34}px` }}>
        <canvas ref={canvas} role="img" aria-label={summary} data-testid="xray-chart" />
      </div>
      <figcaption>Each dot is a slice of the book; bigger dots, more mentions.</figcaption>
      <details>
        <summary>Show as a table</summary>
        <XRayTable characters={characters} bins={bins} />
      </details>
    </figure>
  );
}

function XRayTable({ characters, bins }: { characters: WorldCharacter[]; bins: number }) {
  const groups = 10;
  const per = bins / groups;
  return (
    <table class="xray-table">
      <caption>Mentions of each character in each tenth of the book</caption>
      <thead>
        <tr>
          <th scope="col">Character</th>
          {Array.from({ length: groups }, (_, g) => (
            <th scope="col" key={g} class="num">
              {g * 10}–{g * 10 + 10}%
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {characters.map((c) => (
          <tr key={c.id}>
            <th scope="row">{c.name}</th>
            {Array.from({ length: groups }, (_, g) => (
              <td key={g} class="num">
                {c.distribution
                  .slice(Math.round(g * per), Math.round((g + 1) * per))
                  .reduce((a, b) => a + b, 0)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
