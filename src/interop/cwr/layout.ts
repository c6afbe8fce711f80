/**
 * CWR 2.1 record layouts (CISAC Common Works Registration, EDI version 01.10, revision 7+).
 *
 * One table per record type: field name, 1-based start column, length and type, exactly as the
 * specification lists them. The generic encoder/decoder (record.ts) is driven by these tables only.
 * Checked against the real files in ../shared/interop-samples/cwr (cwr-samples.test.ts). The 3.0 layouts, and
 * the choice between them by a file's HDR, are in layout-30.ts.
 *
 * Field types (the specification's own letters):
 * - A  alphanumeric, left-justified, padded with blanks
 * - L  a code from a lookup table, handled like A
 * - F  flag: Y, N, U or blank
 * - B  boolean: Y or N
 * - N  numeric, right-justified, padded with zeros; blank when not given
 * - D  date YYYYMMDD (00000000 = not given)
 * - T  time HHMMSS (or a duration hhmmss)
 */
export type CwrFieldType = 'A' | 'L' | 'F' | 'B' | 'N' | 'D' | 'T'

export interface CwrField {
  readonly name: string
  /** 1-based column where the field begins. */
  readonly start: number
  readonly length: number
  readonly type: CwrFieldType
}

export interface CwrLayout {
  readonly recordType: string
  readonly fields: readonly CwrField[]
  /** The full record length (the last field's end column). */
  readonly length: number
}

type Spec = readonly [name: string, start: number, length: number, type: CwrFieldType]

export function layout(recordType: string, specs: readonly Spec[]): CwrLayout {
  const fields = specs.map(([name, start, length, type]) => ({ name, start, length, type }))
  const last = fields[fields.length - 1]!
  return { recordType, fields, length: last.start + last.length - 1 }
}

/** The prefix of every transaction and detail record. */
export const PREFIX: readonly Spec[] = [
  ['recordType', 1, 3, 'A'],
  ['transactionSequence', 4, 8, 'N'],
  ['recordSequence', 12, 8, 'N'],
]

const HDR = layout('HDR', [
  ['recordType', 1, 3, 'A'],
  ['senderType', 4, 2, 'A'],
  ['senderId', 6, 9, 'N'],
  ['senderName', 15, 45, 'A'],
  ['ediStandardVersion', 60, 5, 'A'],
  ['creationDate', 65, 8, 'D'],
  ['creationTime', 73, 6, 'T'],
  ['transmissionDate', 79, 8, 'D'],
  ['characterSet', 87, 15, 'A'],
])

export const GRH = layout('GRH', [
  ['recordType', 1, 3, 'A'],
  ['transactionType', 4, 3, 'L'],
  ['groupId', 7, 5, 'N'],
  ['versionNumber', 12, 5, 'A'],
  ['batchRequest', 17, 10, 'N'],
  ['submissionDistributionType', 27, 2, 'L'],
])

export const GRT = layout('GRT', [
  ['recordType', 1, 3, 'A'],
  ['groupId', 4, 5, 'N'],
  ['transactionCount', 9, 8, 'N'],
  ['recordCount', 17, 8, 'N'],
  ['currencyIndicator', 25, 3, 'L'],
  ['totalMonetaryValue', 28, 10, 'N'],
])

export const TRL = layout('TRL', [
  ['recordType', 1, 3, 'A'],
  ['groupCount', 4, 5, 'N'],
  ['transactionCount', 9, 8, 'N'],
  ['recordCount', 17, 8, 'N'],
])

/** NWR (new work), REV (revised), ISW (notification of ISWC), EXC (existing work in conflict). */
const workHeader = (recordType: string) =>
  layout(recordType, [
    ...PREFIX,
    ['workTitle', 20, 60, 'A'],
    ['languageCode', 80, 2, 'L'],
    ['submitterWorkNumber', 82, 14, 'A'],
    ['iswc', 96, 11, 'A'],
    ['copyrightDate', 107, 8, 'D'],
    ['copyrightNumber', 115, 12, 'A'],
    ['musicalWorkDistributionCategory', 127, 3, 'L'],
    ['duration', 130, 6, 'T'],
    ['recordedIndicator', 136, 1, 'F'],
    ['textMusicRelationship', 137, 3, 'L'],
    ['compositeType', 140, 3, 'L'],
    ['versionType', 143, 3, 'L'],
    ['excerptType', 146, 3, 'L'],
    ['musicArrangement', 149, 3, 'L'],
    ['lyricAdaptation', 152, 3, 'L'],
    ['contactName', 155, 30, 'A'],
    ['contactId', 185, 10, 'A'],
    ['cwrWorkType', 195, 2, 'L'],
    ['grandRightsIndicator', 197, 1, 'B'],
    ['compositeComponentCount', 198, 3, 'N'],
    ['printedEditionPublicationDate', 201, 8, 'D'],
    ['exceptionalClause', 209, 1, 'F'],
    ['opusNumber', 210, 25, 'A'],
    ['catalogueNumber', 235, 25, 'A'],
    ['priorityFlag', 260, 1, 'F'],
  ])

