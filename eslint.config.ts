import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', '.bench/**', 'node_modules/**', 'public/mockServiceWorker.js', 'test-results/**', 'playwright-report/**'] },
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
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'echarts', message: 'Import from echarts/core through src/charts/registry.ts.' },
          { name: 'vue-i18n', importNames: ['useI18n'], message: 'Take t from useMessages (src/i18n/use-messages.ts): vue-i18n\'s own t costs a context per call.' },
        ],
      }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Where the language itself is read or switched.
    files: ['src/i18n/**', 'src/components/AppLanguageSwitch.vue'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'echarts', message: 'Import from echarts/core through src/charts/registry.ts.' }] }],
    },
  },
)
