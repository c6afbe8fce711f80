/**
 * OpenAPI operationIds, derived from a route's method and path so that a new route is named the
 * day it is mounted: `GET /works` → listWorks, `POST /works` → createWork, `GET /works/{workId}` →
 * getWork, `PUT /works/{workId}/holds/{holdId}` → updateWorkHold. Generated clients use these names.
 * The few routes whose path does not say what they do (actions, singletons) are named in `named`.
 */
const named: Record<string, string> = {
  'POST /api/auth/signup': 'signUp',
  'POST /api/auth/login': 'logIn',
  'POST /api/auth/logout': 'logOut',
  'GET /api/me': 'getMe',
  'GET /api/health': 'getHealth',
  'GET /api/invites/{token}': 'getInvite',
  'POST /api/invites/{token}/accept': 'acceptInvite',
  'GET /api/workspaces/{workspaceId}': 'getWorkspace',
  'GET /api/workspaces/{workspaceId}/export': 'exportWorkspace',
  'PUT /api/workspaces/{workspaceId}/members/{userId}': 'changeMemberRole',
  'GET /api/workspaces/{workspaceId}/events': 'streamEvents',
  'PUT /api/workspaces/{workspaceId}/acts/{actId}/public-handle': 'claimActPublicHandle',
  'DELETE /api/workspaces/{workspaceId}/acts/{actId}/public-handle': 'releaseActPublicHandle',
  'POST /api/workspaces/{workspaceId}/setlists/apply': 'applySetlist',
  'POST /api/workspaces/{workspaceId}/planner/runs': 'startPlannerRun',
  'POST /api/workspaces/{workspaceId}/planner/runs/{runId}/cancel': 'cancelPlannerRun',
  'POST /api/workspaces/{workspaceId}/shows/check-conflicts': 'checkShowConflicts',
  'GET /api/workspaces/{workspaceId}/shows/{showId}/page': 'getShowPage',
  'POST /api/workspaces/{workspaceId}/commitments/check-conflicts': 'checkCommitmentConflicts',
  'GET /api/workspaces/{workspaceId}/exports/cwr': 'previewCwrExport',
  'POST /api/workspaces/{workspaceId}/exports/cwr': 'exportCwr',
  'GET /api/workspaces/{workspaceId}/setlists/versions/{versionId}/stage': 'getStageSheet',
  'GET /api/workspaces/{workspaceId}/works/{workId}/split-sheet.pdf': 'getSplitSheet',
  'GET /api/workspaces/{workspaceId}/shows/{showId}/settlement.pdf': 'getSettlementSheet',
  'POST /api/workspaces/{workspaceId}/shows/{showId}/settlement/approve': 'approveSettlement',
  'POST /api/workspaces/{workspaceId}/shows/{showId}/settlement/reopen': 'reopenSettlement',
  'GET /api/workspaces/{workspaceId}/tours/{tourId}/money': 'getTourMoney',
  'PUT /api/workspaces/{workspaceId}/tours/{tourId}/money': 'updateTourHomeCurrency',
  'GET /api/workspaces/{workspaceId}/me/free-works': 'listMyFreeWorks',
  'GET /api/workspaces/{workspaceId}/rights/expiring': 'listExpiringHolds',
  'GET /api/workspaces/{workspaceId}/shows/{showId}/guests': 'getShowGuestList',
  'PUT /api/workspaces/{workspaceId}/shows/{showId}/guests': 'updateShowGuestList',
  'POST /api/workspaces/{workspaceId}/shows/{showId}/guests/requests/{guestRequestId}/decision': 'decideShowGuestRequest',
  'POST /api/workspaces/{workspaceId}/shows/{showId}/guests/requests/{guestRequestId}/check-in': 'checkInShowGuest',
  'DELETE /api/workspaces/{workspaceId}/shows/{showId}/guests/requests/{guestRequestId}/check-in': 'undoShowGuestCheckIn',
  'GET /api/workspaces/{workspaceId}/shows/{showId}/guests/door-list.pdf': 'getShowDoorListPdf',
  'GET /api/workspaces/{workspaceId}/shows/{showId}/guests/door-list.csv': 'getShowDoorListCsv',
  'GET /api/workspaces/{workspaceId}/days/{dayId}/sheet.pdf': 'getDaySheetPdf',
  'GET /api/workspaces/{workspaceId}/tours/{tourId}/book.pdf': 'getTourBookPdf',
  'GET /public/{handle}': 'getPublicPage',
  'GET /public/{handle}/shows.ics': 'getPublicCalendar',
  'GET /public/{handle}/shows.json': 'listPublicShows',
  'GET /feeds/{token}.ics': 'getPrivateCalendar',
  'GET /api/workspaces/{workspaceId}/shows/{showId}/advance': 'getShowAdvance',
  'PUT /api/workspaces/{workspaceId}/shows/{showId}/advance': 'updateShowAdvance',
  'GET /api/workspaces/{workspaceId}/venues/{venueId}/advance': 'getVenueAdvance',
  'PUT /api/workspaces/{workspaceId}/venues/{venueId}/advance': 'updateVenueAdvance',
  'POST /api/workspaces/{workspaceId}/shows/{showId}/promoter-links/{linkId}/revoke': 'revokePromoterLink',
  'POST /api/workspaces/{workspaceId}/shows/{showId}/promoter-links/{linkId}/accept': 'acceptPromoterAnswer',
  'POST /api/workspaces/{workspaceId}/shows/{showId}/promoter-links/{linkId}/dismiss': 'dismissPromoterAnswer',
  'GET /advance/{token}': 'getPromoterForm',
  'POST /advance/{token}': 'answerPromoterForm',
}

