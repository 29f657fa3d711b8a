import { Component, type ComponentChildren } from 'preact';
import { ErrorNote } from './ErrorNote.js';

interface State {
  error: unknown;
}

/** Catches a rendering failure in a page and shows it, so the screen is never blank. */
export class ErrorBoundary extends Component<{ children: ComponentChildren; resetKey: string }, State> {
  override state: State = { error: null };

  static override getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (this.state.error) {
      return (
        <section class="page">
          <ErrorNote error={this.state.error} title="This page failed" />
          <p>
            <a href="#/">Back to the library</a>
          </p>
        </section>
      );
    }
    return this.props.children;
  }
}
