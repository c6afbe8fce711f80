// Types of the API's requests and answers, inferred from the shared contract. Type-only imports:
// zod itself stays out of the initial bundle.
import type { z } from 'zod'
import type * as auth from '../../../src/contract/auth.ts'
import type * as people from '../../../src/contract/people.ts'
import type * as catalog from '../../../src/contract/catalog.ts'

export type Me = auth.Me
export type Workspace = auth.Workspace
export type WorkspaceRole = Workspace['role']
export type Member = auth.Member
export type Invite = auth.Invite
export type CreatedInvite = auth.CreatedInvite
export type InvitePreview = auth.InvitePreview
export type LoginBody = auth.LoginBody
export type SignupBody = auth.SignupBody
export type SignupAccepted = auth.SignupAccepted
export type CreateWorkspaceBody = auth.CreateWorkspaceBody
export type CreateInviteBody = auth.CreateInviteBody

export type Person = people.Person
export type PersonBody = z.input<typeof people.PersonBodySchema>
export type UpdatePersonBody = z.input<typeof people.UpdatePersonBodySchema>
export type Act = people.Act
export type ActBody = z.input<typeof people.ActBodySchema>
export type UpdateActBody = z.input<typeof people.UpdateActBodySchema>
export type Membership = people.Membership
export type MembershipBody = z.input<typeof people.MembershipBodySchema>
export type UpdateMembershipBody = z.input<typeof people.UpdateMembershipBodySchema>

export type Work = catalog.Work
export type WorkListEntry = z.infer<typeof catalog.WorkListEntrySchema>
export type WorkBody = z.input<typeof catalog.WorkBodySchema>
export type UpdateWorkBody = z.input<typeof catalog.UpdateWorkBodySchema>
export type Recording = catalog.Recording
export type RecordingBody = z.input<typeof catalog.RecordingBodySchema>
export type UpdateRecordingBody = z.input<typeof catalog.UpdateRecordingBodySchema>
export type ReleaseGroup = catalog.ReleaseGroup
export type ReleaseGroupListEntry = z.infer<typeof catalog.ReleaseGroupListEntrySchema>
export type ReleaseGroupBody = z.input<typeof catalog.ReleaseGroupBodySchema>
export type UpdateReleaseGroupBody = z.input<typeof catalog.UpdateReleaseGroupBodySchema>
export type Edition = catalog.Edition
export type Track = z.infer<typeof catalog.TrackSchema>
export type Placement = catalog.Placement
export type PlacementBody = z.input<typeof catalog.PlacementBodySchema>
export type UpdatePlacementBody = z.input<typeof catalog.UpdatePlacementBodySchema>
