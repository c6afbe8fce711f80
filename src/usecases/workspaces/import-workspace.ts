import type { Db } from '../../db/client.ts'
import { importWorkspace as importDocument, type ImportResult } from '../../db/workspace-export/export.ts'

/**
 * Imports a workspace export into this database for its operator (`greenroom import workspace`), in
 * one transaction, keeping ids and slug; `dryRun` checks everything, then rolls back.
 */
export async function importWorkspace(db: Db, document: unknown, opts: { dryRun?: boolean } = {}): Promise<ImportResult> {
  return importDocument(db, document, opts)
}
