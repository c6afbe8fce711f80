// The settlement page's own chunk (router.tsx).
export { SettlementPage } from './settlement-page.tsx'
