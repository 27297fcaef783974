/** The only files the studio may touch: the knowledge file and its siblings. Writes are atomic (temporary file, then rename). */
import { createHash, randomBytes } from 'node:crypto';
import { copyFile, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The knowledge file and the siblings the studio may write beside it. */
export interface StudioFiles {
  /** The knowledge file being edited (absolute). */
  file: string;
  /** `<name>.bak.json`: the previous version, kept by every Save. */
  bak: string;
  /** `<name>.compiled.json`: what Build writes, as `faq-chat build -o` would. */
  compiled: string;
  /** `<name>.faqpage.html`: the FAQPage JSON-LD script element Export writes. */
  exported: string;
}

/** The allowed paths for a knowledge file `path`. */
export function studioFiles(path: string): StudioFiles {
  const file = resolve(path);
  const stem = join(dirname(file), basename(file).replace(/\.json$/i, ''));
  return { file, bak: `${stem}.bak.json`, compiled: `${stem}.compiled.json`, exported: `${stem}.faqpage.html` };
}

/** True when `path` is one of the files the studio may write. */
export const mayWrite = (files: StudioFiles, path: string): boolean =>
  [files.file, files.bak, files.compiled, files.exported].includes(resolve(path));

/** A short fingerprint of a file's text: what Save compares to tell whether the file changed on disk. */
export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The file's text and its hash. */
export async function readVersion(file: string): Promise<{ text: string; hash: string }> {
  const text = await readFile(file, 'utf8');
  return { text, hash: hashText(text) };
}

/** The file's hash, re-read only when its size or modification time changed since the last call. */
export function hashWatcher(file: string): () => Promise<string> {
  let seen = '';
  let hash = '';
  return async () => {
    const s = await stat(file);
    const key = `${s.size}:${s.mtimeMs}`;
    if (key !== seen) {
      hash = (await readVersion(file)).hash;
      seen = key;
    }
    return hash;
  };
}

/**
 * Writes `text` to `path` atomically: into a temporary file beside it, then a rename, so a reader (or a crash) never
 * sees half a file. Refuses any path the studio may not write.
 */
export async function writeAtomic(files: StudioFiles, path: string, text: string): Promise<void> {
  if (!mayWrite(files, path))
    throw new Error(`refusing to write ${path}: the studio only writes ${files.file} and its siblings`);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Saves the knowledge file: the current one becomes `<name>.bak.json`, then the new text replaces it atomically. */
export async function saveWithBackup(files: StudioFiles, text: string): Promise<void> {
  await copyFile(files.file, files.bak);
  await writeAtomic(files, files.file, text);
}
