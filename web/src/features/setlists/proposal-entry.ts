// A proposal's page on its own (router.tsx): the editing pages load when first opened.
import './setlists.css'
import { warmDateFormats } from '../shows/zoned-time.ts'
import { WHEN_FORMAT } from './proposal-page.tsx'
export { ProposalPage } from './proposal-page.tsx'

// the page's one date format, made while the proposal's answer is on its way (ADR 056)
warmDateFormats([WHEN_FORMAT])