const ACK = layout('ACK', [
  ...PREFIX,
  ['creationDate', 20, 8, 'D'],
  ['creationTime', 28, 6, 'T'],
  ['originalGroupId', 34, 5, 'N'],
  ['originalTransactionSequence', 39, 8, 'N'],
  ['originalTransactionType', 47, 3, 'L'],
  ['creationTitle', 50, 60, 'A'],
  ['submitterCreationNumber', 110, 20, 'A'],
  ['recipientCreationNumber', 130, 20, 'A'],
  ['processingDate', 150, 8, 'D'],
  ['transactionStatus', 158, 2, 'L'],
])

const MSG = layout('MSG', [
  ...PREFIX,
  ['messageType', 20, 1, 'L'],
  ['originalRecordSequence', 21, 8, 'N'],
  ['originalRecordType', 29, 3, 'L'],
  ['messageLevel', 32, 1, 'L'],
  ['validationNumber', 33, 3, 'A'],
  ['messageText', 36, 150, 'A'],
])

/** SPU (publisher controlled by the submitter) and OPU (other publisher). */
const publisher = (recordType: string) =>
  layout(recordType, [
    ...PREFIX,
    ['publisherSequence', 20, 2, 'N'],
    ['interestedPartyNumber', 22, 9, 'A'],
    ['publisherName', 31, 45, 'A'],
    ['publisherUnknownIndicator', 76, 1, 'F'],
    ['publisherType', 77, 2, 'L'],
    ['taxId', 79, 9, 'A'],
    ['publisherIpiNameNumber', 88, 11, 'L'],
    ['submitterAgreementNumber', 99, 14, 'A'],
    ['prAffiliationSociety', 113, 3, 'L'],
    ['prOwnershipShare', 116, 5, 'N'],
    ['mrSociety', 121, 3, 'L'],
    ['mrOwnershipShare', 124, 5, 'N'],
    ['srSociety', 129, 3, 'L'],
    ['srOwnershipShare', 132, 5, 'N'],
    ['specialAgreementsIndicator', 137, 1, 'L'],
    ['firstRecordingRefusalIndicator', 138, 1, 'F'],
    ['filler', 139, 1, 'A'],
    ['publisherIpiBaseNumber', 140, 13, 'L'],
    ['internationalStandardAgreementCode', 153, 14, 'A'],
    ['societyAssignedAgreementNumber', 167, 14, 'A'],
    ['agreementType', 181, 2, 'L'],
    ['usaLicenseIndicator', 183, 1, 'L'],
  ])

const SPT = layout('SPT', [
  ...PREFIX,
  ['interestedPartyNumber', 20, 9, 'A'],
  ['constant', 29, 6, 'A'],
  ['prCollectionShare', 35, 5, 'N'],
  ['mrCollectionShare', 40, 5, 'N'],
  ['srCollectionShare', 45, 5, 'N'],
  ['inclusionExclusionIndicator', 50, 1, 'F'],
  ['tisNumericCode', 51, 4, 'L'],
  ['sharesChange', 55, 1, 'B'],
  ['sequenceNumber', 56, 3, 'N'],
])

/** SWR (writer controlled by the submitter) and OWR (other writer). */
const writer = (recordType: string) =>
  layout(recordType, [
    ...PREFIX,
    ['interestedPartyNumber', 20, 9, 'A'],
    ['writerLastName', 29, 45, 'A'],
    ['writerFirstName', 74, 30, 'A'],
    ['writerUnknownIndicator', 104, 1, 'F'],
    ['writerDesignationCode', 105, 2, 'L'],
    ['taxId', 107, 9, 'A'],
    ['writerIpiNameNumber', 116, 11, 'L'],
    ['prAffiliationSociety', 127, 3, 'L'],
    ['prOwnershipShare', 130, 5, 'N'],
    ['mrSociety', 135, 3, 'L'],
    ['mrOwnershipShare', 138, 5, 'N'],
    ['srSociety', 143, 3, 'L'],
    ['srOwnershipShare', 146, 5, 'N'],
    ['reversionaryIndicator', 151, 1, 'F'],
    ['firstRecordingRefusalIndicator', 152, 1, 'B'],
    ['workForHireIndicator', 153, 1, 'B'],
    ['filler', 154, 1, 'A'],
    ['writerIpiBaseNumber', 155, 13, 'L'],
    ['personalNumber', 168, 12, 'N'],
    ['usaLicenseIndicator', 180, 1, 'L'],
  ])

