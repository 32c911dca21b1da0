import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

export interface FoundFile {
  /** Absolute path on disk. */
  readonly path: string;
  /** Where it goes under a key prefix, with `/` separators. */
  readonly relative: string;
}

/**
 * Every file under a folder, recursively, dotfiles and dot-folders skipped, sorted by relative path.
 * `base` is put in front of each relative path (`''` for none).
 */
export async function listFiles(dir: string, base = ''): Promise<FoundFile[]> {
  const out: FoundFile[] = [];
  const walk = async (abs: string, rel: string): Promise<void> => {
    const entries = await readdir(abs, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(abs, entry.name);
      const relative = rel ? `${rel}/${entry.name}` : entry.name;
      // Follow symlinks the way `cp -r` users expect: a link to a file is that file.
      const kind = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
      if (kind?.isDirectory()) await walk(path, relative);
      else if (kind?.isFile()) out.push({ path, relative });
    }
  };
  await walk(resolve(dir), base);
  return out.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/** The files a command-line argument names: a folder keeps its own name as the first segment. */
export async function filesForArgument(arg: string): Promise<FoundFile[]> {
  const abs = resolve(arg);
  const info = await stat(abs);
  if (info.isDirectory()) return listFiles(abs, basename(abs));
  return [{ path: abs, relative: basename(abs) }];
}
