import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { roadApi, roadKeys } from '../../api/road-api.ts'
import { useWorkspace } from '../workspace/workspace-context.ts'

/** On a show's page: the day sheet of its date, once the day is set up (issue 15). */
export function ShowDayLink({ date }: { date: string }) {
  const { slug, href } = useWorkspace()
  const days = useQuery({ queryKey: roadKeys.onDate(slug, date), queryFn: () => roadApi.daysOn(slug, date), retry: false })
  const day = days.data?.[0]
  return day ? (
    <Link className="button" to={href(`/days/${day.id}`)}>
      Day sheet
    </Link>
  ) : null
}
