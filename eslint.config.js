// typescript-eslint for the code, eslint-plugin-lit for templates, eslint-plugin-wc for custom
// element habits; prettier owns formatting, so style rules that fight it are off.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/*.generated.ts',
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'screenshots/**',
      'coverage/**',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Every tag goes through core's define(), which tolerates a second copy of the library.
      'wc/no-constructor-attributes': 'error',
    },
  },
  {
    // A strict Content-Security-Policy refuses `style` attributes, and Lit's styleMap writes one on
    // first render: core's styleProperties() sets styles through the CSSOM instead.
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/style-map.js', message: 'Use styleProperties() from @devisus/core.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\sstyle=/]',
          message: 'No style attribute in a template: use styleProperties() from @devisus/core.',
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'benchmarks/**/*.mjs', '*.config.{js,mjs}', '.ci/**', 'packages/collector/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/test/**', 'benchmarks/**'],
    languageOptions: { globals: { ...globals.mocha } },
    // chai's expect(x).to.be.true reads as an expression.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  prettier,
);
