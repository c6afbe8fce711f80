/** The service worker's cache of read-only API answers (vite.config.ts runtimeCaching; keep in step). */
export const API_CACHE = 'greenroom-api-v1'
