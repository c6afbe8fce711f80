/** Where a chart run's points go in the plot: pure, so it is tested without a browser. */

export interface PlotPoint {
  /** YYYY-MM-DD */
  chartDate: string
  /** 1 is the top of the chart. */
  position: number
}

export interface PlotBox {
  width: number
  height: number
  top: number
  right: number
  bottom: number
  left: number
}

export interface ChartScale {
  /** Horizontal coordinate of a day: the first day at the left edge, the last at the right; one day alone in the middle. */
  x: (chartDate: string) => number
  /** Vertical coordinate of a position: No. 1 at the top (an inverted axis), `lowest` at the bottom. */
  y: (position: number) => number
  /** The position at the bottom of the axis: a round number beyond the run's worst position, so no point sits on the axis line. */
  lowest: number
  /** Positions to mark on the axis, top first. */
  ticks: number[]
}

export const PLOT_BOX: PlotBox = { width: 320, height: 160, top: 14, right: 18, bottom: 26, left: 38 }

const ROUND_BOTTOMS = [5, 10, 20, 40, 50, 100, 150, 200, 300, 500, 1000, 2000, 5000, 10_000]

function dayNumber(chartDate: string): number {
  return Date.parse(`${chartDate}T00:00:00Z`) / 86_400_000
}

/** The plot's scales for a run's points (at least one) in a box. */
export function chartScale(points: readonly PlotPoint[], box: PlotBox = PLOT_BOX): ChartScale {
  const worst = Math.max(1, ...points.map((p) => p.position))
  const lowest = ROUND_BOTTOMS.find((n) => n > worst) ?? Math.ceil((worst + 1) / 1000) * 1000
  const days = points.map((p) => dayNumber(p.chartDate))
  const first = Math.min(...days)
  const last = Math.max(...days)
  const innerWidth = box.width - box.left - box.right
  const innerHeight = box.height - box.top - box.bottom
  return {
    x: (chartDate) => (last === first ? box.left + innerWidth / 2 : box.left + ((dayNumber(chartDate) - first) / (last - first)) * innerWidth),
    y: (position) => box.top + ((position - 1) / (lowest - 1)) * innerHeight,
    lowest,
    ticks: lowest % 2 === 0 ? [1, lowest / 2, lowest] : [1, lowest],
  }
}
