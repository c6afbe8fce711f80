import type { DemoCharts } from './charts.ts'
import type { DemoPublishing } from './publishing.ts'
import type { DemoRights } from './rights.ts'
import type { DemoAppliedSetlist, DemoPastTour, DemoSetlistAnswer, DemoSetlistProposal, DemoSetlistSettings } from './setlists.ts'
import type {
  DemoAct,
  DemoBlockout,
  DemoCommitment,
  DemoMembership,
  DemoPerson,
  DemoPlacement,
  DemoRecording,
  DemoReleaseGroup,
  DemoShow,
  DemoTour,
  DemoVenue,
  DemoWork,
  DemoWorkspace,
} from './types.ts'

/** The whole demo world: the records of ./types.ts and the feature files, assembled by ../world-2013.ts. */
export interface DemoWorld {
  workspace: DemoWorkspace
  people: readonly DemoPerson[]
  acts: readonly DemoAct[]
  memberships: readonly DemoMembership[]
  works: readonly DemoWork[]
  recordings: readonly DemoRecording[]
  releaseGroups: readonly DemoReleaseGroup[]
  placements: readonly DemoPlacement[]
  venues: readonly DemoVenue[]
  tours: readonly DemoTour[]
  shows: readonly DemoShow[]
  commitments: readonly DemoCommitment[]
  blockouts: readonly DemoBlockout[]
  /** Set lists: the act's rules, proposals with their versions and answers, and the last tour as history. */
  setlists?: DemoSetlists
  /** Chart positions and award nominations. */
  charts?: DemoCharts
  /** Labels and networks, holds on songs (options …) and pitches to outside artists. */
  rights?: DemoRights
  /** Publishers, administrators, writers' deals and the CWR submitter (world-2013/publishing.ts). */
  publishing?: DemoPublishing
}

export interface DemoSetlists {
  settings: readonly DemoSetlistSettings[]
  proposals: readonly DemoSetlistProposal[]
  answers: readonly DemoSetlistAnswer[]
  /** Agreed versions applied to the shows of a leg. */
  applied?: readonly DemoAppliedSetlist[]
  pastTours: readonly DemoPastTour[]
  /** Tours planned with their own rotation (issue 13): fixed, core and rotating slots, or free. */
  tourRotations?: readonly { tour: string; rotation: { mode: 'fixed' | 'core-rotating' | 'free'; core: null; slots: number; noRepeatWithin: number } }[]
}
