import { workspaceResource } from './workspace-resource.ts'
import type * as T from './types.ts'

export const peopleApi = workspaceResource<T.Person, T.Person, T.PersonBody, T.UpdatePersonBody>('people')
export const actsApi = workspaceResource<T.Act, T.Act, T.ActBody, T.UpdateActBody>('acts')
export const worksApi = workspaceResource<T.Work, T.WorkListEntry, T.WorkBody, T.UpdateWorkBody>('works')
export const recordingsApi = workspaceResource<T.Recording, T.Recording, T.RecordingBody, T.UpdateRecordingBody>('recordings')
export const releasesApi = workspaceResource<T.ReleaseGroup, T.ReleaseGroupListEntry, T.ReleaseGroupBody, T.UpdateReleaseGroupBody>('release-groups')
export const placementsApi = workspaceResource<T.Placement, T.Placement, T.PlacementBody, T.UpdatePlacementBody>('placements')
