import { describe, expect, it } from 'vitest'
import { asSentence, fieldId, issuesFromZod, messageFor, withoutDuplicates } from './form-issues.ts'

describe('fieldId', () => {
  it('turns a nested path into a usable id', () => {
    expect(fieldId('writers.1.sharePercent')).toBe('f-writers-1-sharePercent')
  })
})

describe('issuesFromZod', () => {
  it('joins paths with dots like the server does', () => {
    expect(issuesFromZod([{ path: ['writers', 1, 'sharePercent'], message: 'too big' }])).toEqual([{ path: 'writers.1.sharePercent', message: 'too big' }])
  })
})

describe('messageFor', () => {
  it('finds the message of exactly that field', () => {
    const issues = [
      { path: 'writers', message: 'must total 100 %' },
      { path: 'writers.0.personId', message: 'required' },
    ]
    expect(messageFor(issues, 'writers')).toBe('must total 100 %')
    expect(messageFor(issues, 'title')).toBeUndefined()
  })
})

describe('withoutDuplicates', () => {
  it('shows the same client and server message once', () => {
    const issue = { path: 'title', message: 'required' }
    expect(withoutDuplicates([issue, { ...issue }])).toHaveLength(1)
  })
})

describe('asSentence', () => {
  it("starts the server's lowercase messages with a capital", () => {
    expect(asSentence("the writers' shares total 90 %")).toBe("The writers' shares total 90 %")
  })
})
