import { describe, expect, it } from 'vitest'
import { readConfig } from './env.ts'

describe('GREENROOM_TRUST_PROXY', () => {
  const trust = (value?: string) => readConfig(value === undefined ? {} : { GREENROOM_TRUST_PROXY: value }).trustProxy

  it('trusts no proxy by default', () => {
    expect(trust()).toBe(false)
    expect(trust('false')).toBe(false)
    expect(trust('0')).toBe(false)
  })

  it('takes a hop count or a list of addresses, ranges and named ranges', () => {
    expect(trust('1')).toBe(1)
    expect(trust('10.0.0.1, 192.168.0.0/16,loopback, ::1, fd00::/8')).toEqual(['10.0.0.1', '192.168.0.0/16', 'loopback', '::1', 'fd00::/8'])
  })

  it('refuses "true" (every hop trusted) and anything that is not an address, naming the variable', () => {
    for (const bad of ['true', 'proxy.example', '10.0.0.1/33', '11', '10.0.0.1/8/2']) {
      expect(() => trust(bad), bad).toThrow(/GREENROOM_TRUST_PROXY/)
    }
  })
})
