#!/usr/bin/env node
// Keeps the layers one-way: embed → ui → state → engine (cli → encoder → engine). Fails on any import
// that points the wrong way, naming the file, the line and the rule it breaks.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve('src');
// For each layer, the layers of ours it may import, and whether it may use preact.
const allowed = {
  engine: { layers: ['engine'], preact: false },
  state: { layers: ['state', 'engine'], preact: true },
  ui: { layers: ['ui', 'state', 'engine'], preact: true },
  embed: { layers: ['embed', 'ui', 'state', 'engine', 'styles'], preact: true },
  encoder: { layers: ['encoder', 'engine'], preact: false },
  cli: { layers: ['cli', 'encoder', 'engine'], preact: false },
};

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
const layerOf = (file) => relative(SRC, file).split(sep)[0];
const IMPORT = /(?:^|[^\w.])(?:import|export)\s*(?:[\w*{}\s,]*?\s*from\s*)?\(?\s*['"]([^'"]+)['"]/g;

const problems = [];
for (const file of files(SRC)) {
  const from = layerOf(file);
  const rule = allowed[from];
  if (!rule) continue;
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1];
    const line = text.slice(0, m.index).split('\n').length;
    const where = `${relative('.', file)}:${line}`;
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      // Files outside src (package.json, test fixtures) belong to no layer.
      const to = target.startsWith(SRC + sep) ? layerOf(target) : null;
      if (to && !rule.layers.includes(to))
        problems.push(`${where}: src/${from} must not import src/${to} ("${spec}"); imports flow embed → ui → state → engine.`);
    } else if (/^(preact|@preact\/)/.test(spec) && !rule.preact) {
      problems.push(`${where}: src/${from} must not import "${spec}"; it has to stay free of Preact.`);
    }
  }
}

if (problems.length) {
  console.error(`[faq-chat] ${problems.length} import(s) cross layers the wrong way:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('[faq-chat] imports: every layer imports only what it may.');
