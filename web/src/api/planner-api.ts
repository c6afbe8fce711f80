// The planner: an act's planner settings, planner runs (started, followed, cancelled) and the
// explanation of a version the planner wrote. Types from src/contract/planner-runs.ts (type-only).
import type { z } from 'zod'
import type * as runs from '../../../src/contract/planner-runs.ts'
import type * as planner from '../../../src/contract/planner.ts'
import { queryString, request } from './request.ts'
import { workspaceKey, workspacePath } from './workspace-resource.ts'

export type PlannerSettings = runs.PlannerSettings
export type PlannerSettingsBody = runs.PlannerSettingsBody
export type PlannerRun = runs.PlannerRun
export type PlannerRunShow = z.infer<typeof runs.PlannerRunShowSchema>
export type StartPlannerRunBody = runs.StartPlannerRunBody
export type PlannerSuggestion = runs.PlannerSuggestion
export type TourRotation = runs.TourRotation
export type TourRotationBody = runs.TourRotationBody
export type PlannerGoal = planner.PlannerGoal

const path = (ws: string, rest: string) => workspacePath(ws, rest)
const id = encodeURIComponent

export const plannerKeys = {
  all: (ws: string) => [...workspaceKey(ws), 'planner'] as const,
  settings: (ws: string, actId: string) => [...workspaceKey(ws), 'planner', 'settings', actId] as const,
  runs: (ws: string, params: { actId?: string; targetId?: string }) => [...workspaceKey(ws), 'planner', 'runs', params] as const,
  run: (ws: string, runId: string) => [...workspaceKey(ws), 'planner', 'run', runId] as const,
  suggestion: (ws: string, versionId: string) => [...workspaceKey(ws), 'planner', 'suggestion', versionId] as const,
}

export const plannerApi = {
  getSettings: (ws: string, actId: string) => request<PlannerSettings>('GET', path(ws, `/acts/${id(actId)}/planner-settings`)),
  putSettings: (ws: string, actId: string, body: PlannerSettingsBody) => request<PlannerSettings>('PUT', path(ws, `/acts/${id(actId)}/planner-settings`), body),
  getTourRotation: (ws: string, tourId: string) => request<TourRotation>('GET', path(ws, `/tours/${id(tourId)}/planner-rotation`)),
  putTourRotation: (ws: string, tourId: string, body: TourRotationBody) =>
    request<TourRotation>('PUT', path(ws, `/tours/${id(tourId)}/planner-rotation`), body),
  start: (ws: string, body: StartPlannerRunBody) => request<PlannerRun>('POST', path(ws, '/planner/runs'), body),
  listRuns: (ws: string, params: { actId?: string; targetId?: string } = {}) => request<PlannerRun[]>('GET', path(ws, `/planner/runs${queryString(params)}`)),
  getRun: (ws: string, runId: string) => request<PlannerRun>('GET', path(ws, `/planner/runs/${id(runId)}`)),
  cancel: (ws: string, runId: string) => request<PlannerRun>('POST', path(ws, `/planner/runs/${id(runId)}/cancel`)),
  suggestion: (ws: string, versionId: string) => request<PlannerSuggestion>('GET', path(ws, `/planner/suggestions/${id(versionId)}`)),
}

export const PLANNER_GOAL_LABELS: Record<PlannerGoal, string> = {
  keys: 'Smooth keys',
  tempo: 'Tempo flow',
  energyFlow: 'Energy flow',
  energyArc: 'Energy arc',
  fanDemand: 'Fan demand',
  freshness: 'Freshness',
  variety: 'Variety',
}
