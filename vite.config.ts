import { Features } from 'lightningcss';
import { defineConfig } from 'vite';

/** Terser with extra passes: every byte is paid by every visitor of every embedding site. */
const terser = {
  minify: 'terser',
  terserOptions: {
    ecma: 2020,
    compress: { passes: 6, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
    mangle: { toplevel: true },
    format: { comments: false },
  },
} as const;

/**
 * long.js (TensorFlow.js's 64-bit integers) compiles a tiny WebAssembly module the moment it loads, only to multiply
 * faster. Under a Content-Security-Policy without 'wasm-unsafe-eval' that attempt is blocked and reported to the site
 * owner as a violation, before the worker could read its policy. Its plain JavaScript path gives the same results.
 */
const longWithoutWasm = {
  name: 'faq-chat:long-without-wasm',
  transform(code: string, id: string) {
    if (!/[\\/]long[\\/]src[\\/]long\.js$/.test(id)) return null;
    const out = code.replace(/wasm = new WebAssembly\.Instance\([\s\S]*?\)\.exports;/, 'wasm = null;');
    if (out == code)
      throw Error(`[faq-chat] ${id} changed: update the faq-chat:long-without-wasm plugin in vite.config.ts`);
    return out;
  },
};

/**
 * Five builds from one config, chosen by --mode:
 *   (default) dist/faq-chat.js — the one-script-tag IIFE: configuration, launcher, window.FaqChat, <faq-chat>;
 *   app       dist/faq-chat-app.js — the widget itself (Preact UI, chat model, matcher), which faq-chat.js loads
 *             from its own folder on idle or intent (classic script, like faq-chat.js);
 *   worker    dist/faq-chat-encoder/worker.js — the sentence encoder's Web Worker (classic script: module
 *             workers need a newer browser, and a classic one runs anywhere Worker does);
 *   lib       dist/widget.js + dist/engine.js — ESM for bundlers (`faq-chat`, `faq-chat/engine`);
 *   cli       dist/cli.js — the `faq-chat` command for Node;
 *   studio    dist/studio/studio.js — the page of `faq-chat studio` (tooling: never loaded by visitors, no size budget).
 */
export default defineConfig(({ mode }) => {
  if (mode === 'worker') {
    return {
      plugins: [longWithoutWasm],
      // TensorFlow.js's size-optimised build: the backends register only the kernels the model runs (src/encoder/kernels.ts),
      // and the core leaves out its training optimisers. The Node CLI keeps the full packages.
      resolve: {
        alias: [
          { find: /^@tensorflow\/tfjs-core$/, replacement: '/src/encoder/lean/tfjs-core.ts' },
          { find: /^@tensorflow\/tfjs-backend-cpu$/, replacement: '/src/encoder/lean/backend-cpu.ts' },
          { find: /^@tensorflow\/tfjs-backend-wasm$/, replacement: '/src/encoder/lean/backend-wasm.ts' },
        ],
      },
      build: {
        outDir: 'dist/faq-chat-encoder',
        emptyOutDir: false,
        target: 'es2020',
        lib: {
          entry: 'src/embed/semantic/worker.ts',
          formats: ['iife'],
          name: 'FaqChatEncoder',
          fileName: () => 'worker.js',
        },
        // One terser pass: six take a minute on TensorFlow.js and save little; the worker is fetched once, after intent.
        minify: 'terser',
        terserOptions: { ecma: 2020, format: { comments: false } },
      },
    };
  }
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2020',
        lib: {
          entry: { widget: 'src/embed/module.ts', engine: 'src/lib/engine.ts' },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rollupOptions: { external: [/^preact/, /^@preact\//] },
      },
    };
  }
  if (mode === 'cli') {
    return {
      // The tokenizer is bundled: its package asks for TensorFlow.js 3 as a peer, which would clash with our 4 in a
      // user's install. TensorFlow.js itself stays a dependency, resolved by Node (one copy for both).
      // The importers' parsers (csv-parse, htmlparser2 and its dom packages) are bundled too, into the import command's
      // own chunk: `npm install faq-chat` installs nothing more for them, and widget users download none of it.
      ssr: {
        noExternal: [
          '@tensorflow-models/universal-sentence-encoder',
          'csv-parse',
          'htmlparser2',
          'domhandler',
          'domutils',
          'domelementtype',
          'dom-serializer',
          'entities',
        ],
      },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'node20',
        ssr: 'src/cli/main.ts',
        // The sentence encoder is imported on demand, into its own chunk, so `validate` and `--help` never load TensorFlow.js.
        rollupOptions: { output: { entryFileNames: 'cli.js', chunkFileNames: 'cli-[name].js', format: 'es' } },
      },
    };
  }
  if (mode === 'studio') {
    return {
      oxc: {
        jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' },
        jsxInject: `import { h, Fragment } from 'preact'`,
      },
      build: {
        outDir: 'dist/studio',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: 'src/studio/page/main.tsx', formats: ['es'], fileName: () => 'studio.js' },
      },
    };
  }
  const app = mode === 'app';
  return {
    // Classic JSX calls preact's h(), which the bundle has anyway; the automatic runtime adds its own jsx().
    // Without light-dark() in the CSS, its polyfill only adds unused --lightningcss-* variables.
    css: { lightningcss: { exclude: Features.LightDark } },
    // The injected import goes into every module, .ts too, and Preact's module has side effects, so it would pull
    // Preact into faq-chat.js, which has no JSX (the default mode, 'production'): every other mode gets it.
    oxc: {
      jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' },
      jsxInject: mode == 'production' ? undefined : `import { h, Fragment } from 'preact'`,
    },
    // Unit tests sit beside the code; e2e/ belongs to Playwright.
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}'],
      // Timeouts only catch hangs: some tests run the real encoder or 100k entries, and a busy 2-core machine
      // can take several times as long as a quiet one. Speed is measured in `npm run bench`, not here.
      testTimeout: 60_000,
      // src/encoder/kernels.ts imports single kernels from the backends' ES module files, which Node cannot load alone.
      server: { deps: { inline: [/@tensorflow\/tfjs-backend-(cpu|wasm)\/dist\/(?!tf-backend)/] } },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: !app,
      target: 'es2020',
      lib: {
        entry: app ? 'src/embed/app.ts' : 'src/embed/index.ts',
        formats: ['iife'],
        name: app ? 'FaqChatApp' : 'FaqChatBundle',
        fileName: () => (app ? 'faq-chat-app.js' : 'faq-chat.js'),
      },
      ...terser,
    },
  };
});
