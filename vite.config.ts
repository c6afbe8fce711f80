import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'

/** Bump when the shape of cached API answers changes; old caches are then dropped. Kept in step with web/src/offline/cache-names.ts. */
const API_CACHE = 'greenroom-api-v1'

/**
 * Writes a .br and a .gz beside every text file of the build, compressed once at the highest level;
 * the server sends them to browsers that accept them (@fastify/static preCompressed, src/http/web-app.ts),
 * so a phone downloads about a third of the bytes and the server never compresses per request.
 */
function precompress(): Plugin {
  return {
    name: 'greenroom-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'web/dist'
      for (const file of Object.values(bundle)) {
        if (!/\.(js|css|html|svg|webmanifest|json|txt)$/.test(file.fileName)) continue
        const source = file.type === 'chunk' ? file.code : file.source
        const bytes = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source)
        if (bytes.length < 1024) continue
        const path = join(dir, file.fileName)
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
        )
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }))
      }
    },
  }
}

/**
 * The stylesheet first in <head>, before theme-init.js and the entry. Vite writes it after the entry's script: the
 * browser then asks for it last, and a phone on HTTP/1.1 (6 connections per host) has it wait for a free
 * connection behind the scripts, though the first paint waits for it and not for them (ADR 055).
 */
function stylesheetFirst(): Plugin {
  return {
    name: 'greenroom-stylesheet-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const sheets = html.match(/<link rel="stylesheet"[^>]*>/g) ?? []
        const rest = html.replace(/\s*<link rel="stylesheet"[^>]*>/g, '')
        const at = rest.indexOf('<script src="/theme-init.js">')
        return sheets.length === 0 || at < 0 ? html : `${rest.slice(0, at)}${sheets.join('\n    ')}\n    ${rest.slice(at)}`
      },
    },
  }
}

// The web app lives in web/; `npm run dev:web` proxies the API to a running `npm start`.
export default defineConfig(({ command }) => ({
  root: 'web',
  plugins: [
    react(),
    stylesheetFirst(),
    precompress(),
    // Installable app + a service worker that precaches the built shell and keeps the last answers
    // of the read-only API calls a set list needs, so an agreed set list opens with no connection.
    VitePWA({
      registerType: 'prompt', // a new version waits for the user (or for every tab to close): never reloads mid-edit
      injectRegister: false, // registered from web/src/offline/, lazily, so the first-visit JavaScript does not grow
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['favicon.svg', 'theme-init.js'],
      manifest: {
        name: 'Greenroom',
        short_name: 'Greenroom',
        description: 'A working band’s musical life in one shared place: people, songs, tours, set lists.',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#f6f6f3', // --bg in web/src/styles/tokens.css (light)
        background_color: '#f6f6f3',
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // Web Push (ADR 044): shows a push and opens its page on a click (web/public/push-sw.js)
        importScripts: ['/push-sw.js'],
        clientsClaim: true,
        // Any page address opens the app shell; the server's own pages and files never do.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/public\//, /^\/feeds\//],
        runtimeCaching: [
          {
            // A show's set list and what was played there: "none applied yet" and "not recorded"
            // (404) are answers too, kept so that a show's page reads the same offline as online.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/api\/workspaces\/[^/]+\/shows\/[^/]+\/(setlist|played)$/.test(url.pathname),
            method: 'GET',
            handler: 'NetworkFirst',
            options: {
              cacheName: API_CACHE,
              networkTimeoutSeconds: 3,
              cacheableResponse: { statuses: [200, 404] },
              expiration: { maxEntries: 1000, maxAgeSeconds: 30 * 24 * 60 * 60 },
            },
          },
          {
            // Reads only (Workbox routes GET unless told otherwise; POST/PUT/DELETE are never cached):
            // who I am, the workspace, its set lists, shows, acts, tours, members and day sheets. Not the live
            // event stream, not stage sheets (downloads) and not calendar feeds.
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin &&
              (url.pathname === '/api/me' ||
                (/^\/api\/workspaces\/[^/]+(\/(setlists|shows|acts|tours|members|days|day-sheets)(\/.*)?)?$/.test(url.pathname) &&
                  !/\/(events|stage|door-list\.pdf|door-list\.csv)$/.test(url.pathname))),
            method: 'GET',
            handler: 'NetworkFirst',
            options: {
              cacheName: API_CACHE,
              networkTimeoutSeconds: 3,
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 1000, maxAgeSeconds: 30 * 24 * 60 * 60 },
            },
          },
        ],
      },
    }),
  ],
  resolve: {
    // Preact in place of React in the web app (ADR 053): the same components through preact/compat, about 200 KB
    // less in the entry every page loads first. The server's mail templates keep React (src/usecases/mail).
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      // react-router's package exports name only its development build (ENABLE_DEV_WARNINGS on: route warnings
      // checked on every match and render); a build takes the production one it ships beside it, same code otherwise.
      ...(command === 'build'
        ? [{ find: /^react-router$/, replacement: fileURLToPath(new URL('node_modules/react-router/dist/production/index.mjs', import.meta.url)) }]
        : []),
    ],
  },
  // manifest: the server reads which chunks each page needs from it (src/http/route-preload.ts, ADR 052)
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      output: {
        // Fewer, larger files on a page's first visit (ADR 055): a phone on HTTP/1.1 fetches 6 at a time, so each
        // file past the sixth waits a round trip. `app`: everything the entry imports, in the entry's own file
        // (Rolldown otherwise splits what the entry shares with the pages into four more files, one of 100 bytes).
        // `shell`: the small modules the pages share (page header, empty state, forms, formatting, zoned times,
        // the rights labels; none with a stylesheet, which every page would then load), one file rather than one
        // each (the home page's own files 9 → 3).
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 2 },
            {
              name: 'shell',
              test: /web\/src\/(components\/|format\/|api\/use-resource\.ts|features\/shows\/zoned-time\.ts|features\/rights\/rights-labels)/,
              minShareCount: 2,
              priority: 1,
            },
            // `setlist`: the set lists' model and API and the outbox their edits go through, which `show` below would
            // otherwise pull in (a group takes its modules' imports): the set lists' page loads these and not the show's.
            { name: 'setlist', test: /web\/src\/(api\/setlists-api|features\/setlists\/setlist-model|offline\/outbox)\.ts$/, priority: 1 },
            // `show`: the modules a show's page shares with other pages (the API modules of its panels, the set list's
            // view, react-query's mutations, the show's times and draft), one file rather than ~12 of
            // 0.2–5 KB, so a show asks for 21 → 9 files beside the entry (ADR 058). None has a stylesheet: those
            // (badges, conflicts, advance, tickets, the set list's and play history's) stay in their own chunks, so
            // a page that loads this file loads no new CSS.
            {
              name: 'show',
              test: /(web\/src\/(api\/(touring|road|played|guests|advance|business)-api\.ts|features\/tours\/touring-permissions\.ts|features\/shows\/(show-words|show-draft|staged-sections)\.ts|features\/setlists\/(setlist-view|stage-downloads|changes-list)\.tsx)|src\/domain\/(show-time-days|setlist-diff)\.ts|@tanstack\/(query-core\/build\/modern\/mutationObserver|react-query\/build\/modern\/useMutation)\.js)$/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/public': 'http://localhost:3000' } },
}))
