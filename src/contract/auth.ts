import { z } from 'zod'
import { IdSchema, NameSchema, SlugSchema, lineText } from './common.ts'
import { WORKSPACE_ROLES } from '../domain/roles.ts'

export const PASSWORD_MIN = 10
export const EmailSchema = z.email('enter an email address like name@example.com').max(320)
export const RoleSchema = z.enum(WORKSPACE_ROLES)

export const SignupBodySchema = z.object({
  email: EmailSchema,
  password: lineText(200).min(PASSWORD_MIN, `use at least ${PASSWORD_MIN} characters`),
  displayName: NameSchema,
})
export type SignupBody = z.infer<typeof SignupBodySchema>

/** Sign-up answers this whether the email was new or not, so it never tells who has an account. */
export const SignupAcceptedSchema = z.object({ status: z.literal('accepted'), detail: z.string() })
export type SignupAccepted = z.infer<typeof SignupAcceptedSchema>

export const LoginBodySchema = z.object({ email: EmailSchema, password: lineText(200).min(1, 'required') })
export type LoginBody = z.infer<typeof LoginBodySchema>

export const UserSchema = z.object({ id: IdSchema, email: z.string(), displayName: z.string() })

export const WorkspaceSummarySchema = z.object({ id: IdSchema, slug: z.string(), name: z.string(), role: RoleSchema })

export const MeSchema = z.object({ user: UserSchema, workspaces: z.array(WorkspaceSummarySchema) })
export type Me = z.infer<typeof MeSchema>

export const CreateWorkspaceBodySchema = z.object({ name: NameSchema, slug: SlugSchema.optional() })
export type CreateWorkspaceBody = z.infer<typeof CreateWorkspaceBodySchema>

export const WorkspaceSchema = z.object({
  id: IdSchema,
  slug: z.string(),
  name: z.string(),
  version: z.number().int(),
  role: RoleSchema.describe('Your role in this workspace'),
  personId: IdSchema.nullable().describe('The person record that is you in this workspace, if any'),
})
export type Workspace = z.infer<typeof WorkspaceSchema>

export const MemberSchema = z.object({ userId: IdSchema, email: z.string(), displayName: z.string(), role: RoleSchema, joinedAt: z.string() })
export type Member = z.infer<typeof MemberSchema>

export const UpdateMemberBodySchema = z.object({ role: RoleSchema })

export const CreateInviteBodySchema = z.object({ role: RoleSchema, email: EmailSchema.optional() })
export type CreateInviteBody = z.infer<typeof CreateInviteBodySchema>

export const InviteSchema = z.object({
  id: IdSchema,
  role: RoleSchema,
  email: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
})
export type Invite = z.infer<typeof InviteSchema>

/** Returned once, when the invite is made: the link is not stored and cannot be shown again. */
export const CreatedInviteSchema = InviteSchema.extend({ token: z.string(), url: z.string() })
export type CreatedInvite = z.infer<typeof CreatedInviteSchema>

export const InvitePreviewSchema = z.object({ workspaceName: z.string(), workspaceSlug: z.string(), role: RoleSchema, expiresAt: z.string() })
export type InvitePreview = z.infer<typeof InvitePreviewSchema>