/** Words that look plural but name one thing (a GET on them reads it, a PUT replaces it). */
const singular = new Set([
  'settings',
  'availability',
  'publishing',
  'timeline',
  'setlist',
  'played',
  'diff',
  'play-history',
  'chart-history',
  'planner-settings',
  'setlist-settings',
  'setlist-rule-context',
  'tickets',
  'settlement',
  'money-settings',
])

export function operationIdFor(method: string, url: string): string {
  const upper = method.toUpperCase()
  const key = `${upper} ${url}`
  const fixed = named[key]
  if (fixed) return fixed
  const transfer = /^\/api\/workspaces\/\{workspaceId\}\/(import|export)s\/([\w-]+)$/.exec(url)
  if (upper === 'POST' && transfer) return `${transfer[1]}${pascal(transfer[2]!)}`
  const rest = url.replace(/^\/api\/workspaces\/\{workspaceId\}/, '').replace(/^\/api/, '')
  const segments = rest.split('/').filter(Boolean)
  const last = segments.at(-1) ?? ''
  const onItem = last.startsWith('{')
  const words: string[] = []
  segments.forEach((segment, i) => {
    if (segment.startsWith('{')) return
    const isLast = i === segments.length - 1
    words.push(!isLast || (upper !== 'GET' && !singular.has(segment)) ? singularOf(segment) : segment)
  })
  const noun = words.map(pascal).join('')
  const verb = verbFor(upper, onItem, singular.has(last))
  return `${verb}${noun}`
}

function verbFor(method: string, onItem: boolean, isSingleton: boolean): string {
  switch (method) {
    case 'GET':
      return onItem || isSingleton ? 'get' : 'list'
    case 'POST':
      return 'create'
    case 'PUT':
      return onItem || isSingleton ? 'update' : 'replace'
    case 'PATCH':
      return 'patch'
    case 'DELETE':
      return 'delete'
    default:
      return method.toLowerCase()
  }
}

function singularOf(word: string): string {
  if (word === 'people') return 'person'
  if (/(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

function pascal(word: string): string {
  return word
    .split(/[-_.]/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')
}
