#!/usr/bin/env node
// Keeps the layers one-way: embed → ui → state → engine (cli → engine, encoder → engine). Fails on any import
// that points the wrong way, naming the file, the line and the rule it breaks. The encoder (TensorFlow.js, megabytes
// of it) may only be imported by the worker's entry, and nothing that reaches dist/faq-chat.js or faq-chat-app.js may
// import it. What ships to visitors (engine, state, ui, embed, styles, and the worker's encoder) never imports the
// tools (lint, build, eval, cli, lib) or the test helpers (testing); tests, which never ship, may import anything.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve('src');
// For each layer, the layers of ours it may import, and whether it may use preact.
const allowed = {
  engine: { layers: ['engine'], preact: false },
  state: { layers: ['state', 'engine'], preact: true },
  ui: { layers: ['ui', 'state', 'engine'], preact: true },
  embed: { layers: ['embed', 'ui', 'state', 'engine', 'styles'], preact: true },
  cli: { layers: ['cli', 'engine', 'encoder', 'node-encoder', 'lint', 'build', 'eval', 'studio'], preact: false },
  encoder: { layers: ['encoder', 'engine'], preact: false },
  /** The encoder in Node (the CLI's): reads the same files from disk. */
  'node-encoder': { layers: ['node-encoder', 'encoder', 'engine'], preact: false },
  lint: { layers: ['lint', 'engine', 'build'], preact: false },
  build: { layers: ['build', 'engine'], preact: false },
  eval: { layers: ['eval', 'engine', 'lint'], preact: false },
  lib: { layers: ['lib', 'engine', 'lint', 'build', 'eval'], preact: false },
  testing: { layers: ['testing', 'engine', 'state', 'cli'], preact: true },
  /** faq-chat studio: its server (for the CLI) and its page, which uses the widget's markdown and the tools' checks. */
  studio: { layers: ['studio', 'cli', 'engine', 'lint', 'eval', 'build', 'ui'], preact: true },
};
/** The embed files that may import src/encoder: the worker's side of src/embed/semantic (the CLI may too). */
const encoderUsers = new Set(['src/embed/semantic/worker.ts', 'src/embed/semantic/fetch-files.ts']);
/** The entries of dist/faq-chat.js and of faq-chat-app.js, which it loads. */
const ENTRIES = ['src/embed/index.ts', 'src/embed/app.ts'];
/** The entries of what visitors download: the two widget files and dist/faq-chat-encoder/worker.js. */
const SHIPPED = [...ENTRIES, 'src/embed/semantic/worker.ts'];
/** Folders of code that must never reach a visitor. */
const TOOLING = new Set(['lint', 'build', 'eval', 'cli', 'lib', 'testing', 'node-encoder', 'studio']);

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
const layerOf = (file) => relative(SRC, file).split(sep)[0];
const IMPORT = /(?:^|[^\w.])(?:import|export)\s*(?:[\w*{}\s,]*?\s*from\s*)?\(?\s*['"]([^'"]+)['"]/g;

const problems = [];
/** Each file's relative imports, resolved to files, for the reachability check below. */
const edges = new Map();
const resolveFile = (from, spec) =>
  ['', '.ts', '.tsx', '/index.ts']
    .map((ext) => resolve(dirname(from), spec) + ext)
    .find((f) => existsSync(f) && /\.tsx?$/.test(f));
for (const file of files(SRC)) {
  const from = layerOf(file);
  const rule = allowed[from];
  if (!rule) continue;
  const text = readFileSync(file, 'utf8');
  const out = [];
  edges.set(file, out);
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1];
    const line = text.slice(0, m.index).split('\n').length;
    const where = `${relative('.', file)}:${line}`;
    out.push({ spec, where, target: spec.startsWith('.') ? resolveFile(file, spec) : undefined });
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      // Files outside src (package.json, test fixtures) belong to no layer.
      const to = target.startsWith(SRC + sep) ? layerOf(target) : null;
      if (to == 'encoder' && from == 'embed' && !encoderUsers.has(relative('.', file).split(sep).join('/')))
        problems.push(
          `${where}: only ${[...encoderUsers].join(' and ')} may import src/encoder ("${spec}"); TensorFlow.js belongs in the worker.`,
        );
      // Tests never ship: they may reach across layers (a check's test against the linter, a model's against test helpers).
      else if (to && !(to == 'encoder' && from == 'embed') && !rule.layers.includes(to) && !/\.test\.tsx?$/.test(file))
        problems.push(
          `${where}: src/${from} must not import src/${to} ("${spec}"); imports flow embed → ui → state → engine.`,
        );
    } else if (/^(preact|@preact\/)/.test(spec) && !rule.preact) {
      problems.push(`${where}: src/${from} must not import "${spec}"; it has to stay free of Preact.`);
    }
  }
}

// Everything dist/faq-chat.js and faq-chat-app.js bundle: no encoder, no TensorFlow.js (the worker is a separate file).
const walk = (file, seen, visit) => {
  if (seen.has(file) || !edges.has(file)) return;
  seen.add(file);
  for (const edge of edges.get(file)) if (visit(edge) && edge.target) walk(edge.target, seen, visit);
};
for (const entry of ENTRIES)
  walk(resolve(entry), new Set(), ({ spec, where, target }) => {
    if (!(/^@tensorflow/.test(spec) || (target && layerOf(target) == 'encoder'))) return true;
    problems.push(
      `${where}: "${spec}" would be bundled into the widget (reached from ${entry}); load it in the worker instead.`,
    );
  });
// Nothing that ships reaches the tools or the test helpers, however indirectly.
for (const entry of SHIPPED) {
  walk(resolve(entry), new Set(), ({ spec, where, target }) => {
    if (!target || !TOOLING.has(layerOf(target))) return true;
    problems.push(
      `${where}: "${spec}" is src/${layerOf(target)}, which only the CLI, the library and tests may use, and it would ship to visitors (reached from ${entry}).`,
    );
  });
}

if (problems.length) {
  console.error(`[faq-chat] ${problems.length} import(s) cross layers the wrong way:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('[faq-chat] imports: every layer imports only what it may.');
