import type { ComponentType } from 'react'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { AppRoot } from './components/app-root.tsx'
import { PlainLayout } from './components/plain-layout.tsx'
import { Loading } from './components/query-view.tsx'
import { RouteError } from './components/route-error.tsx'
import { Landing } from './features/auth/landing.tsx'
import { RequireLogin } from './features/auth/require-login.tsx'
import { WorkspaceLayout } from './features/workspace/workspace-layout.tsx'

/** A route whose page is loaded when first visited, keeping the first download small. */
type LazyPage = { lazy: () => Promise<{ Component: ComponentType }> }

function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyPage {
  return { lazy: async () => ({ Component: pick(await load()) }) }
}

/** list, new, detail and edit pages of one area, e.g. /songs, /songs/new, /songs/:workId, /songs/:workId/edit. */
function area(path: string, param: string, pages: { list: LazyPage; create: LazyPage; detail: LazyPage; edit: LazyPage }): RouteObject {
  return {
    path,
    children: [
      { index: true, ...pages.list },
      { path: 'new', ...pages.create },
      { path: `:${param}`, ...pages.detail },
      { path: `:${param}/edit`, ...pages.edit },
    ],
  }
}

const people = () => import('./features/people/people-pages.ts')
const acts = () => import('./features/acts/acts-pages.ts')
const works = () => import('./features/works/works-pages.ts')
const recordings = () => import('./features/recordings/recordings-pages.ts')
const releases = () => import('./features/releases/releases-pages.ts')
const placements = () => import('./features/placements/placements-pages.ts')
const tours = () => import('./features/tours/tours-pages.ts')
const shows = () => import('./features/shows/shows-pages.ts')
const venues = () => import('./features/venues/venues-pages.ts')
const commitments = () => import('./features/commitments/commitments-pages.ts')
const calendar = () => import('./features/calendar/calendar-pages.ts')
const setlists = () => import('./features/setlists/setlists-pages.ts')
const setlistsList = () => import('./features/setlists/proposals-list-entry.ts')
const setlistsProposal = () => import('./features/setlists/proposal-entry.ts')
const organizations = () => import('./features/organizations/organizations-pages.ts')
const road = () => import('./features/road/road-pages.tsx')
const hotels = () => import('./features/hotels/hotel-pages.tsx')

