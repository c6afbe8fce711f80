import { createHash, randomBytes } from 'node:crypto'

/** A fresh secret for a cookie or an invite link, and the hash under which it is stored. */
export function newSecret(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashSecret(token) }
}

export function hashSecret(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

export const SESSION_DAYS = 30
