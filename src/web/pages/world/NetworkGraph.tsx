import type { World } from '../../../server/api-types.js';

const SIZE = 600;

/**
 * Who speaks to whom, drawn as a circle of speakers joined by lines as thick as their exchanges.
 * Plain SVG built from data (names are text nodes); the table below says the same in words.
 */
export function NetworkGraph({ network }: { network: World['network'] }) {
  if (network.edges.length === 0) {
    return <p>No conversations between named characters were found.</p>;
  }
  const n = network.nodes.length;
  const centre = SIZE / 2;
  const radius = SIZE / 2 - 90;
  const pos = new Map(
    network.nodes.map((node, i) => {
      const angle = (2 * Math.PI * i) / n - Math.PI / 2;
      return [node.id, { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle), angle }];
    }),
  );
  const maxWeight = Math.max(...network.edges.map((e) => e.weight));
  const maxLines = Math.max(1, ...network.nodes.map((node) => node.lines));
  const nameOf = new Map(network.nodes.map((node) => [node.id, node.name]));
  const label = `Conversation network of ${n} characters: ${network.edges
    .slice(0, 5)
    .map((e) => `${nameOf.get(e.from)} and ${nameOf.get(e.to)}, ${e.weight}`)
    .join('; ')}.`;

  return (
    <figure class="network">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={label} data-testid="network-graph">
        {network.edges.map((e) => {
          const a = pos.get(e.from)!;
          const b = pos.get(e.to)!;
          return (
            <line
              key={`${e.from}-${e.to}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              class="edge"
              stroke-width={1 + 7 * (e.weight / maxWeight)}
            >
              <title>
                {nameOf.get(e.from)} – {nameOf.get(e.to)}: {e.weight}
              </title>
            </line>
          );
        })}
        {network.nodes.map((node) => {
          const p = pos.get(node.id)!;
          const right = Math.cos(p.angle) >= 0;
          return (
            <g key={node.id}>
              <circle cx={p.x} cy={p.y} r={5 + 10 * Math.sqrt(node.lines / maxLines)} class="node">
                <title>
                  {node.name}: {node.lines} lines
                </title>
              </circle>
              <text x={p.x + (right ? 18 : -18)} y={p.y + 4} text-anchor={right ? 'start' : 'end'}>
                {node.name}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        Line thickness:{' '}
        {network.basis === 'addressees'
          ? 'lines addressed to each other'
          : 'exchanges (one speaker answering another)'}
        .
      </figcaption>
      <details>
        <summary>Show as a table</summary>
        <table>
          <caption>Pairs of characters who talk, most exchanges first</caption>
          <thead>
            <tr>
              <th scope="col">Between</th>
              <th scope="col" class="num">
                Exchanges
              </th>
            </tr>
          </thead>
          <tbody>
            {network.edges.map((e) => (
              <tr key={`${e.from}-${e.to}`}>
                <td>
                  {nameOf.get(e.from)} and {nameOf.get(e.to)}
                </td>
                <td class="num">{e.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
