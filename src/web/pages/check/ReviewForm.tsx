import { useState } from 'preact/hooks';
import type { ReviewInput } from '../../api.js';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx';

/** Paste a review, or pick a file (TXT, Markdown, HTML, Word), or several: a class set. */
export function ReviewForm({
  onSubmit,
  onSubmitMany,
  busy,
}: {
  onSubmit: (r: ReviewInput) => void;
  onSubmitMany: (files: File[]) => void;
  busy: boolean;
}) {
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
          upload files (TXT, MD, HTML, DOCX; several for a class set)
          <input
            type="file"
            accept={ACCEPT}
            multiple
            data-testid="review-file"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const files = [...(input.files ?? [])];
              if (files.length === 1) onSubmit({ kind: 'file', file: files[0]! });
              else if (files.length > 1) onSubmitMany(files);
              input.value = '';
            }}
          />
        </label>
      </div>
    </form>
  );
}
