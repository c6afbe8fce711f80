import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import type { PlanResult, PlanShowRequest, PlannerSong, TourPlanResult } from '../contract/planner.ts'
import { DomainError } from '../domain/errors.ts'
import { formatRunningTime } from '../domain/setlist-timing.ts'
import { ruleName, ruleNames } from '../domain/rule-names.ts'

/** `greenroom plan show <input.json>` and `greenroom plan tour <input.json>` (input format: docs/planner-input.md). */

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new DomainError('validation', `${file} is not a readable JSON file: ${(err as Error).message}`)
  }
}

interface PlanCliOptions {
  json?: boolean
  seed?: string
  budgetMs?: string
}

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw new DomainError('validation', `${name} must be a whole number`, { errors: [{ path: name, message: 'a whole number' }] })
  return n
}

/** One show's plan as people read it: the list with times and reasons, the score by goal, every rule. */
export function planText(plan: PlanResult, repertoire: PlannerSong[], label?: string): string {
  const titles = new Map(repertoire.map((s) => [s.recordingId, s]))
  const head = `${label ?? (plan.showId ? `Show ${plan.showId}` : 'Show')}: ${plan.status}${plan.provenOptimal ? ' (proved optimal)' : ''} · ${plan.stats.method}, ${plan.stats.elapsedMs} ms, seed ${plan.stats.seed}`
  const lines = [head]
  if (plan.status === 'infeasible' && plan.entries.length === 0) {
    lines.push(`  No set keeps every rule. Conflicting rules: ${plan.conflictingRules?.length ? ruleNames(plan.conflictingRules) : '(none singled out)'}`)
    lines.push(`  ${plan.explanation}`)
    return lines.join('\n')
  }
  let offset = 0
  let n = 0
  const reasons = new Map(plan.reasons.map((r) => [r.recordingId, r.reasons]))
  for (const e of plan.entries) {
    if (e.type === 'section') {
      lines.push(`  — ${e.title ?? e.section}`)
      continue
    }
    if (e.type !== 'song') continue
    const song = titles.get(e.recordingId ?? '')
    n++
    const guests = e.guests?.length ? ` (with ${e.guests.join(', ')})` : ''
    lines.push(
      `  ${String(n).padStart(2)}  ${formatRunningTime(offset).padStart(7)}  ${((song?.title ?? e.recordingId ?? '?') + guests).padEnd(32)}  ${(reasons.get(e.recordingId ?? '') ?? []).join('; ')}`,
    )
    offset += song?.durationSeconds ?? 0
  }
  lines.push(`  Running time ${formatRunningTime(plan.runningSeconds)}`)
  if (plan.score) {
    const goals = Object.entries(plan.score.byGoal)
      .map(([g, v]) => `${g} ${v.toFixed(3)}`)
      .join(' · ')
    lines.push(`  Score ${plan.score.total.toFixed(4)} (weighted penalties, lower is better): ${goals}`)
  }
  lines.push('  Rules:')
  for (const r of plan.rules) lines.push(`    ${r.ok ? '✓' : '✗'} ${ruleName(r.ruleId).padEnd(42)} ${r.message}`)
  lines.push(`  ${plan.explanation}`)
  return lines.join('\n')
}

export function tourText(tour: TourPlanResult, repertoire: PlannerSong[], shows: PlanShowRequest['show'][]): string {
  const s = tour.stats
  const lines = [
    `Tour: ${tour.status} · ${tour.shows.length} shows, ${s.songsUsed} songs used, mean similarity of consecutive shows ${s.meanJaccard ?? '–'} (Jaccard), ${s.hardViolations} hard-rule violations, ${s.elapsedMs} ms, seed ${s.seed}`,
    '',
  ]
  tour.shows.forEach((plan, i) => {
    const show = shows.find((x) => x.id && x.id === plan.showId) ?? shows[i]
    lines.push(planText(plan, repertoire, `${show?.date ?? ''} ${show?.city ?? ''} ${plan.showId ?? ''}`.trim()), '')
  })
  const titles = new Map(repertoire.map((x) => [x.recordingId, x.title]))
  const played = Object.entries(s.timesPlayed)
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => `${titles.get(id) ?? id} ×${n}`)
  lines.push(`Times played: ${played.join(', ')}`)
  lines.push(`Similarity of each show with the one before: ${s.consecutiveJaccard.join(' ')}`)
  return lines.join('\n')
}

export function addPlanCommands(program: Command): void {
  const plan = program
    .command('plan')
    .description('The set-list planner: a set list (or a whole tour) that keeps the rules and scores best (docs/planner-input.md)')
  plan
    .command('show <input>')
    .description('Plan one show from a JSON input file: repertoire, show, rules, weights, history, seed, budgetMs')
    .option('--json', 'print the result as JSON')
    .option('--seed <n>', 'override the seed of the input')
    .option('--budget-ms <n>', "override the input's time budget")
    .action(async (file: string, opts: PlanCliOptions) => {
      const { parsePlanShowInput } = await import('../contract/planner.ts')
      const { planShowInProcess } = await import('../usecases/planner/plan-in-process.ts')
      const req = parsePlanShowInput(readJson(file))
      const result = planShowInProcess(req, { seed: numberOption(opts.seed, '--seed'), budgetMs: numberOption(opts.budgetMs, '--budget-ms') })
      process.stdout.write(
        opts.json
          ? JSON.stringify(result, null, 2) + '\n'
          : planText(result, req.repertoire, `${req.show.date} ${req.show.city ?? ''} ${req.show.id ?? ''}`.trim()) + '\n',
      )
    })
  plan
    .command('tour <input>')
    .description('Plan every show of a leg or tour at once from a JSON input file (shows instead of show)')
    .option('--json', 'print the result as JSON')
    .option('--seed <n>', 'override the seed of the input')
    .option('--budget-ms <n>', "override the input's time budget (for the whole tour)")
    .action(async (file: string, opts: PlanCliOptions) => {
      const { parsePlanTourInput } = await import('../contract/planner.ts')
      const { planTourInProcess } = await import('../usecases/planner/plan-in-process.ts')
      const req = parsePlanTourInput(readJson(file))
      const result = planTourInProcess(req, { seed: numberOption(opts.seed, '--seed'), budgetMs: numberOption(opts.budgetMs, '--budget-ms') })
      process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : tourText(result, req.repertoire, req.shows) + '\n')
    })
}
