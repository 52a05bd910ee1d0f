// The period the shown page is about, as its own words say it, for the header (on screen and on paper): a page
// whose period is not the URL's months (the weekly view's weeks, the index on one week) says it here.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const usePagePeriodStore = defineStore('page-period', () => {
  /** The page's own period label; null: the header reads the URL's months. */
  const label = ref<string | null>(null)
  return { label }
})
