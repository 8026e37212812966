import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'storybook-static/', '.tmp/', 'site/', '.scratch/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      // Data is never parsed as markup.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Data must never be parsed as markup.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Data must never be parsed as markup.' },
            ...['lit', 'lit-element', '@lit/reactive-element', '@lit/reactive-element/css-tag.js'].map((name) => ({
              name,
              importNames: ['unsafeCSS'],
              message: 'Styles are written as css``, never built from strings.',
            })),
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data must never be parsed as markup.' },
        { property: 'outerHTML', message: 'Data must never be parsed as markup.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    // chai's `expect(x).to.exist` is an expression by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // CommonJS files (dependency-cruiser's config and what it requires) load their modules with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
