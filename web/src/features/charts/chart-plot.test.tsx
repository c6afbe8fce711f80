import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import type { ChartRun } from '../../api/charts-api.ts'
import { ChartPlot, runSummary } from './chart-plot.tsx'

const run: ChartRun = {
  chart: 'iTunes',
  genre: 'Pop',
  territory: null,
  kind: 'pre-order',
  label: 'iTunes Pop pre-order',
  subject: {
    kind: 'release-group',
    id: '0190c4a8-0000-7000-8000-000000000001',
    title: '24/Seven',
    editionName: null,
    releaseGroupId: '0190c4a8-0000-7000-8000-000000000001',
  },
  entries: [
    { id: '0190c4a8-0000-7000-8000-00000000000a', chartDate: '2013-05-28', position: 14 },
    { id: '0190c4a8-0000-7000-8000-00000000000b', chartDate: '2013-06-03', position: 5 },
  ],
  peakPosition: 5,
  peakDate: '2013-06-03',
  firstDate: '2013-05-28',
  lastDate: '2013-06-03',
  weeksOnChart: 2,
}

describe('ChartPlot', () => {
  it('draws an image whose label says what the plot shows, beside a table of the same data', () => {
    const html = renderToStaticMarkup(<ChartPlot run={run} />)
    expect(html).toContain('role="img"')
    expect(html).toContain(`aria-label="${runSummary(run)}"`)
    expect(runSummary(run)).toBe(
      '24/Seven on the iTunes Pop pre-order chart: 2 entries from May 28, 2013 to June 3, 2013, peak No. 5 on June 3, 2013, 2 weeks on the chart.',
    )
    expect(html).toMatch(/<table[^>]*>.*May 28, 2013.*No\. 14.*June 3, 2013.*No\. 5.*<\/table>/)
    // Each point carries its position as a label; the peak is marked.
    expect(html.match(/<circle/g)).toHaveLength(2)
    expect(html).toContain('chart-plot-point--peak')
    expect(html).toMatch(/<text[^>]*>14<\/text>/)
    expect(html).toMatch(/<text[^>]*>5<\/text>/)
  })

  it('draws the No. 5 above the No. 14: the axis is inverted', () => {
    const html = renderToStaticMarkup(<ChartPlot run={run} />)
    const ys = [...html.matchAll(/<circle cx="[^"]+" cy="([^"]+)"/g)].map((m) => Number(m[1]))
    expect(ys[1]).toBeLessThan(ys[0]!)
  })
})
