import type { Organization } from '../../api/rights-api.ts'

/** The kinds in the order the form offers them, with the words shown. */
export const ORGANIZATION_KIND_LABELS: Record<Organization['kind'], string> = {
  label: 'Record label',
  network: 'TV network',
  publisher: 'Publisher',
  administrator: 'Administrator',
  management: 'Management',
  other: 'Other',
}
