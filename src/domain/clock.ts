/** The only way domain and use cases learn the time, so tests and the demo can pin it. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) }
}
