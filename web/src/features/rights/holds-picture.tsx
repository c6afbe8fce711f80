import type { Hold } from '../../api/rights-api.ts'
import { HOLD_KIND_LABELS } from './rights-labels.ts'
import { timelineScale } from './holds-timeline.ts'

const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`

/**
 * The holds of a song as bars over time, with its releases and today. A picture only: the
 * table beside it says the same in words, so it is hidden from screen readers.
 */
export function HoldsPicture({ holds, releaseDays, today }: { holds: readonly Hold[]; releaseDays: readonly string[]; today: string }) {
  const scale = timelineScale(holds, releaseDays, today)
  if (!scale) return null
  const rowHeight = 26
  const height = scale.bars.length * rowHeight + 22
  return (
    <figure className="holds-picture" aria-hidden="true">
      <svg width="100%" height={height} role="presentation">
        {scale.years.map((year) => (
          <g key={year.label}>
            <line x1={pct(year.at)} x2={pct(year.at)} y1={0} y2={height - 18} className="holds-picture-tick" />
            <text x={pct(year.at)} y={height - 4} className="holds-picture-label" textAnchor="middle">
              {year.label}
            </text>
          </g>
        ))}
        {scale.bars.map((bar, i) => (
          <g key={bar.hold.id}>
            {bar.nominalEnd !== null && (
              <rect x={pct(bar.end)} width={pct(bar.nominalEnd - bar.end)} y={i * rowHeight + 4} height={rowHeight - 8} rx={4} className="holds-picture-cut" />
            )}
            <rect
              x={pct(bar.start)}
              width={pct(bar.end - bar.start)}
              y={i * rowHeight + 4}
              height={rowHeight - 8}
              rx={4}
              className={`holds-picture-bar holds-picture-bar--${bar.hold.kind}`}
            />
            <text x={pct(bar.start)} dx={4} y={i * rowHeight + rowHeight / 2 + 4} className="holds-picture-text">
              {bar.hold.holder.name} · {HOLD_KIND_LABELS[bar.hold.kind]}
            </text>
          </g>
        ))}
        {scale.releases.map((at, i) => (
          <line key={`release-${i}`} x1={pct(at)} x2={pct(at)} y1={0} y2={height - 18} className="holds-picture-release" />
        ))}
        {scale.today !== null && <line x1={pct(scale.today)} x2={pct(scale.today)} y1={0} y2={height - 18} className="holds-picture-today" />}
      </svg>
      <figcaption className="holds-picture-legend muted">
        {scale.first} to {scale.last} · <span className="holds-picture-key holds-picture-key--today" /> today ·{' '}
        <span className="holds-picture-key holds-picture-key--release" /> release
      </figcaption>
    </figure>
  )
}
