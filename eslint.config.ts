import js from '@eslint/js'
import type { Linter } from 'eslint'
import pluginVue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const ECHARTS = { name: 'echarts', message: 'Import from echarts/core through src/charts/registry.ts.' }
const USE_I18N = {
  name: 'vue-i18n',
  importNames: ['useI18n'],
  message: "Take t from useMessages (src/i18n/use-messages.ts): vue-i18n's own t costs a context per call.",
}

// Of export/, components read only the column definition every table is drawn from (the screen and each file).
const COMPONENTS_NEVER = ['api', 'stores', 'charts', 'export/(?!columns$|table$)[^/]+']

/** The design's "never" arrows (architecture.json): the folders of src/ a folder must not import, and why. */
const NEVER: Array<{ files: string[]; parts: string[]; why: string }> = [
  { files: ['src/domain/**'], parts: ['api', 'features', 'charts', 'stores'], why: 'The domain is pure: values in.' },
  {
    files: ['src/api/**'],
    parts: ['components', 'stores', 'mocks'],
    why: 'The data layer knows no component, reads no client state and never depends on the mocks.',
  },
  { files: ['src/stores/**'], parts: ['api', 'router'], why: 'Stores never fetch, nor reach up into the router.' },
  {
    files: ['src/charts/**'],
    parts: ['stores', 'components', 'export'],
    why: 'A chart gets its palette as a value, and its export menu and file code from the feature (exportInfo.files).',
  },
  {
    files: ['src/components/**'],
    parts: COMPONENTS_NEVER,
    why: 'Shared components get data as props; they import no chart and no file code (features wire those in).',
  },
  { files: ['src/features/**'], parts: ['mocks'], why: 'The app never depends on its mocks.' },
  { files: ['src/export/**'], parts: ['features'], why: 'Files are built from definitions, not pages.' },
]
const restrictImports = (options: object): Linter.RuleEntry => ['error', options]
const neverPattern = (parts: string[], why: string) => ({ regex: `^(\\.\\./)+(${parts.join('|')})(/|$)`, message: why })

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      '.bench/**',
      '.build/**',
      'node_modules/**',
      'public/mockServiceWorker.js',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'vue/no-v-html': 'error',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'no-restricted-imports': ['error', { paths: [ECHARTS, USE_I18N] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  ...NEVER.map(({ files, parts, why }) => ({
    files,
    rules: {
      'no-restricted-imports': restrictImports({ paths: [ECHARTS, USE_I18N], patterns: [neverPattern(parts, why)] }),
    },
  })),
  {
    // Where the language itself is read or switched.
    files: ['src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ECHARTS] }] },
  },
  {
    files: ['src/components/AppLanguageSwitch.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ECHARTS],
          patterns: [neverPattern(COMPONENTS_NEVER, 'Shared components get data as props.')],
        },
      ],
    },
  },
  // Layout is Prettier's (`npm run lint` checks it); what it cannot break, a line past 120 characters, fails here.
  prettier,
  { rules: { 'max-len': ['error', { code: 120, ignoreRegExpLiterals: true, ignoreUrls: true }] } },
)