const SWT = layout('SWT', [
  ...PREFIX,
  ['interestedPartyNumber', 20, 9, 'A'],
  ['prCollectionShare', 29, 5, 'N'],
  ['mrCollectionShare', 34, 5, 'N'],
  ['srCollectionShare', 39, 5, 'N'],
  ['inclusionExclusionIndicator', 44, 1, 'F'],
  ['tisNumericCode', 45, 4, 'L'],
  ['sharesChange', 49, 1, 'B'],
  ['sequenceNumber', 50, 3, 'N'],
])

const PWR = layout('PWR', [
  ...PREFIX,
  ['publisherIpNumber', 20, 9, 'A'],
  ['publisherName', 29, 45, 'A'],
  ['submitterAgreementNumber', 74, 14, 'A'],
  ['societyAssignedAgreementNumber', 88, 14, 'A'],
  ['writerIpNumber', 102, 9, 'A'],
])

export const ALT = layout('ALT', [...PREFIX, ['alternateTitle', 20, 60, 'A'], ['titleType', 80, 2, 'L'], ['languageCode', 82, 2, 'L']])

/** VER (original work title for versions) and EWT (entire work title for excerpts) share a layout. */
const originalWork = (recordType: string) =>
  layout(recordType, [
    ...PREFIX,
    ['title', 20, 60, 'A'],
    ['iswc', 80, 11, 'A'],
    ['languageCode', 91, 2, 'L'],
    ['writer1LastName', 93, 45, 'A'],
    ['writer1FirstName', 138, 30, 'A'],
    ['source', 168, 60, 'A'],
    ['writer1IpiNameNumber', 228, 11, 'L'],
    ['writer1IpiBaseNumber', 239, 13, 'L'],
    ['writer2LastName', 252, 45, 'A'],
    ['writer2FirstName', 297, 30, 'A'],
    ['writer2IpiNameNumber', 327, 11, 'L'],
    ['writer2IpiBaseNumber', 338, 13, 'L'],
    ['submitterWorkNumber', 351, 14, 'A'],
  ])

const PER = layout('PER', [
  ...PREFIX,
  ['performingArtistLastName', 20, 45, 'A'],
  ['performingArtistFirstName', 65, 30, 'A'],
  ['performingArtistIpiNameNumber', 95, 11, 'L'],
  ['performingArtistIpiBaseNumber', 106, 13, 'L'],
])

const REC = layout('REC', [
  ...PREFIX,
  ['firstReleaseDate', 20, 8, 'D'],
  ['constant1', 28, 60, 'A'],
  ['firstReleaseDuration', 88, 6, 'T'],
  ['constant2', 94, 5, 'A'],
  ['firstAlbumTitle', 99, 60, 'A'],
  ['firstAlbumLabel', 159, 60, 'A'],
  ['firstReleaseCatalogNumber', 219, 18, 'A'],
  ['ean', 237, 13, 'A'],
  ['isrc', 250, 12, 'A'],
  ['recordingFormat', 262, 1, 'L'],
  ['recordingTechnique', 263, 1, 'L'],
  ['mediaType', 264, 3, 'L'],
])

const ORN = layout('ORN', [
  ...PREFIX,
  ['intendedPurpose', 20, 3, 'L'],
  ['productionTitle', 23, 60, 'A'],
  ['cdIdentifier', 83, 15, 'A'],
  ['cutNumber', 98, 4, 'N'],
  ['library', 102, 60, 'A'],
  ['bltvr', 162, 1, 'A'],
  ['vIsan', 163, 25, 'A'],
  ['productionNumber', 188, 12, 'A'],
  ['episodeTitle', 200, 60, 'A'],
  ['episodeNumber', 260, 20, 'A'],
  ['yearOfProduction', 280, 4, 'N'],
  ['aviSocietyCode', 284, 3, 'A'],
  ['audioVisualNumber', 287, 15, 'A'],
])

export const CWR21_LAYOUTS: ReadonlyMap<string, CwrLayout> = new Map(
  [
    HDR,
    GRH,
    GRT,
    TRL,
    workHeader('NWR'),
    workHeader('REV'),
    workHeader('ISW'),
    workHeader('EXC'),
    ACK,
    MSG,
    publisher('SPU'),
    publisher('OPU'),
    SPT,
    writer('SWR'),
    writer('OWR'),
    SWT,
    PWR,
    ALT,
    originalWork('VER'),
    originalWork('EWT'),
    PER,
    REC,
    ORN,
  ].map((l) => [l.recordType, l]),
)
