import { useState } from 'preact/hooks';
import { api, uploadBook } from '../../api.js';
import { ErrorNote } from '../../components/ErrorNote.js';

const ACCEPT = '.txt,.text,.epub,.html,.htm,.xhtml';

type Stage =
  | { step: 'idle' }
  | { step: 'upload'; name: string; fraction: number }
  | { step: 'loading'; name: string }
  | { step: 'analysis'; name: string }
  | { step: 'done'; name: string; note: string }
  | { step: 'error'; name: string; error: unknown };

/** Add a book by dropping it or picking it; shows upload, loading and analysis as they happen. */
export function UploadZone({ onAdded }: { onAdded: () => void }) {
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [over, setOver] = useState(false);

  const add = async (file: File) => {
    const name = file.name;
    try {
      setStage({ step: 'upload', name, fraction: 0 });
      const book = await uploadBook(file, (fraction) =>
        setStage(fraction >= 1 ? { step: 'loading', name } : { step: 'upload', name, fraction }),
      );
      onAdded();
      setStage({ step: 'analysis', name: book.title });
      const state = await waitForAnalysis(book.id);
      onAdded();
      setStage(
        state.status === 'failed'
          ? {
              step: 'error',
              name: book.title,
              error: new Error(`Added, but the analysis failed: ${state.error}`),
            }
          : { step: 'done', name: book.title, note: 'added and analysed' },
      );
    } catch (error) {
      setStage({ step: 'error', name, error });
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer?.files[0];
    if (file) void add(file);
  };

  return (
    <section
      class={`upload ${over ? 'over' : ''}`}
      aria-label="Add a book"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>
        Drop a novel here (plain text, EPUB or HTML), or{' '}
        <label class="file-button">
          choose a file
          <input
            type="file"
            accept={ACCEPT}
            data-testid="book-file"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) void add(file);
              input.value = '';
            }}
          />
        </label>
      </p>
      <UploadProgress stage={stage} />
    </section>
  );
}

function UploadProgress({ stage }: { stage: Stage }) {
  if (stage.step === 'idle') return null;
  if (stage.step === 'error') return <ErrorNote error={stage.error} title={`Could not add ${stage.name}`} />;
  const steps: [Stage['step'], string][] = [
    ['upload', 'Uploading'],
    ['loading', 'Reading the book'],
    ['analysis', 'Finding characters and speakers'],
  ];
  const value = stage.step === 'upload' ? stage.fraction : undefined;
  return (
    <div class="progress" aria-live="polite">
      {stage.step === 'done' ? (
        <p class="ok">
          “{stage.name}” {stage.note}.
        </p>
      ) : (
        <>
          <p>
            {steps.find(([s]) => s === stage.step)?.[1]} “{stage.name}”…
          </p>
          <progress max={1} value={value} aria-label="Progress" />
        </>
      )}
    </div>
  );
}

async function waitForAnalysis(id: string) {
  for (;;) {
    const state = await api.analysis(id);
    if (state.status !== 'running') return state;
    await new Promise((r) => setTimeout(r, 800));
  }
}
