import type { PlannerRunShow } from '../../api/planner-api.ts'
import { linePoints, tourGrid } from './tour-picture-model.ts'

const CELL = 12
const LABEL = 170
const LINE_HEIGHT = 60

/**
 * A planned tour at a glance: one column per show, one row per song (most planned first), a filled
 * cell where the show plays the song; under it, how alike each show is to the one before (Jaccard).
 * The numbers are in a table beside it for screen readers and for reading exactly.
 */
export function TourPicture({ shows, titles }: { shows: PlannerRunShow[]; titles: Record<string, string> }) {
  const grid = tourGrid(shows, titles)
  const width = LABEL + grid.shows.length * CELL
  const height = grid.songs.length * CELL
  const mean = grid.jaccard.length ? grid.jaccard.reduce((a, b) => a + b, 0) / grid.jaccard.length : null
  const summary = `${grid.shows.length} shows, ${grid.songs.length} songs used${mean === null ? '' : `, consecutive shows ${Math.round(mean * 100)} % alike on average`}`
  return (
    <figure className="tour-picture">
      <div className="tour-picture-scroll">
        <svg width={width} height={height + 8} role="img" aria-label={`Songs by show: ${summary}`}>
          {grid.songs.map((song, row) => (
            <g key={song.recordingId}>
              <text x={LABEL - 6} y={row * CELL + CELL - 2} textAnchor="end" className="tour-picture-label">
                {song.title.length > 26 ? `${song.title.slice(0, 25)}…` : song.title} ({song.times})
              </text>
              {grid.shows.map((show, col) => (
                <rect
                  key={show.showId}
                  x={LABEL + col * CELL + 1}
                  y={row * CELL + 1}
                  width={CELL - 2}
                  height={CELL - 2}
                  className={show.songs.has(song.recordingId) ? 'tour-picture-cell is-on' : 'tour-picture-cell'}
                >
                  <title>{`${show.label}: ${song.title}${show.songs.has(song.recordingId) ? '' : ' (not played)'}`}</title>
                </rect>
              ))}
            </g>
          ))}
        </svg>
        {grid.jaccard.length > 0 && (
          <svg width={width} height={LINE_HEIGHT + 16} role="img" aria-label="Similarity of each show with the one before, 0 to 100 %">
            <text x={LABEL - 6} y={12} textAnchor="end" className="tour-picture-label">
              100 % alike
            </text>
            <text x={LABEL - 6} y={LINE_HEIGHT + 4} textAnchor="end" className="tour-picture-label">
              nothing shared
            </text>
            <line x1={LABEL} x2={width} y1={LINE_HEIGHT} y2={LINE_HEIGHT} className="tour-picture-axis" />
            <g transform={`translate(${LABEL + CELL * 1.5}, 4)`}>
              <polyline points={linePoints(grid.jaccard, Math.max(0, (grid.jaccard.length - 1) * CELL), LINE_HEIGHT - 4)} className="tour-picture-line" />
            </g>
          </svg>
        )}
      </div>
      <figcaption className="muted">{summary}.</figcaption>
      <details className="tour-picture-table">
        <summary>The numbers</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Show</th>
              <th scope="col">Songs</th>
              <th scope="col">Alike the show before</th>
            </tr>
          </thead>
          <tbody>
            {grid.shows.map((show, i) => (
              <tr key={show.showId}>
                <th scope="row">{show.label}</th>
                <td>{show.songs.size}</td>
                <td>{i === 0 ? '—' : `${Math.round(grid.jaccard[i - 1]! * 100)} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
