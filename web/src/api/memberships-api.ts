import { request } from './request.ts'
import { workspacePath } from './workspace-resource.ts'
import type { Membership, MembershipBody, UpdateMembershipBody } from './types.ts'

const base = (ws: string, actId: string) => workspacePath(ws, `/acts/${encodeURIComponent(actId)}/memberships`)

/** Memberships live under their act; their reads come with the act. */
export const membershipsApi = {
  create: (ws: string, actId: string, body: MembershipBody) => request<Membership>('POST', base(ws, actId), body),
  update: (ws: string, actId: string, id: string, body: UpdateMembershipBody) =>
    request<Membership>('PUT', `${base(ws, actId)}/${encodeURIComponent(id)}`, body),
  remove: (ws: string, actId: string, id: string) => request<void>('DELETE', `${base(ws, actId)}/${encodeURIComponent(id)}`),
}
