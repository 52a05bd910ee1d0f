// A table's export menu (CSV, XLSX), loaded only where it is shown (for users who may export): most users
// never download its code, nor the file writers behind it.
import { defineAsyncComponent } from 'vue'

export const TableExportMenu = defineAsyncComponent(() => import('./TableExportMenu.vue'))
