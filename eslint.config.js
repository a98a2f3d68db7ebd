import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The explorer runs in the browser: these are the browser globals its code may use (its
// TypeScript files are also checked by tsc against the DOM library, web/tsconfig.json).
const browserGlobals = Object.fromEntries(
  [
    'window', 'document', 'navigator', 'location', 'history', 'performance', 'console', 'fetch', 'URL', 'URLSearchParams',
    'AbortController', 'Event', 'ResizeObserver', 'HTMLElement', 'HTMLAnchorElement', 'HTMLInputElement', 'HTMLDivElement',
    'setTimeout', 'clearTimeout', 'requestAnimationFrame', 'Intl',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  {
    ignores: [
      'node_modules/', '.neo4j/', '.tmp/', 'coverage/', 'test-artifacts/',
      'src/__generated__/', 'examples/__generated__/', 'web/dist/', 'web/src/__generated__/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: browserGlobals, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
);
