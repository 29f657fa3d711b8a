import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Lowers the calling worker thread's CPU priority (nice 10), so when checks and analyses keep every
 * core busy the server's own thread, which answers the reader, is scheduled first: a reader request
 * then waits for the CPU behind no check. Linux only (a thread's id is read from /proc/thread-self,
 * and setpriority on a thread id changes that thread alone); elsewhere, or if refused, it does
 * nothing and the workers run at the server's priority.
 */
export function lowerThreadPriority(): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, constants.priority.PRIORITY_BELOW_NORMAL);
    return true;
  } catch {
    return false;
  }
}
