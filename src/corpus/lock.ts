import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { VerbatimError } from '../errors.js';

interface LockOwner {
  host: string;
  pid: number;
  started: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One run per output CSV at a time: two runs writing the same corpus.csv would each overwrite the
 * other's. (Shards write different CSVs and may share a folder.) A lock left by a run that died on
 * this machine is taken over; one from another machine is reported, since its run may be alive.
 */
export async function acquireLock(outDir: string, csvName: string): Promise<() => Promise<void>> {
  const file = path.join(outDir, `.lock.${csvName}`);
  const me: LockOwner = { host: os.hostname(), pid: process.pid, started: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, JSON.stringify(me), { flag: 'wx' });
      return () => rm(file, { force: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new VerbatimError('usage', `cannot write to the output folder (${code ?? String(e)})`, {
          file: outDir,
          hint: 'choose a folder you can write to with --out',
        });
      }
    }
    let owner: LockOwner | null = null;
    try {
      owner = JSON.parse(await readFile(file, 'utf8')) as LockOwner;
    } catch {
      owner = null;
    }
    const stale = owner !== null && owner.host === me.host && !alive(owner.pid);
    if (!stale) {
      const who = owner ? `process ${owner.pid} on ${owner.host}, since ${owner.started}` : 'another run';
      throw new VerbatimError('usage', `another corpus run is writing ${csvName} here (${who})`, {
        file: outDir,
        hint: `wait for it, use another --out, or delete ${path.basename(file)} if no run is going`,
      });
    }
    await rm(file, { force: true });
  }
  throw new VerbatimError('usage', 'could not take the output folder lock', { file: outDir });
}
