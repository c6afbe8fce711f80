import { CWR21_LAYOUTS, type CwrField, type CwrLayout } from './layout.ts'

/**
 * A field's value: text for A/L/F/B (trailing blanks removed), a number or null (blank) for N,
 * the digits or null (blank) for D and T. A field the line ends before is absent (undefined).
 */
export type CwrValue = string | number | null

export interface CwrRecord {
  readonly recordType: string
  readonly fields: Readonly<Record<string, CwrValue | undefined>>
  /**
   * The line length when it is shorter than the layout (senders may drop trailing optional fields
   * and trailing blanks); undefined for a full-length record.
   */
  readonly length?: number
  /** Characters beyond the layout's end, kept verbatim. */
  readonly tail?: string
  /** A record of a type without a layout, kept verbatim. */
  readonly raw?: string
}

export interface CwrIssue {
  /** 1-based line number in the file (0 when encoding). */
  line: number
  recordType: string
  field: string
  /** 1-based column of the field. */
  start: number
  message: string
  /** Errors make a record unreadable; warnings (e.g. trailer counts that disagree) do not. */
  severity: 'error' | 'warning'
}

export class CwrEncodeError extends Error {
  constructor(readonly issue: CwrIssue) {
    super(`${issue.recordType}.${issue.field} (column ${issue.start}): ${issue.message}`)
    this.name = 'CwrEncodeError'
  }
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

function decodeField(text: string, field: CwrField): { value: CwrValue; problem?: string } {
  switch (field.type) {
    case 'N': {
      if (text.trim() === '') return { value: null }
      if (!/^\d+$/.test(text)) return { value: text, problem: `"${text}" is not a number` }
      return { value: Number(text) }
    }
    case 'D':
    case 'T': {
      if (text.trim() === '') return { value: null }
      if (!/^\d+$/.test(text)) return { value: text, problem: `"${text}" is not a ${field.type === 'D' ? 'date (YYYYMMDD)' : 'time (HHMMSS)'}` }
      return { value: text }
    }
    default:
      return { value: text.replace(/ +$/, '') }
  }
}

/** One line → a record (fields by name) plus any fields that do not fit their type. */
export function decodeRecord(line: string, lineNumber = 0, layouts: ReadonlyMap<string, CwrLayout> = CWR21_LAYOUTS): { record: CwrRecord; issues: CwrIssue[] } {
  const recordType = line.slice(0, 3)
  const layout = layouts.get(recordType)
  if (!layout) return { record: { recordType, fields: {}, raw: line }, issues: [] }
  const fields: Record<string, CwrValue | undefined> = {}
  const issues: CwrIssue[] = []
  for (const field of layout.fields) {
    if (line.length < field.start) continue
    const { value, problem } = decodeField(line.slice(field.start - 1, field.start - 1 + field.length), field)
    fields[field.name] = value
    if (problem) issues.push({ line: lineNumber, recordType, field: field.name, start: field.start, message: problem, severity: 'error' })
  }
  const record: CwrRecord = {
    recordType,
    fields,
    ...(line.length < layout.length ? { length: line.length } : {}),
    ...(line.length > layout.length ? { tail: line.slice(layout.length) } : {}),
  }
  return { record, issues }
}

function encodeField(value: CwrValue | undefined, field: CwrField, recordType: string): string {
  const fail = (message: string): never => {
    throw new CwrEncodeError({ line: 0, recordType, field: field.name, start: field.start, message, severity: 'error' })
  }
  if (value === undefined || value === null) return ' '.repeat(field.length)
  switch (field.type) {
    case 'N': {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return fail(`${String(value)} is not a whole number ≥ 0`)
      const digits = String(value)
      if (digits.length > field.length) return fail(`${value} does not fit ${field.length} digits`)
      return digits.padStart(field.length, '0')
    }
    case 'D':
    case 'T': {
      if (typeof value !== 'string' || value.length !== field.length || !/^\d+$/.test(value)) return fail(`"${String(value)}" must be ${field.length} digits`)
      return value
    }
    default: {
      if (typeof value !== 'string') return fail('must be text')
      if (!PRINTABLE_ASCII.test(value)) return fail(`"${value}" has characters outside printable ASCII`)
      if (value.length > field.length) return fail(`"${value}" is longer than ${field.length} characters`)
      return value.padEnd(field.length, ' ')
    }
  }
}

/** A record → its line (without the line ending). Throws CwrEncodeError naming the field. */
export function encodeRecord(record: CwrRecord, layouts: ReadonlyMap<string, CwrLayout> = CWR21_LAYOUTS): string {
  if (record.raw !== undefined) return record.raw
  const layout = layouts.get(record.recordType)
  if (!layout)
    throw new CwrEncodeError({
      line: 0,
      recordType: record.recordType,
      field: 'recordType',
      start: 1,
      message: 'no layout for this record type',
      severity: 'error',
    })
  let line = ''
  for (const field of layout.fields) {
    line +=
      field.name === 'recordType' ? encodeField(record.recordType, field, record.recordType) : encodeField(record.fields[field.name], field, record.recordType)
  }
  if (record.length !== undefined) line = line.slice(0, record.length)
  return line + (record.tail ?? '')
}

/** Builds a record of a type from named values; unnamed fields are blank (N/D/T) or empty text. */
export function cwrRecord(recordType: string, fields: Record<string, CwrValue | undefined>): CwrRecord {
  return { recordType, fields }
}
