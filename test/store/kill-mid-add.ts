// Child process for library.test.ts: starts adding a book and is SIGKILLed inside the
// transaction, after every row is written and before COMMIT.
import { Library } from '../../src/store/library.js';
import { makeBook } from '../fixtures/test-book.js';

const dataDir = process.argv[2]!;
const library = Library.open(dataDir);
library.addBook(makeBook('A book that must never appear.\n\nIts second paragraph.', { title: 'Ghost' }), {
  beforeCommit: () => {
    process.stdout.write('in-transaction\n');
    process.kill(process.pid, 'SIGKILL');
  },
});
process.stdout.write('committed\n');
