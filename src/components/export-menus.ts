// The export menu, loaded only where it is shown (for users who may export): most users never
// download its code (a table's menu with its file code: features/shared/table-export-menu.ts).
import { defineAsyncComponent } from 'vue'

export const ExportMenu = defineAsyncComponent(() => import('./ExportMenu.vue'))
