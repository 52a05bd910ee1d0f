// The overview's panels below its first screen, imported together: each panel waiting on its own import would be
// drawn as its import resolves, and Vite's preload lets only the first importer wait for the chunk's stylesheet —
// the lagging list could be drawn a frame before the ranking above it, right under the first screen, and count
// as near (asking its months behind with the first screen).
export { default as OverviewRanking } from './OverviewRanking.vue'
export { default as OverviewLagging } from './OverviewLagging.vue'
export { default as OverviewTiers } from './OverviewTiers.vue'
export { default as OverviewMap } from './OverviewMap.vue'
