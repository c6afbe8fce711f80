import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The web app lives in web/; `npm run dev:web` proxies the API to a running `npm start`.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000', '/public': 'http://localhost:3000' } },
})
