import type { DiffStep } from '../../../server/api-types.js';

/** The misquote word by word: struck-out words are the review's, underlined words the book's. */
export function WordDiff({ diff }: { diff: DiffStep[] }) {
  return (
    <p class="word-diff">
      <span class="visually-hidden">Differences, word by word: </span>
      {diff.map((step, i) => {
        const key = `${i}-${step.type}`;
        switch (step.type) {
          case 'same':
          case 'variant':
            return <span key={key}>{step.book || step.review} </span>;
          case 'changed':
            return (
              <span key={key}>
                <del title="in the review">{step.review}</del> <ins title="in the book">{step.book}</ins>{' '}
              </span>
            );
          case 'added':
            return (
              <span key={key}>
                <del title="added in the review">{step.review}</del>{' '}
              </span>
            );
          case 'missing':
            return (
              <span key={key}>
                <ins title="left out by the review">{step.book}</ins>{' '}
              </span>
            );
          case 'elided':
            return (
              <span key={key} class="elided" title={`left out with an ellipsis: ${step.book}`}>
                […]{' '}
              </span>
            );
          default:
            return (
              <span key={key} class="editorial" title={`stands for: ${step.book}`}>
                [{step.review}]{' '}
              </span>
            );
        }
      })}
    </p>
  );
}
