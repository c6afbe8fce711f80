import { mkdtempSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lockDataDir } from './lock.ts'
import { DomainError } from '../domain/errors.ts'

describe('data directory lock', () => {
  it('refuses a second opener naming the holder, and frees the directory on release', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'greenroom-lock-'))
    const first = await lockDataDir(dir)
    const second = await lockDataDir(dir).catch((e: unknown) => e)
    expect(second).toBeInstanceOf(DomainError)
    expect((second as DomainError).code).toBe('locked')
    expect((second as DomainError).message).toContain(`process ${process.pid}`)
    await first.release()
    expect(existsSync(join(dir, 'greenroom.holder.json'))).toBe(false)
    const again = await lockDataDir(dir)
    await again.release()
  })
})
