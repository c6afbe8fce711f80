import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { actMemberships, acts, people } from '../schema/index.ts'

type MembershipRow = typeof actMemberships.$inferSelect

/** Acts, people and their memberships, as an import that links them stores them (the workspace's, inside the caller's transaction). */
export class ImportedActsAndPeople {
  constructor(
    private readonly tx: Db,
    private readonly ws: string,
    private readonly now: Date,
  ) {}

  async actSlugs(): Promise<string[]> {
    return (await this.tx.select({ slug: acts.slug }).from(acts).where(eq(acts.workspaceId, this.ws))).map((r) => r.slug)
  }

  /** Acts of this name, case aside. */
  async actsNamed(name: string): Promise<string[]> {
    const rows = await this.tx
      .select({ id: acts.id })
      .from(acts)
      .where(and(eq(acts.workspaceId, this.ws), sql`lower(${acts.name}) = lower(${name})`))
    return rows.map((r) => r.id)
  }

  async insertAct(act: { id: string; slug: string; name: string; kind: typeof acts.$inferInsert.kind; description: string }): Promise<void> {
    await this.tx.insert(acts).values({ workspaceId: this.ws, ...act, isInternal: false, createdAt: this.now, updatedAt: this.now })
  }

  /** People of this name, case aside. */
  async peopleNamed(name: string): Promise<string[]> {
    const rows = await this.tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.workspaceId, this.ws), sql`lower(${people.name}) = lower(${name})`))
    return rows.map((r) => r.id)
  }

  async insertPerson(id: string, name: string): Promise<void> {
    await this.tx.insert(people).values({ workspaceId: this.ws, id, name, createdAt: this.now, updatedAt: this.now })
  }

  /** Memberships of a person in an act that began on this day (or with no begin date). */
  async membershipsBegun(actId: string, personId: string, beginDate: string | null): Promise<string[]> {
    const rows = await this.tx
      .select({ id: actMemberships.id })
      .from(actMemberships)
      .where(
        and(
          eq(actMemberships.workspaceId, this.ws),
          eq(actMemberships.actId, actId),
          eq(actMemberships.personId, personId),
          beginDate ? eq(actMemberships.beginDate, beginDate) : isNull(actMemberships.beginDate),
        ),
      )
    return rows.map((r) => r.id)
  }

  async insertMembership(m: {
    id: string
    actId: string
    personId: string
    instruments: string[]
    beginDate: string | null
    endDate: string | null
  }): Promise<void> {
    await this.tx.insert(actMemberships).values({ workspaceId: this.ws, ...m, role: 'member' })
  }

  async membership(id: string): Promise<MembershipRow | undefined> {
    const [row] = await this.tx
      .select()
      .from(actMemberships)
      .where(and(eq(actMemberships.workspaceId, this.ws), eq(actMemberships.id, id)))
    return row
  }

  /** Fills in a membership's end date or instruments, raising its version. */
  async fillMembership(id: string, fill: { endDate?: string; instruments?: string[] }): Promise<void> {
    await this.tx
      .update(actMemberships)
      .set({ ...fill, version: sql`${actMemberships.version} + 1` })
      .where(and(eq(actMemberships.workspaceId, this.ws), eq(actMemberships.id, id)))
  }
}
