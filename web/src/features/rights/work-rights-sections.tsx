import '../../styles/rights.css'
import { HoldsSection } from './holds-section.tsx'
import { PitchesSection } from './pitches-section.tsx'

/** The rights part of a song's page: holds and availability, then pitches. */
export function WorkRightsSections({ workId, title }: { workId: string; title: string }) {
  return (
    <>
      <HoldsSection workId={workId} title={title} />
      <PitchesSection workId={workId} />
    </>
  )
}
