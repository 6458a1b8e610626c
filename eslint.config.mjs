// Flat config: typescript-eslint's recommended rules on src/, test/ and scripts/, plus the one
// architectural rule the project enforces by lint: src/core stays pure (no `vscode` import).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Node's globals for the plain-JS build and harness scripts (the `globals` package is not a dependency).
const nodeGlobals = Object.fromEntries([
  'process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'AbortController', 'AbortSignal', 'TextEncoder',
  'TextDecoder', 'fetch', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate',
  'clearImmediate', 'queueMicrotask', 'structuredClone', 'performance', 'globalThis',
  '__dirname', '__filename', 'require', 'module', 'exports',
].map((name) => [name, 'readonly']));

const vscodeBan = {
  name: 'vscode',
  message: 'src/core is pure TypeScript: only src/editor may import vscode (see docs/architecture.md).',
};

export default defineConfig(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', 'coverage/', '.scratch/', '**/*.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs,ts}'],
    languageOptions: { ecmaVersion: 2023, globals: nodeGlobals },
    rules: {
      // A text-processing code base matches zero-width joiners and control characters on purpose;
      // written as \u/\x escapes they are deliberate, so only literal look-alike characters are flagged.
      'no-misleading-character-class': ['error', { allowEscape: true }],
      'no-control-regex': 'off',
      // `_`-prefixed parameters and variables are deliberately unused (callbacks with fixed signatures).
      '@typescript-eslint/no-unused-vars': ['error', {
        argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_',
      }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests may load JSON and fixtures with require() (e.g. the package.json version).
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // The typescript-eslint variant extends the core rule to `import type` too.
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [vscodeBan],
        patterns: [{ group: ['vscode/*'], message: vscodeBan.message }],
      }],
      // ...and these catch the forms an import rule cannot see.
      'no-restricted-syntax': ['error',
        { selector: "ImportExpression[source.value='vscode']", message: vscodeBan.message },
        { selector: "CallExpression[callee.name='require'][arguments.0.value='vscode']", message: vscodeBan.message },
      ],
    },
  },
);
