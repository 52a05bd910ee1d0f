// A table's export menu (CSV, XLSX), loaded only where it is shown (for users who may export): most users
// never download its code, nor the file writers behind it.
import { defineAsyncComponent } from 'vue'

/** What a page tells a section's table files: the unit and period they hold, the notes on its units, the source. */
export interface TableFileSubject {
  unitName: string
  range: { from: string; to: string }
  notes?: string[]
  source?: string
}

export const TableExportMenu = defineAsyncComponent(() => import('./TableExportMenu.vue'))
