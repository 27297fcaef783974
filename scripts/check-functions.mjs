#!/usr/bin/env node
// Fails when a function in src/ (tests excluded) is longer than MAX_LINES lines, counted from its first line to its
// last, nested functions included: a function that long does several jobs, which belong in functions of their own.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const MAX_LINES = 60;
/**
 * Over-long functions still to split, each listed with its length so it may only shrink; remove a line once its
 * function fits. Empty now: keep it so.
 */
const KNOWN = new Map();
const root = new URL('..', import.meta.url).pathname;

/** Every .ts/.tsx file under `dir` but tests. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path] : [];
  });
}

/** A readable name for a function node: its own, or that of what it is assigned to. */
function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent))) return parent.name.getText();
  return '(anonymous)';
}

const tooLong = [];
for (const file of sources(join(root, 'src'))) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      const known = KNOWN.get(`${relative(root, file)} ${nameOf(node)}`);
      if (lines > MAX_LINES && !(known && lines <= known))
        tooLong.push(`  ${relative(root, file)}:${first + 1} ${nameOf(node)}: ${lines} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

if (tooLong.length) {
  console.error(
    `[faq-chat] ${tooLong.length} function(s) in src/ longer than ${MAX_LINES} lines; split each into functions that do one thing:\n${tooLong.join('\n')}`,
  );
  process.exit(1);
}
console.log(`[faq-chat] functions: none in src/ is longer than ${MAX_LINES} lines.`);
