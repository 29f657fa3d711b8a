import type { PassageQuote } from '../../../server/api-types.js';
import { segmentParagraph } from '../../lib/segments.js';

interface Props {
  text: string;
  start: number;
  end: number;
  quotes: PassageQuote[];
  highlight: { start: number; end: number } | null;
  /** The chapter's printed heading: shown as a heading, not a paragraph. */
  heading?: boolean;
}

/** The speaker's label: a question where the analysis is unsure, never a plain name. */
export function speakerLabel(q: PassageQuote): string | null {
  if (!q.speaker) return null;
  return q.uncertain ? `${q.speaker}?` : q.speaker;
}

/** The tooltip: who (marked uncertain where so), to whom, and the evidence. */
function speechTitle(q: PassageQuote): string {
  const who = q.speaker ? (q.uncertain ? `Perhaps ${q.speaker} (uncertain)` : q.speaker) : 'Speaker unknown';
  const head = q.addressees.length > 0 ? `${who}, to ${q.addressees.join(', ')}` : who;
  return q.evidence ? `${head}\nEvidence: ${q.evidence}` : head;
}

/**
 * One paragraph, cut into stretches of narration and speech. Every piece of book text is a text
 * child (JSX escapes it): book content never becomes markup.
 */
export function Paragraph({ text, start, end, quotes, highlight, heading }: Props) {
  const segments = segmentParagraph(start, end, quotes, highlight);
  const Tag = heading ? 'h2' : 'p';
  return (
    <Tag data-start={start} class={heading ? 'chapter-heading' : undefined}>
      {segments.map((s) => {
        const words = text.slice(s.start - start, s.end - start);
        const inner = s.highlight ? <mark data-start={s.start}>{words}</mark> : words;
        if (!s.quote) return <span key={s.start}>{inner}</span>;
        return (
          <span
            key={s.start}
            class={`speech${s.quote.speaker ? (s.quote.uncertain ? ' uncertain' : '') : ' unknown'}`}
            title={speechTitle(s.quote)}
            data-confidence={s.quote.confidence ?? undefined}
          >
            {s.quoteStart && s.quote.speaker ? (
              <span class={`speaker${s.quote.uncertain ? ' uncertain' : ''}`}>{speakerLabel(s.quote)}</span>
            ) : null}
            {inner}
          </span>
        );
      })}
    </Tag>
  );
}
