import { useId } from 'react'
import type { ChartRun } from '../../api/charts-api.ts'
import { formatPartialDate } from '../../format/partial-date.ts'
import { pluralise } from '../../format/vocabulary.ts'
import { chartScale, PLOT_BOX } from './chart-scale.ts'
import { subjectName } from './chart-words.ts'

/** Beyond this many points only the first, the peak and the last are labelled; the table has them all. */
const LABEL_ALL_UP_TO = 10

/** What the plot shows, in words: read out instead of the drawing. */
export function runSummary(run: ChartRun): string {
  return `${subjectName(run.subject)} on the ${run.label} chart: ${pluralise(run.entries.length, 'entry', 'entries')} from ${formatPartialDate(run.firstDate)} to ${formatPartialDate(run.lastDate)}, peak No. ${run.peakPosition} on ${formatPartialDate(run.peakDate)}, ${pluralise(run.weeksOnChart, 'week')} on the chart.`
}

/** One run as a small line plot, No. 1 at the top, with the same data as a table beside it. */
export function ChartPlot({ run }: { run: ChartRun }) {
  const captionId = useId()
  const scale = chartScale(run.entries)
  const { width, height, left, right, bottom } = PLOT_BOX
  const points = run.entries.map((e) => ({ ...e, x: scale.x(e.chartDate), y: scale.y(e.position) }))
  const labelled = new Set(
    points.length <= LABEL_ALL_UP_TO
      ? points.map((p) => p.id)
      : [points[0]!.id, points.find((p) => p.position === run.peakPosition)!.id, points[points.length - 1]!.id],
  )
  const axisY = height - bottom
  return (
    <figure className="chart-run">
      <figcaption id={captionId} className="chart-run-title">
        {subjectName(run.subject)} · {run.label} <span className="badge badge--peak">Peak No. {run.peakPosition}</span>
      </figcaption>
      <div className="chart-run-body">
        <svg className="chart-plot" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={runSummary(run)}>
          {scale.ticks.map((tick) => (
            <g key={tick} className="chart-plot-tick">
              <line x1={left} x2={width - right} y1={scale.y(tick)} y2={scale.y(tick)} />
              <text x={left - 6} y={scale.y(tick)} dy="0.35em" textAnchor="end">
                {tick === 1 ? 'No. 1' : tick}
              </text>
            </g>
          ))}
          {run.lastDate === run.firstDate ? (
            <text className="chart-plot-date" x={scale.x(run.firstDate)} y={axisY + 18} textAnchor="middle">
              {formatPartialDate(run.firstDate)}
            </text>
          ) : (
            <>
              <text className="chart-plot-date" x={left} y={axisY + 18} textAnchor="start">
                {formatPartialDate(run.firstDate)}
              </text>
              <text className="chart-plot-date" x={width - right} y={axisY + 18} textAnchor="end">
                {formatPartialDate(run.lastDate)}
              </text>
            </>
          )}
          {points.length > 1 && <polyline className="chart-plot-line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />}
          {points.map((p) => (
            <g key={p.id} className={p.position === run.peakPosition ? 'chart-plot-point chart-plot-point--peak' : 'chart-plot-point'}>
              <circle cx={p.x} cy={p.y} r={4} />
              {labelled.has(p.id) && (
                <text x={p.x} y={p.y - 8} textAnchor="middle">
                  {p.position}
                </text>
              )}
            </g>
          ))}
        </svg>
        <table className="chart-run-table" aria-describedby={captionId}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className="numeric">
                Position
              </th>
            </tr>
          </thead>
          <tbody>
            {run.entries.map((e) => (
              <tr key={e.id}>
                <td>{formatPartialDate(e.chartDate)}</td>
                <td className="numeric">No. {e.position}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted chart-run-facts">
        Peak No. {run.peakPosition} on {formatPartialDate(run.peakDate)} · {pluralise(run.weeksOnChart, 'week')} on the chart
      </p>
    </figure>
  )
}