const workspaceRoutes: RouteObject[] = [
  {
    index: true,
    ...page(
      () => import('./features/dashboard/dashboard-page.tsx'),
      (m) => m.DashboardPage,
    ),
  },
  area('people', 'personId', {
    list: page(people, (m) => m.PeopleListPage),
    create: page(people, (m) => m.PersonCreatePage),
    detail: page(people, (m) => m.PersonDetailPage),
    edit: page(people, (m) => m.PersonEditPage),
  }),
  area('acts', 'actId', {
    list: page(acts, (m) => m.ActsListPage),
    create: page(acts, (m) => m.ActCreatePage),
    detail: page(acts, (m) => m.ActDetailPage),
    edit: page(acts, (m) => m.ActEditPage),
  }),
  { path: 'acts/:actId/members/new', ...page(acts, (m) => m.MembershipCreatePage) },
  { path: 'acts/:actId/members/:membershipId/edit', ...page(acts, (m) => m.MembershipEditPage) },
  area('songs', 'workId', {
    list: page(works, (m) => m.WorksListPage),
    create: page(works, (m) => m.WorkCreatePage),
    detail: page(works, (m) => m.WorkDetailPage),
    edit: page(works, (m) => m.WorkEditPage),
  }),
  area('recordings', 'recordingId', {
    list: page(recordings, (m) => m.RecordingsListPage),
    create: page(recordings, (m) => m.RecordingCreatePage),
    detail: page(recordings, (m) => m.RecordingDetailPage),
    edit: page(recordings, (m) => m.RecordingEditPage),
  }),
  area('releases', 'releaseGroupId', {
    list: page(releases, (m) => m.ReleasesListPage),
    create: page(releases, (m) => m.ReleaseCreatePage),
    detail: page(releases, (m) => m.ReleaseDetailPage),
    edit: page(releases, (m) => m.ReleaseEditPage),
  }),
  area('placements', 'placementId', {
    list: page(placements, (m) => m.PlacementsListPage),
    create: page(placements, (m) => m.PlacementCreatePage),
    detail: page(placements, (m) => m.PlacementDetailPage),
    edit: page(placements, (m) => m.PlacementEditPage),
  }),
  area('tours', 'tourId', {
    list: page(tours, (m) => m.ToursListPage),
    create: page(tours, (m) => m.TourCreatePage),
    // Its own chunk: the tour page brings the world map data, which the list does not need.
    detail: page(
      () => import('./features/tours/tour-detail-page.tsx'),
      (m) => m.TourDetailPage,
    ),
    edit: page(tours, (m) => m.TourEditPage),
  }),
  area('shows', 'showId', {
    list: page(shows, (m) => m.ShowsListPage),
    create: page(shows, (m) => m.ShowCreatePage),
    // Its own chunk: a show's page is opened on a phone at the venue; the barrel would bring the
    // create and edit forms and zod with the contract's schemas (~25 KB gzip), which it never uses.
    detail: page(
      () => import('./features/shows/show-detail-entry.ts'),
      (m) => m.ShowDetailPage,
    ),
    edit: page(shows, (m) => m.ShowEditPage),
  }),
  {
    path: 'shows/:showId/door',
    ...page(
      () => import('./features/guests/guests-pages.ts'),
      (m) => m.DoorPage,
    ),
  },
  {
    path: 'shows/:showId/settlement',
    ...page(
      () => import('./features/business/business-pages.ts'),
      (m) => m.SettlementPage,
    ),
  },
  {
    path: 'shows/:showId/played',
    ...page(
      () => import('./features/played/played-pages.ts'),
      (m) => m.RecordPlayedPage,
    ),
  },
  area('venues', 'venueId', {
    list: page(venues, (m) => m.VenuesListPage),
    create: page(venues, (m) => m.VenueCreatePage),
    detail: page(venues, (m) => m.VenueDetailPage),
    edit: page(venues, (m) => m.VenueEditPage),
  }),
  area('commitments', 'commitmentId', {
    list: page(commitments, (m) => m.CommitmentsListPage),
    create: page(commitments, (m) => m.CommitmentCreatePage),
    detail: page(commitments, (m) => m.CommitmentDetailPage),
    edit: page(commitments, (m) => m.CommitmentEditPage),
  }),
  {
    path: 'setlists',
    children: [
      // The list and a proposal each in their own chunk: the pages a phone opens first load only their own code.
      { index: true, ...page(setlistsList, (m) => m.ProposalsListPage) },
      { path: 'new', ...page(setlists, (m) => m.ProposalCreatePage) },
      { path: ':proposalId', ...page(setlistsProposal, (m) => m.ProposalPage) },
      { path: ':proposalId/diff', ...page(setlists, (m) => m.SetlistDiffPage) },
      { path: ':proposalId/amend/:versionId', ...page(setlists, (m) => m.AmendPage) },
      { path: ':proposalId/counter/:versionId', ...page(setlists, (m) => m.CounterPage) },
      { path: ':proposalId/edit/:versionId', ...page(setlists, (m) => m.VersionEditPage) },
    ],
  },
  {
    path: 'planner',
    ...page(
      () => import('./features/planner/planner-index-page.tsx'),
      (m) => m.PlannerIndexPage,
    ),
  },
  {
    path: 'planner/:actId',
    ...page(
      () => import('./features/planner/planner-pages.ts'),
      (m) => m.PlannerPage,
    ),
  },
  area('organizations', 'organizationId', {
    list: page(organizations, (m) => m.OrganizationsListPage),
    create: page(organizations, (m) => m.OrganizationCreatePage),
    detail: page(organizations, (m) => m.OrganizationDetailPage),
    edit: page(organizations, (m) => m.OrganizationEditPage),
  }),
  {
    path: 'my-free-songs',
    ...page(
      () => import('./features/rights/free-songs-page.tsx'),
      (m) => m.FreeSongsPage,
    ),
  },
  {
    path: 'registrations',
    ...page(
      () => import('./features/publishing/registrations-page.tsx'),
      (m) => m.RegistrationsPage,
    ),
  },
  { path: 'my-days', ...page(road, (m) => m.MyDaysPage) },
  { path: 'days/:dayId', ...page(road, (m) => m.DaySheetPage) },
  { path: 'tours/:tourId/days', ...page(road, (m) => m.TourDaysPage) },
  { path: 'hotels', ...page(hotels, (m) => m.HotelsPage) },
  { path: 'hotels/new', ...page(hotels, (m) => m.NewHotelPage) },
  { path: 'hotels/:stayId', ...page(hotels, (m) => m.HotelPage) },
  { path: 'calendar', ...page(calendar, (m) => m.CalendarIndexPage) },
  { path: 'people/:personId/calendar', ...page(calendar, (m) => m.PersonCalendarPage) },
  { path: 'acts/:actId/calendar', ...page(calendar, (m) => m.ActCalendarPage) },
  {
    path: 'acts/:actId/charts',
    ...page(
      () => import('./features/charts/charts-pages.ts'),
      (m) => m.ActChartsPage,
    ),
  },
  {
    path: 'releases/:releaseGroupId/charts',
    ...page(
      () => import('./features/charts/charts-pages.ts'),
      (m) => m.ReleaseChartsPage,
    ),
  },
  {
    path: 'availability',
    ...page(
      () => import('./features/availability/availability-pages.tsx'),
      (m) => m.AvailabilityListPage,
    ),
  },
  {
    path: 'availability/:requestId',
    ...page(
      () => import('./features/availability/availability-pages.tsx'),
      (m) => m.AvailabilityRequestPage,
    ),
  },
  {
    path: 'inbox',
    ...page(
      () => import('./features/notifications/inbox-page.tsx'),
      (m) => m.InboxPage,
    ),
  },
  {
    path: 'conflicts',
    ...page(
      () => import('./features/conflicts/conflicts-pages.ts'),
      (m) => m.ConflictsListPage,
    ),
  },
  {
    path: 'settings',
    ...page(
      () => import('./features/settings/settings-page.tsx'),
      (m) => m.SettingsPage,
    ),
  },
  {
    path: 'settings/outbox',
    ...page(
      () => import('./features/mail/outbox-page.tsx'),
      (m) => m.OutboxPage,
    ),
  },
  {
    path: 'acts/:actId/import-setlistfm',
    ...page(
      () => import('./features/imports/setlistfm-import-page.tsx'),
      (m) => m.SetlistFmImportPage,
    ),
  },
  {
    path: 'imports/musicbrainz',
    ...page(
      () => import('./features/imports/musicbrainz-import-page.tsx'),
      (m) => m.MusicBrainzImportPage,
    ),
  },
]

