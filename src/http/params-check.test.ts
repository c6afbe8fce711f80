import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { IdOrSlugSchema, IdSchema, SlugSchema, WorkspaceParamsSchema } from '../contract/common.ts'
import { compileParamsTest, compileStringTest } from './params-check.ts'

const samples: unknown[] = [
  'demo',
  'a',
  '',
  'x'.repeat(100),
  'x'.repeat(101),
  'with\u0000nul',
  'esc\u001b',
  'c1\u0085',
  'tab\there',
  'ünïcødé ✓',
  '0190b2a4-5c6d-7e8f-9a0b-1c2d3e4f5a6b',
  '0190B2A4-5C6D-7E8F-9A0B-1C2D3E4F5A6B',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0190b2a4-5c6d-9e8f-9a0b-1c2d3e4f5a6b',
  '0190b2a4-5c6d-7e8f-7a0b-1c2d3e4f5a6b',
  '0190b2a4-5c6d-7e8f-9a0b-1c2d3e4f5a6b ',
  '0190b2a45c6d7e8f9a0b1c2d3e4f5a6b',
  undefined,
  null,
  42,
  ['demo'],
]

describe('compiled path-parameter checks agree with zod (ADR 057)', () => {
  it('accepts a string exactly when zod does, for the id and id-or-slug schemas', () => {
    for (const schema of [IdSchema, IdOrSlugSchema, IdOrSlugSchema.describe('described'), z.string().max(3)]) {
      const test = compileStringTest(schema)
      expect(test).not.toBeNull()
      for (const value of samples) expect([value, test!(value)]).toEqual([value, schema.safeParse(value).success])
    }
  })

  it('accepts a params object exactly when zod does and zod would answer it unchanged', () => {
    const schema = WorkspaceParamsSchema.extend({ releaseGroupId: IdSchema })
    const test = compileParamsTest(schema)!
    expect(test).not.toBeNull()
    for (const workspaceId of samples)
      for (const releaseGroupId of samples) {
        const params = { workspaceId, releaseGroupId }
        const zod = schema.safeParse(params)
        expect([params, test(params)]).toEqual([params, zod.success])
        if (test(params)) expect(zod.data).toEqual(params)
      }
    // a key zod would strip is left to zod
    expect(test({ workspaceId: 'demo', releaseGroupId: '0190b2a4-5c6d-7e8f-9a0b-1c2d3e4f5a6b', extra: 'x' })).toBe(false)
  })

  it('leaves to zod what it does not know: other checks, transforms, non-object schemas', () => {
    expect(compileStringTest(SlugSchema)).not.toBeNull()
    expect(compileStringTest(z.string().trim())).toBeNull()
    expect(compileStringTest(z.email())).toBeNull()
    expect(compileStringTest(z.string().refine((v) => v !== 'x'))).toBeNull()
    expect(compileParamsTest(z.object({ n: z.coerce.number() }))).toBeNull()
    expect(compileParamsTest(z.string())).toBeNull()
  })
})
