import { defineConfig } from 'vite';

/**
 * Three builds from one config, chosen by --mode:
 *   (default) dist/faq-chat.js — the one-script-tag IIFE, everything bundled;
 *   lib       dist/widget.js + dist/engine.js — ESM for bundlers (`faq-chat`, `faq-chat/engine`);
 *   cli       dist/cli.js — the `faq-chat` command for Node.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2020',
        lib: {
          entry: { widget: 'src/embed/module.ts', engine: 'src/engine/index.ts' },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rollupOptions: { external: [/^preact/, /^@preact\//] },
      },
    };
  }
  if (mode === 'cli') {
    return {
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
  return {
    // Classic JSX calls preact's h(), which the bundle has anyway; the automatic runtime adds its own jsx().
    // Features.LightDark: without light-dark() in the CSS, its polyfill only adds unused --lightningcss-* variables.
    css: { lightningcss: { exclude: 1048576 } },
    oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' }, jsxInject: `import { h, Fragment } from 'preact'` },
    // Unit tests sit beside the code; e2e/ belongs to Playwright.
    test: { include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}'] },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2020',
      lib: {
        entry: 'src/embed/index.ts',
        formats: ['iife'],
        name: 'FaqChatBundle',
        fileName: () => 'faq-chat.js',
      },
      // Every byte is paid by every visitor of every embedding site: terser with extra passes beats the default minifier.
      minify: 'terser',
      terserOptions: {
        ecma: 2020,
        compress: { passes: 6, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
        mangle: { toplevel: true },
        format: { comments: false },
      },
    },
  };
});
