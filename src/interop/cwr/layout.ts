/**
 * CWR 2.1 record layouts (CISAC Common Works Registration, EDI version 01.10, revision 7+).
 *
 * One table per record type: field name, 1-based start column, length and type, exactly as the
 * specification lists them. The generic encoder/decoder (record.ts) is driven by these tables only.
 * Checked against the real files in ../shared/interop-samples/cwr (layout.test.ts).
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

function layout(recordType: string, specs: readonly Spec[]): CwrLayout {
  const fields = specs.map(([name, start, length, type]) => ({ name, start, length, type }))
  const last = fields[fields.length - 1]!
  return { recordType, fields, length: last.start + last.length - 1 }
}

/** The prefix of every transaction and detail record. */
const PREFIX: readonly Spec[] = [
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

const GRH = layout('GRH', [
  ['recordType', 1, 3, 'A'],
  ['transactionType', 4, 3, 'L'],
  ['groupId', 7, 5, 'N'],
  ['versionNumber', 12, 5, 'A'],
  ['batchRequest', 17, 10, 'N'],
  ['submissionDistributionType', 27, 2, 'L'],
])

const GRT = layout('GRT', [
  ['recordType', 1, 3, 'A'],
  ['groupId', 4, 5, 'N'],
  ['transactionCount', 9, 8, 'N'],
  ['recordCount', 17, 8, 'N'],
  ['currencyIndicator', 25, 3, 'L'],
  ['totalMonetaryValue', 28, 10, 'N'],
])

const TRL = layout('TRL', [
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

const ALT = layout('ALT', [...PREFIX, ['alternateTitle', 20, 60, 'A'], ['titleType', 80, 2, 'L'], ['languageCode', 82, 2, 'L']])

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

/**
 * CWR 3.0 layouts of the record types in the 3.0 samples (WRK submission, ISR ISWC request).
 * Derived from the real files and the generator that wrote them (django-music-publisher); the
 * export writes 2.1 only, these let the 3.0 files be read and round-tripped. Fields our sources do
 * not name are called `unnamedNNN` (NNN = start column) rather than given a guessed meaning.
 */
const HDR30 = layout('HDR', [
  ['recordType', 1, 3, 'A'],
  ['senderType', 4, 2, 'A'],
  ['senderId', 6, 4, 'A'],
  ['senderName', 10, 45, 'A'],
  ['senderIpiNameNumber', 55, 11, 'L'],
  ['creationDate', 66, 8, 'D'],
  ['creationTime', 74, 6, 'T'],
  ['transmissionDate', 80, 8, 'D'],
  ['characterSet', 88, 15, 'A'],
  ['version', 103, 3, 'A'],
  ['revision', 106, 3, 'A'],
  ['softwarePackage', 109, 30, 'A'],
  ['softwarePackageVersion', 139, 30, 'A'],
  ['fileName', 169, 27, 'A'],
])

const WRK30 = layout('WRK', [
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
  ['grandRightsIndicator', 155, 1, 'B'],
  ['compositeComponentCount', 156, 3, 'N'],
  ['printedEditionPublicationDate', 159, 8, 'D'],
  ['exceptionalClause', 167, 1, 'F'],
  ['opusNumber', 168, 25, 'A'],
  ['catalogueNumber', 193, 25, 'A'],
  ['priorityFlag', 218, 1, 'F'],
])

const publisher30 = (recordType: string) =>
  layout(recordType, [
    ...PREFIX,
    ['publisherSequence', 20, 2, 'N'],
    ['interestedPartyNumber', 22, 9, 'A'],
    ['publisherName', 31, 45, 'A'],
    ['publisherUnknownIndicator', 76, 1, 'F'],
    ['publisherType', 77, 2, 'L'],
    ['taxId', 79, 9, 'A'],
    ['publisherIpiNameNumber', 88, 11, 'L'],
    ['publisherIpiBaseNumber', 99, 13, 'L'],
    ['unnamed112', 112, 1, 'A'],
  ])

/** SPT, SWT and OPT share one layout in 3.0: territory shares with the societies in the record. */
const territory30 = (recordType: string) =>
  layout(recordType, [
    ...PREFIX,
    ['sequenceNumber', 20, 3, 'N'],
    ['interestedPartyNumber', 23, 9, 'A'],
    ['prCollectionShare', 32, 5, 'N'],
    ['mrCollectionShare', 37, 5, 'N'],
    ['srCollectionShare', 42, 5, 'N'],
    ['inclusionExclusionIndicator', 47, 1, 'F'],
    ['tisNumericCode', 48, 4, 'L'],
    ['prSociety', 52, 4, 'L'],
    ['mrSociety', 56, 4, 'L'],
    ['srSociety', 60, 4, 'L'],
    ['unnamed064', 64, 32, 'A'],
    ['unnamed096', 96, 4, 'N'],
  ])

const SWR30 = layout('SWR', [
  ...PREFIX,
  ['interestedPartyNumber', 20, 9, 'A'],
  ['writerLastName', 29, 45, 'A'],
  ['writerFirstName', 74, 30, 'A'],
  ['writerUnknownIndicator', 104, 1, 'F'],
  ['writerDesignationCode', 105, 2, 'L'],
  ['writerIpiNameNumber', 107, 11, 'L'],
  ['writerIpiBaseNumber', 118, 13, 'L'],
  ['unnamed131', 131, 1, 'A'],
  ['unnamed132', 132, 1, 'A'],
  ['unnamed133', 133, 2, 'A'],
])

/** The 3.0 sample's OWR still carries the tax ID that its SWR dropped. */
const OWR30 = layout('OWR', [
  ...PREFIX,
  ['interestedPartyNumber', 20, 9, 'A'],
  ['writerLastName', 29, 45, 'A'],
  ['writerFirstName', 74, 30, 'A'],
  ['writerUnknownIndicator', 104, 1, 'F'],
  ['writerDesignationCode', 105, 2, 'L'],
  ['taxId', 107, 9, 'A'],
  ['writerIpiNameNumber', 116, 11, 'L'],
  ['writerIpiBaseNumber', 127, 13, 'L'],
  ['unnamed140', 140, 1, 'A'],
  ['unnamed141', 141, 1, 'A'],
  ['unnamed142', 142, 2, 'A'],
])

const PWR30 = layout('PWR', [
  ...PREFIX,
  ['publisherSequence', 20, 2, 'N'],
  ['publisherIpNumber', 22, 9, 'A'],
  ['writerIpNumber', 31, 9, 'A'],
  ['submitterAgreementNumber', 40, 14, 'A'],
  ['publisherPrSociety', 54, 4, 'L'],
  ['societyAssignedAgreementNumber', 58, 14, 'A'],
  ['unnamed072', 72, 2, 'A'],
])

const OWK30 = layout('OWK', [
  ...PREFIX,
  ['title', 20, 60, 'A'],
  ['unnamed080', 80, 11, 'A'],
  ['unnamed091', 91, 14, 'A'],
  ['unnamed105', 105, 50, 'A'],
  ['unnamed155', 155, 8, 'A'],
  ['unnamed163', 163, 45, 'A'],
  ['unnamed208', 208, 30, 'A'],
  ['unnamed238', 238, 11, 'A'],
  ['unnamed249', 249, 13, 'A'],
  ['unnamed262', 262, 45, 'A'],
  ['unnamed307', 307, 30, 'A'],
  ['unnamed337', 337, 11, 'A'],
  ['unnamed348', 348, 13, 'A'],
])

const REC30 = layout('REC', [
  ...PREFIX,
  ['releaseDate', 20, 8, 'D'],
  ['duration', 28, 6, 'T'],
  ['isrc', 34, 12, 'A'],
  ['recordingTitle', 46, 60, 'A'],
  ['versionTitle', 106, 60, 'A'],
  ['displayArtist', 166, 60, 'A'],
  ['unnamed226', 226, 11, 'A'],
  ['artistIsni', 237, 16, 'A'],
  ['recordLabel', 253, 60, 'A'],
  ['isrcValidity', 313, 20, 'A'],
  ['submitterRecordingNumber', 333, 14, 'A'],
])

const ORN30 = layout('ORN', [
  ...PREFIX,
  ['intendedPurpose', 20, 3, 'L'],
  ['cdIdentifier', 23, 15, 'A'],
  ['cutNumber', 38, 4, 'N'],
  ['library', 42, 60, 'A'],
  ['unnamed102', 102, 213, 'A'],
  ['unnamed315', 315, 4, 'N'],
  ['unnamed319', 319, 106, 'A'],
])

const XRF30 = layout('XRF', [
  ...PREFIX,
  ['organisationCode', 20, 4, 'L'],
  ['identifier', 24, 14, 'A'],
  ['identifierType', 38, 1, 'L'],
  ['validity', 39, 1, 'L'],
])

const ISR30 = layout('ISR', [
  ...PREFIX,
  ['workTitle', 20, 60, 'A'],
  ['languageCode', 80, 2, 'L'],
  ['submitterWorkNumber', 82, 14, 'A'],
  ['iswc', 96, 11, 'A'],
  ['unnamed107', 107, 1, 'A'],
])

const WRI30 = layout('WRI', [
  ...PREFIX,
  ['interestedPartyNumber', 20, 9, 'A'],
  ['writerIpiNameNumber', 29, 11, 'L'],
  ['writerLastName', 40, 45, 'A'],
  ['writerFirstName', 85, 30, 'A'],
  ['writerDesignationCode', 115, 2, 'L'],
])

/** GRH without the submission/distribution type, GRT without the currency fields; TRL as in 2.1. */
const GRH30 = layout(
  'GRH',
  GRH.fields.slice(0, -1).map((f) => [f.name, f.start, f.length, f.type] as const),
)
const GRT30 = layout(
  'GRT',
  GRT.fields.slice(0, -2).map((f) => [f.name, f.start, f.length, f.type] as const),
)

export const CWR30_LAYOUTS: ReadonlyMap<string, CwrLayout> = new Map(
  [
    HDR30,
    GRH30,
    GRT30,
    TRL,
    WRK30,
    publisher30('SPU'),
    publisher30('OPU'),
    territory30('SPT'),
    territory30('SWT'),
    territory30('OPT'),
    SWR30,
    OWR30,
    PWR30,
    ALT,
    OWK30,
    REC30,
    ORN30,
    XRF30,
    ISR30,
    WRI30,
  ].map((l) => [l.recordType, l]),
)

/** The layouts of a file by its HDR: 3.x when the version field (column 103) says so, else 2.1. */
export function layoutsFor(text: string): ReadonlyMap<string, CwrLayout> {
  const hdr = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? ''
  return /^3\.\d$/.test(hdr.slice(102, 105)) && hdr.slice(59, 64) !== '01.10' ? CWR30_LAYOUTS : CWR21_LAYOUTS
}
