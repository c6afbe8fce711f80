import type { FeedShow } from '../domain/feeds.ts'
import { formatMoney } from '../domain/currency.ts'
import { publicShowTiming, showTitle, type ShowTiming } from '../domain/public-show-timing.ts'
import { publicBusinessOf } from '../domain/public-shows.ts'
import type { PublicStatus } from '../domain/tickets.ts'

export interface PublicPageModel {
  actName: string
  /** Public shows only (isPublic), any order. */
  shows: FeedShow[]
  now: Date
  icsPath: string
  jsonPath: string
  /** schema.org JSON-LD of the shows, already escaped for a script element (interop/schema-org). */
  structuredData?: string
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)

function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' })
}

/** The zone's short name at an instant where it has one (EDT, BST), else its UTC offset (GMT+2). */
function zoneLabel(zone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? zone
}

const STATUS_BADGES: Record<PublicStatus, string> = {
  scheduled: '',
  'on-sale': 'On sale',
  'sold-out': 'Sold out',
  postponed: 'Postponed',
  rescheduled: 'Rescheduled',
  moved: 'Moved',
  cancelled: 'Cancelled',
}
const OFFER_NAMES = { tickets: 'Tickets', presale: 'Presale', vip: 'VIP', free: 'Free entry' } as const

function price(minor: number | null, currency: string | null): string {
  if (minor === null || currency === null) return ''
  return formatMoney(minor, currency)
}

/** The offers listed now: a link while on sale, the on-sale time (venue clock) before, "sold out" after. */
function offerList(show: FeedShow, offers: ReturnType<typeof publicBusinessOf>['offers']): string {
  if (offers.length === 0) return ''
  const items = offers.map((o) => {
    const name = [OFFER_NAMES[o.kind], o.label].filter(Boolean).join(': ')
    const cost = price(o.priceMinor, o.currency)
    const label = `${esc(name)}${cost ? ` · ${esc(cost)}` : ''}`
    if (o.availability === 'sold-out') return `<li class="offer sold-out" data-availability="sold-out">${label} <strong class="badge">Sold out</strong></li>`
    if (o.availability === 'pre-order')
      return `<li class="offer" data-availability="pre-order">${label}: on sale <time datetime="${esc(o.onSaleAt?.toISOString() ?? '')}">${esc(o.onSaleLocal?.replace('T', ' ') ?? '')}</time> <span class="zone">local time</span> · <a href="${esc(o.url)}" rel="noopener">details<span class="visually-hidden"> for ${esc(name)}, ${esc(showTitle(show))}</span></a></li>`
    return `<li class="offer" data-availability="in-stock"><a class="buy" href="${esc(o.url)}" rel="noopener">${label}<span class="visually-hidden">, ${esc(showTitle(show))}</span></a></li>`
  })
  return `<ul class="offers">${items.join('')}</ul>`
}

function showItem(show: FeedShow, timing: ShowTiming, now: Date): string {
  const { doors, setStart } = show.times
  const times = [doors ? `Doors ${doors}` : '', setStart ? `Show ${setStart}` : ''].filter(Boolean).join(' · ')
  const isCancelled = show.status === 'cancelled'
  const business = publicBusinessOf(show, now)
  const badge = STATUS_BADGES[business.status]
  const history = [
    business.status === 'postponed' ? 'New date to be announced.' : '',
    business.previousDates.length ? `Was ${business.previousDates.map((d) => formatDate(d.localDate)).join(', then ')}.` : '',
    business.movedFrom ? `Moved from ${business.movedFrom.name}, ${business.movedFrom.city}.` : '',
  ].filter(Boolean)
  const { name, city, country } = show.venue
  return `<li class="show${isCancelled ? ' cancelled' : ''}" id="show-${esc(show.id)}" data-show-id="${esc(show.id)}" data-status="${business.status}">
  <time datetime="${esc(show.localDate)}">${esc(formatDate(show.localDate))}</time>
  <div>
    <p class="title">${esc(showTitle(show))}${badge ? ` <strong class="badge">${badge}</strong>` : ''}</p>
    <p class="place">${esc(name)} · ${esc(city)}, ${esc(country)}</p>
    ${times ? `<p class="times">${esc(times)} <abbr title="${esc(show.venue.timeZone)}">${esc(zoneLabel(show.venue.timeZone, timing.start))}</abbr> <span class="zone">local time</span></p>` : ''}
    ${history.length ? `<p class="history">${esc(history.join(' '))}</p>` : ''}
    ${offerList(show, business.offers)}
  </div>
</li>`
}

