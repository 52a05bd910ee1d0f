// A composable under test, set up in a component of its own with the app's query client and the test's API
// (what useApi() and vue-query read).
import { VueQueryPlugin } from '@tanstack/vue-query'
import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import type { ApiClient } from '../src/api/client'
import { APP_CONTEXT } from '../src/app-context'
import { createAppQueryClient } from '../src/query-client'

export function mountWithApi(api: ApiClient, setup: () => unknown) {
  const Probe = defineComponent({
    setup: () => {
      setup()
      return {}
    },
    render: () => h('div'),
  })
  return mount(Probe, {
    global: {
      plugins: [[VueQueryPlugin, { queryClient: createAppQueryClient() }]],
      provide: { [APP_CONTEXT as symbol]: { api, config: {}, demoAccounts: null } },
    },
  })
}
