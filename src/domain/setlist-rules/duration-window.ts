import type { SetlistRule } from './context.ts'
import { formatRunningTime, timeEntries } from '../setlist-timing.ts'

/** The running time stays within the act's window (songs of unknown length count as 0 and are named). */
export const durationWindow: SetlistRule = {
  id: 'duration-window',
  check(view, ctx, rules) {
    const window = rules.durationWindow
    if (!window) return []
    const durationOf = (e: { recordingId?: string | null }) => (e.recordingId ? (ctx.songs.get(e.recordingId)?.durationSeconds ?? null) : null)
    const timing = timeEntries(view.entries, { durationOf })
    const unknown = timing.entries.filter((t) => t.effectiveSeconds === null).map((t) => t.entryId)
    const running = timing.runningSeconds
    const note = unknown.length ? ` (${unknown.length} ${unknown.length === 1 ? 'entry has' : 'entries have'} no length)` : ''
    if (running < window.minSeconds) {
      return [
        {
          rule: 'duration-window',
          message: `Running time ${formatRunningTime(running)} is under the ${formatRunningTime(window.minSeconds)} minimum${note}`,
          entryIds: unknown,
        },
      ]
    }
    if (running > window.maxSeconds) {
      return [
        {
          rule: 'duration-window',
          message: `Running time ${formatRunningTime(running)} is over the ${formatRunningTime(window.maxSeconds)} maximum${note}`,
          entryIds: [],
        },
      ]
    }
    return []
  },
}
