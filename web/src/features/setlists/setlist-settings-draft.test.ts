import { describe, expect, it } from 'vitest'
import { bodyOfSettings, draftOfSettings } from './setlist-settings-draft.ts'

const demo = {
  actId: 'a',
  consensus: 'all' as const,
  deciderPersonIds: [],
  countTouringMusicians: false,
  rules: {
    durationWindow: { minSeconds: 4500, maxSeconds: 5700 },
    newSongs: { count: 6, mode: 'at-least' as const, sinceDate: '2013-06-11' },
    acousticSection: { playerRole: 'acoustic-guitar', midSet: true },
    guestSongsNeedBilledGuest: true,
    maxLeadRun: 3,
    differFromLastTourPct: 40,
  },
  version: 1,
}

describe('set-list settings draft', () => {
  it('round-trips the demo settings, minutes in the form and seconds in the body, with the version read', () => {
    const draft = draftOfSettings(demo)
    expect(draft.durationMin).toBe('75')
    const { body, issues } = bodyOfSettings(draft, demo.version)
    expect(issues).toEqual([])
    expect(body).toEqual({
      consensus: 'all',
      deciderPersonIds: [],
      countTouringMusicians: false,
      rules: { ...demo.rules, maxSameCityRepeatPct: null },
      version: 1,
    })
  })

  it('turns rules off as null, sends no version for never-saved settings, and names its own problems', () => {
    const draft = { ...draftOfSettings({ ...demo, version: 0 }), durationOn: false, consensus: 'deciders' as const, maxLeadRun: 'two', differPct: '120' }
    const { body, issues } = bodyOfSettings(draft, 0)
    expect(body.rules.durationWindow).toBeNull()
    expect('version' in body).toBe(false)
    expect(issues.map((i) => i.path)).toEqual(['rules.maxLeadRun', 'rules.differFromLastTourPct', 'deciderPersonIds'])
  })
})
