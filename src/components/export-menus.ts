// The export menus, loaded only where they are shown (for users who may export): most users never
// download their code.
import { defineAsyncComponent } from 'vue'

export const ExportMenu = defineAsyncComponent(() => import('./ExportMenu.vue'))
export const TableExportMenu = defineAsyncComponent(() => import('./TableExportMenu.vue'))
