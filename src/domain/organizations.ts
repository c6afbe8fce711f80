/** The kinds of organisation a workspace deals with: who holds options, publishes or administers songs. */
export const ORGANIZATION_KINDS = ['label', 'network', 'publisher', 'administrator', 'management', 'other'] as const
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]

/** An IPI name number as CWR writes it: exactly 11 digits (leading zeros kept). */
export const IPI_NAME_NUMBER_PATTERN = /^\d{11}$/
