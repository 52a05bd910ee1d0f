/** Set by vite.config.ts: false in a build made with INCLUDE_MOCKS=false (no mock code in dist/). */
declare const __INCLUDE_MOCKS__: boolean