/** The first segment of a workspace route's path below /w/<slug>/ ('' for home): the area it belongs to. */
function areaOf(route: RouteObject): string {
  return route.index ? '' : (route.path ?? '').split('/')[0]!
}

/** The workspace frame's route id, which an area's routes are patched into when first visited. */
const WORKSPACE = 'workspace'

/**
 * The app's router. It starts with the workspace's home alone and adds an area's routes (every route whose path
 * starts with that area's segment, e.g. `shows`: the list, new, a show, its door, settlement, played, edit) the
 * first time an address in it is opened (react-router's `patchRoutesOnNavigation`): the router flattens, compiles
 * and ranks every route it knows when it is made and at each patch, ~150 of them at once were 110–170 ms of the
 * entry's task on a phone (ADR 058). Ranking is by the whole path, so an area's routes match as they did among all.
 */
export function createAppRouter(): ReturnType<typeof createBrowserRouter> {
  const added = new Set([''])
  return createBrowserRouter(
    [
      {
        element: <AppRoot />,
        errorElement: <RouteError />,
        hydrateFallbackElement: <Loading />,
        children: [
          {
            element: <PlainLayout />,
            children: [
              {
                path: 'login',
                ...page(
                  () => import('./features/auth/login-page.tsx'),
                  (m) => m.LoginPage,
                ),
              },
              {
                path: 'signup',
                ...page(
                  () => import('./features/auth/signup-page.tsx'),
                  (m) => m.SignupPage,
                ),
              },
              {
                path: 'invite/:token',
                ...page(
                  () => import('./features/auth/invite-page.tsx'),
                  (m) => m.InvitePage,
                ),
              },
              {
                element: <RequireLogin />,
                children: [
                  { index: true, element: <Landing /> },
                  {
                    path: 'workspaces',
                    ...page(
                      () => import('./features/auth/workspaces-page.tsx'),
                      (m) => m.WorkspacesPage,
                    ),
                  },
                ],
              },
            ],
          },
          {
            element: <RequireLogin />,
            children: [
              {
                id: WORKSPACE,
                path: 'w/:workspaceSlug',
                element: <WorkspaceLayout />,
                errorElement: <RouteError />,
                children: workspaceRoutes.filter((route) => areaOf(route) === ''),
              },
            ],
          },
          {
            path: '*',
            loader: () => {
              throw new Response('Not found', { status: 404 })
            },
          },
        ],
      },
    ],
    {
      patchRoutesOnNavigation({ path, patch, signal }) {
        const area = /^\/w\/[^/]+\/([^/]+)/.exec(path)?.[1]
        if (area === undefined || added.has(area) || signal.aborted) return
        added.add(area)
        const routes = workspaceRoutes.filter((route) => areaOf(route) === area)
        if (routes.length > 0) patch(WORKSPACE, routes)
      },
    },
  )
}
