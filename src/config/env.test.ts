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

describe('email (GREENROOM_SMTP_URL, GREENROOM_MAIL_FROM)', () => {
  it('keeps mail in the outbox by default: no SMTP server, a sender that needs nothing', () => {
    expect(readConfig({}).mail).toEqual({ smtpUrl: undefined, from: 'Greenroom <greenroom@localhost>', retrySeconds: 5, timeoutSeconds: 30 })
  })

  it('takes smtp:// and smtps:// URLs and a sender with or without a name', () => {
    for (const url of ['smtp://user:pass@mail.example.org:587', 'smtps://user:p%40ss@mail.example.org:465', 'smtp://127.0.0.1:2525']) {
      expect(readConfig({ GREENROOM_SMTP_URL: url }).mail.smtpUrl, url).toBe(url)
    }
    expect(readConfig({ GREENROOM_MAIL_FROM: 'Big Time Rush <band@example.org>' }).mail.from).toBe('Big Time Rush <band@example.org>')
    expect(readConfig({ GREENROOM_MAIL_FROM: 'band@example.org' }).mail.from).toBe('band@example.org')
  })

  it('refuses other schemes and senders that are not an address, naming the variable', () => {
    for (const url of ['http://mail.example.org', 'smtp://', 'mail.example.org:25', 'smtp://host/../x y']) {
      expect(() => readConfig({ GREENROOM_SMTP_URL: url }), url).toThrow(/GREENROOM_SMTP_URL/)
    }
    for (const from of ['Greenroom', 'a@b\r\nBcc: x@y', '<>']) {
      expect(() => readConfig({ GREENROOM_MAIL_FROM: from }), from).toThrow(/GREENROOM_MAIL_FROM/)
    }
  })

  it('starts the daily hold reminders unless GREENROOM_HOLD_REMINDERS=off (ADR 047), and refuses anything else naming it', () => {
    expect(readConfig({}).holdReminders).toBe(true)
    expect(readConfig({ GREENROOM_HOLD_REMINDERS: 'on' }).holdReminders).toBe(true)
    expect(readConfig({ GREENROOM_HOLD_REMINDERS: 'off' }).holdReminders).toBe(false)
    expect(() => readConfig({ GREENROOM_HOLD_REMINDERS: 'no' })).toThrow(/GREENROOM_HOLD_REMINDERS/)
  })
})
