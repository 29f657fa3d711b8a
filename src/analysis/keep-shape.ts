/**
 * One instance kept alive per class the analysis creates in bulk and drops at the end of each book.
 * V8 forgets the hidden class of a class once every instance is collected, and throws away the
 * optimised code of every function that read such an instance: in a process that analyses several
 * books (the server, the benchmark, the evaluations) each analysis after the first compiled that code
 * again. Measured on Pride and Prejudice, analyses 4 to 7 in one process: 190 and 202 optimising
 * compilations without, 134 and 148 with the three classes kept (TokenCursor, WordCounter, RowPool).
 */
const kept: unknown[] = [];

export function keepShape<T>(instance: T): T {
  kept.push(instance);
  return instance;
}
