import { useState } from 'preact/hooks';
import type { ReviewInput } from '../../api.js';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx';

/** Paste a review, or pick a file (TXT, Markdown, HTML, Word). */
export function ReviewForm({ onSubmit, busy }: { onSubmit: (r: ReviewInput) => void; busy: boolean }) {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'txt' | 'md' | 'html'>('txt');
  return (
    <form
      class="review-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSubmit({ kind: 'text', text, format });
      }}
    >
      <label for="review-text">Paste the review</label>
      <textarea
        id="review-text"
        rows={8}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        placeholder={'In chapter one, Anna says “…”'}
      />
      <div class="row">
        <label>
          Written as{' '}
          <select value={format} onChange={(e) => setFormat(e.currentTarget.value as 'txt' | 'md' | 'html')}>
            <option value="txt">plain text</option>
            <option value="md">Markdown</option>
            <option value="html">HTML</option>
          </select>
        </label>
        <button type="submit" disabled={busy || !text.trim()}>
          {busy ? 'Checking…' : 'Check'}
        </button>
        <span class="or">or</span>
        <label class="file-button">
          upload a file (TXT, MD, HTML, DOCX)
          <input
            type="file"
            accept={ACCEPT}
            data-testid="review-file"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) onSubmit({ kind: 'file', file });
              input.value = '';
            }}
          />
        </label>
      </div>
    </form>
  );
}