function section(id: string, heading: string, items: { show: FeedShow; timing: ShowTiming }[], now: Date): string {
  if (items.length === 0) return ''
  return `<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2><ol class="shows">${items.map((i) => showItem(i.show, i.timing, now)).join('\n')}</ol></section>`
}

const STYLE = `:root{color-scheme:light dark;--bg:#fafaf7;--fg:#1c1c1c;--muted:#5b5b5b;--line:#e2e2dc;--accent:#0b6b4f;--warn:#a4261d}
@media (prefers-color-scheme:dark){:root{--bg:#121412;--fg:#ecece8;--muted:#a5a8a2;--line:#2b2f2b;--accent:#5fd3a8;--warn:#ff8a80}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem 3rem}h1{font-size:1.75rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:2rem 0 .5rem;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
a{color:var(--accent)}.feeds{display:flex;gap:1rem;flex-wrap:wrap;margin:.5rem 0 0}.shows{list-style:none;margin:0;padding:0}
.show{display:grid;grid-template-columns:7.5rem 1fr;gap:.75rem;padding:.9rem 0;border-top:1px solid var(--line)}.show p{margin:0}
.show time{font-weight:600}.title{font-weight:600}.place,.times,.empty{color:var(--muted)}.zone{font-size:.85em}
.cancelled .title,.cancelled .place,.cancelled time{text-decoration:line-through}.history{color:var(--muted);font-size:.9rem}
.offers{list-style:none;margin:.4rem 0 0;padding:0;display:flex;flex-direction:column;gap:.35rem}.offer{color:var(--muted)}
.buy{display:inline-block;min-height:44px;line-height:44px;padding:0 1rem;border:1px solid var(--accent);border-radius:.4rem;text-decoration:none;font-weight:600}
.sold-out{text-decoration:line-through}.sold-out .badge{text-decoration:none}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.badge{color:var(--warn);font-size:.8rem;text-transform:uppercase;margin-left:.4rem;display:inline-block;text-decoration:none}
@media (max-width:30rem){.show{grid-template-columns:1fr;gap:.2rem}}`

/** The page's description for search engines: who, and how many dates are coming up. */
function describeShows(actName: string, upcoming: number): string {
  if (upcoming === 0) return `${actName}: tour dates, tickets and a calendar to subscribe to.`
  return `${actName}: ${upcoming} upcoming show${upcoming === 1 ? '' : 's'}, with dates on each venue's clock and a calendar to subscribe to.`
}

/**
 * The public page of an act: announced shows, upcoming first (soonest on top), then past ones
 * (latest on top), with dates and times on each venue's clock. No script (the JSON-LD block is data,
 * never run); light and dark follow the reader's system setting.
 */
export function renderPublicPage(model: PublicPageModel): string {
  const items = model.shows.map((show) => ({ show, timing: publicShowTiming(show) }))
  const now = model.now.getTime()
  const upcoming = items.filter((i) => i.timing.end.getTime() > now).sort((a, b) => a.timing.start.getTime() - b.timing.start.getTime())
  const past = items.filter((i) => i.timing.end.getTime() <= now).sort((a, b) => b.timing.start.getTime() - a.timing.start.getTime())
  const name = esc(model.actName)
  const body =
    items.length === 0
      ? `<p class="empty">No shows announced right now. Subscribe to the calendar to see new dates as soon as they are announced.</p>`
      : `${section('upcoming', 'Upcoming', upcoming, model.now) || '<p class="empty">No upcoming shows announced yet.</p>'}\n${section('past', 'Past', past, model.now)}`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name}: shows</title>
<meta name="description" content="${esc(describeShows(model.actName, upcoming.length))}">
<link rel="alternate" type="text/calendar" title="${name} shows" href="${esc(model.icsPath)}">
<link rel="alternate" type="application/json" title="${name} shows" href="${esc(model.jsonPath)}">
<style>${STYLE}</style>
${model.structuredData ? `<script type="application/ld+json">${model.structuredData}</script>\n` : ''}</head>
<body>
<main>
<header><h1>${name}</h1><p class="feeds"><a href="${esc(model.icsPath)}">Add to your calendar (.ics)</a><a href="${esc(model.jsonPath)}">Shows as JSON</a></p></header>
${body}
</main>
</body>
</html>
`
}
