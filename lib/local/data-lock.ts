import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const LOCK_FILE = 'stack.pid';
/** Data folders held by stacks of this process (a pid file cannot tell two of them apart). */
const heldHere = new Set<string>();

/** Another running stack keeps its data in the same folder; dynalite's LevelDB would crash on it. */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`${dataDir} is in use by another local stack (process ${pid}; if that is not a newswire stack, delete ${join(dataDir, LOCK_FILE)})`);
  }
}

/**
 * Claims a data folder for one running stack: `<data>/stack.pid` names the process. A file left by a
 * process that is gone is taken over. Resolves with the release function.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const dir = resolve(dataDir);
  const file = join(dir, LOCK_FILE);
  if (heldHere.has(dir)) throw new DataDirInUseError(dir, process.pid);
  heldHere.add(dir);
  try {
    await mkdir(dir, { recursive: true });
    const holder = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) throw new DataDirInUseError(dir, holder);
    await writeFile(file, `${process.pid}\n`);
  } catch (err) {
    heldHere.delete(dir);
    throw err;
  }
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    heldHere.delete(dir);
    await rm(file, { force: true });
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, but belongs to someone else
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
