import { describe, expect, it } from 'vitest'
import { PlannerSettingsBodySchema } from '../../../../src/contract/planner-runs.ts'
import { bodyOfPlannerSettings, draftOfPlannerSettings } from './planner-settings-draft.ts'

const defaults = { ...PlannerSettingsBodySchema.parse({}), actId: '01900000-0000-7000-8000-000000000001', version: 0 }
const song = '01900000-0000-7000-8000-0000000000aa'

describe('planner settings form', () => {
  it('gives back the settings it was made from', () => {
    const saved = {
      ...defaults,
      version: 3,
      setSize: { min: 18, max: 24 },
      energyArc: [0.5, 1],
      pinned: [{ recordingId: song, position: 'opener' as const }],
      fanDemand: { [song]: 1 },
    }
    const { body, issues } = bodyOfPlannerSettings(draftOfPlannerSettings(saved), saved)
    expect(issues).toEqual([])
    expect(PlannerSettingsBodySchema.parse(body)).toMatchObject({
      setSize: { min: 18, max: 24 },
      energyArc: [0.5, 1],
      pinned: [{ recordingId: song, position: 'opener' }],
      fanDemand: { [song]: 1 },
      version: 3,
    })
  })

  it('refuses half a range and words that are not numbers, naming the field', () => {
    const draft = { ...draftOfPlannerSettings(defaults), setSizeMin: '18', arc: '0.5, loud' }
    const { issues } = bodyOfPlannerSettings(draft, defaults)
    expect(issues.map((i) => i.path).sort()).toEqual(['energyArc', 'setSize.max'])
  })

  it('sends no version for settings never saved', () => {
    expect(bodyOfPlannerSettings(draftOfPlannerSettings(defaults), defaults).body).not.toHaveProperty('version')
  })

  it('keeps the rotation chosen (mode, slots, window) and the show template it does not edit', () => {
    const template = [{ kind: 'intro' as const, title: 'Intro tape', durationSeconds: 90, at: 'start' as const }]
    const saved = { ...defaults, version: 2, rotation: { mode: 'core-rotating' as const, core: [song], slots: 2, noRepeatWithin: 4 }, showTemplate: template }
    expect(defaults.rotation).toEqual({ mode: 'core-rotating', core: null, slots: 2, noRepeatWithin: 4 })
    const draft = { ...draftOfPlannerSettings(saved), rotationMode: 'fixed' as const, rotationSlots: '3', rotationWithin: '6' }
    const { body, issues } = bodyOfPlannerSettings(draft, saved)
    expect(issues).toEqual([])
    expect(PlannerSettingsBodySchema.parse(body)).toMatchObject({
      rotation: { mode: 'fixed', core: [song], slots: 3, noRepeatWithin: 6 },
      showTemplate: template,
    })
  })
})
