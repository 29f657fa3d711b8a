/**
 * `verbatim text X | head -1`: once `head` has its line it closes the pipe, and the next write fails
 * with EPIPE. Unix tools end quietly then; without this, Node reports an unhandled 'error' event with
 * a stack trace. The reader has gone, so there is nobody left to tell: exit 0 at once (stopping work
 * whose output nobody will read), and let any other stream error surface as before.
 */
export function endQuietlyOnBrokenPipe(stream: NodeJS.WritableStream): void {
  if (brokenPipeHandled.has(stream)) return; // processIO() may be called more than once
  brokenPipeHandled.add(stream);
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

const brokenPipeHandled = new WeakSet<NodeJS.WritableStream>();
