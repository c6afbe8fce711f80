import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { FeedShow } from '../domain/feeds.ts'
import { renderPublicPage } from './public-page.ts'

function show(id: string, localDate: string, extra: Partial<FeedShow> = {}): FeedShow {
  const startsAt = new Date(`${localDate}T23:30:00Z`)
  return {
    id,
    headliner: { actId: 'a', name: 'Big Time Rush' },
    billing: [],
    localDate,
    times: { loadIn: null, soundcheck: null, doors: '18:30', setStart: null, curfew: '23:00' },
    startsAt,
    endsAt: new Date(startsAt.getTime() + 4.5 * 3600_000),
    status: 'confirmed',
    announcement: 'announced',
    announceAt: null,
    version: 1,
    venue: { name: 'Rosemont Theatre', address: '', city: 'Rosemont', country: 'US', latitude: null, longitude: null, timeZone: 'America/Chicago' },
    ...extra,
  }
}

const page = (shows: FeedShow[], now: string) =>
  renderPublicPage({ actName: 'Big Time Rush', shows, now: new Date(now), icsPath: '/public/btr/shows.ics', jsonPath: '/public/btr/shows.json' })
const order = (html: string) => [...html.matchAll(/data-show-id="([^"]+)"/g)].map((m) => m[1])

describe('the public page', () => {
  it('counts a show still going on as upcoming, and a finished one as past', () => {
    // The 2013-07-12 show runs 23:30Z to 04:00Z the next day.
    const html = page([show('past', '2013-07-01'), show('tonight', '2013-07-12'), show('next', '2013-07-20')], '2013-07-13T02:00:00Z')
    expect(order(html)).toEqual(['tonight', 'next', 'past'])
  })

  it('says there is nothing upcoming when every show is past', () => {
    const html = page([show('past', '2013-07-01')], '2014-01-01T00:00:00Z')
    expect(html).toContain('No upcoming shows announced yet.')
    expect(order(html)).toEqual(['past'])
  })

  it('escapes every name it prints', () => {
    const html = renderPublicPage({
      actName: 'Big <Time> "Rush"',
      now: new Date('2013-01-01T00:00:00Z'),
      icsPath: '/x.ics',
      jsonPath: '/x.json',
      shows: [
        show('s1', '2013-07-01', {
          venue: { name: '<script>alert(1)</script>', address: '', city: 'A & B', country: 'US', latitude: null, longitude: null, timeZone: 'America/Chicago' },
        }),
      ],
    })
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; · A &amp; B, US')
    expect(html).toContain('<h1>Big &lt;Time&gt; &quot;Rush&quot;</h1>')
  })

  it('shows dates and times as they are at the venue', () => {
    const html = page([show('s1', '2013-07-12')], '2013-01-01T00:00:00Z')
    expect(html).toContain('<time datetime="2013-07-12">Fri, Jul 12, 2013</time>')
    expect(html).toContain('Doors 18:30 <abbr title="America/Chicago">CDT</abbr>')
  })
})

describe('what search engines read', () => {
  it('gives the public page a description naming the act and its upcoming dates', () => {
    const html = page([show('past', '2013-07-01'), show('next', '2013-07-20'), show('later', '2013-07-21')], '2013-07-13T02:00:00Z')
    expect(html).toMatch(/<meta name="description" content="Big Time Rush: 2 upcoming shows, [^"]+">/)
    expect(page([], '2013-07-13T02:00:00Z')).toMatch(/<meta name="description" content="Big Time Rush: tour dates[^"]+">/)
  })

  it('serves a robots.txt that lets public pages be indexed and keeps the app out', () => {
    const text = readFileSync(new URL('../../web/public/robots.txt', import.meta.url), 'utf8')
    const rules = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
    // Every line is a known field with a value (robots.txt as Google and RFC 9309 read it).
    for (const line of rules) expect(line).toMatch(/^(User-agent|Allow|Disallow|Sitemap): \S+$/)
    expect(rules[0]).toBe('User-agent: *')
    expect(rules).toContain('Allow: /public/')
    expect(rules).toContain('Disallow: /')
  })
})
