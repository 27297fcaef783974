/** Serving the studio's page and the built widget from dist/, never anything outside the folders named here. */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
};

/** The URL prefixes the studio serves files under, and the folder of dist/ each maps to. */
const MOUNTS: [prefix: string, folder: string][] = [
  ['/studio/', 'studio'],
  ['/widget/', ''],
];

/** The widget's own files in dist/ (the rest of dist/, such as the CLI, is not served). */
const WIDGET = /^(faq-chat\.js|faq-chat-app\.js|faq-chat-encoder\/[\w.-]+)$/;

/** The file in `dist` that `path` (after the token) names, or undefined when it names none the studio serves. */
export function distFile(dist: string, path: string): string | undefined {
  for (const [prefix, folder] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    let rest: string;
    try {
      rest = decodeURIComponent(path.slice(prefix.length));
    } catch {
      return undefined;
    }
    if (rest.split(/[\\/]/).some((s) => s === '..' || s === '') || rest.includes('\0')) return undefined;
    if (!folder && !WIDGET.test(rest)) return undefined;
    const root = resolve(dist, folder);
    const file = resolve(root, rest);
    return file.startsWith(root + sep) ? file : undefined;
  }
  return undefined;
}

/** The file's bytes and content type, or undefined when it cannot be read. */
export async function readStatic(file: string): Promise<{ body: Buffer; type: string } | undefined> {
  try {
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

/** The page: the studio's script (which adds the widget's script and `<faq-chat>` itself, once the file is loaded). */
export const pageHtml = (name: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${name.replace(/[<>&"]/g, '')} · faq-chat studio</title>
<link rel="icon" href="data:,">
<script src="studio/studio.js" type="module"></script>
</head>
<body>
<div id="studio"><p>Loading the studio…</p></div>
</body>
</html>
`;
