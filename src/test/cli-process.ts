import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)
const ROOT = new URL('../..', import.meta.url).pathname

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `greenroom <args>` as its own process from the repository root, as a user would (logs
 * silenced), and returns its exit code and output whether it succeeded or not.
 */
export async function runGreenroom(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('node', ['bin/greenroom.mjs', ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      maxBuffer: 64 << 20,
    })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}
