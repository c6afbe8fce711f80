import { CWR21_LAYOUTS, ALT, GRH, GRT, layout, PREFIX, TRL, type CwrLayout } from './layout.ts'

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
