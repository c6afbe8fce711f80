import type { DemoRecording } from './types.ts'

// Durations, keys, modes, tempos, energy, lead singers, recording dates and stage needs of the
// album masters are not in world.md: all of them are ours, and listed as invented on each record.
const sound = ['durationSeconds', 'key', 'mode', 'tempoBpm', 'energy', 'leads', 'recordedOn'] as const
/** On the 2013 summer tour a DJ plays the tracks; Dustin joins on acoustic guitar mid-set. */
const dj = ['dj-track'] as const

type Master = Omit<DemoRecording, 'ref' | 'work' | 'act' | 'kind' | 'invented'> & { invented?: readonly string[] }

/** A BTR album master of a work, referenced as `rec-<work>`. */
function btrMaster(work: string, fields: Master): DemoRecording {
  return { ref: `rec-${work}`, work, act: 'btr', kind: 'master', ...fields, invented: [...sound, 'needs', ...(fields.invented ?? [])] }
}

export const recordings: readonly DemoRecording[] = [
  // The standard edition, in track order.
  btrMaster('like-nobodys-around', {
    durationSeconds: 203,
    key: 'A',
    mode: 'major',
    tempoBpm: 124,
    energy: 8,
    needs: dj,
    recordedOn: '2012-11',
    leads: ['kendall', 'james'],
  }),
  btrMaster('song-for-you', {
    title: 'Song for You (feat. Amy Heidemann)',
    durationSeconds: 224,
    key: 'C#',
    mode: 'major',
    tempoBpm: 92,
    energy: 6,
    needs: ['dj-track', 'guest'],
    recordedOn: '2013-01',
    leads: ['james', 'logan'],
    featured: [{ act: 'amy-heidemann', credit: 'rap' }],
    notes: 'On tour the rap part needs a guest: Victoria Justice could take it, possibly acoustic.',
  }),
  btrMaster('we-are', { durationSeconds: 215, key: 'E', mode: 'major', tempoBpm: 128, energy: 9, needs: dj, recordedOn: '2013-01', leads: ['kendall'] }),
  btrMaster('confetti-falling', {
    durationSeconds: 198,
    key: 'G',
    mode: 'major',
    tempoBpm: 118,
    energy: 7,
    needs: dj,
    recordedOn: '2012-09',
    leads: ['james', 'carlos'],
  }),
  btrMaster('get-up', { durationSeconds: 187, key: 'F#', mode: 'minor', tempoBpm: 130, energy: 9, needs: dj, recordedOn: '2013-02', leads: ['james'] }),
  btrMaster('crazy-for-u', {
    durationSeconds: 192,
    key: 'D',
    mode: 'major',
    tempoBpm: 112,
    energy: 7,
    needs: dj,
    recordedOn: '2013-02',
    leads: ['carlos', 'logan'],
  }),
  btrMaster('twenty-four-seven', {
    durationSeconds: 206,
    key: 'B',
    mode: 'minor',
    tempoBpm: 126,
    energy: 8,
    needs: dj,
    recordedOn: '2013-01',
    leads: ['logan', 'kendall'],
  }),
  btrMaster('just-getting-started', {
    durationSeconds: 181,
    key: 'A#',
    mode: 'major',
    tempoBpm: 120,
    energy: 8,
    needs: dj,
    recordedOn: '2013-02',
    leads: ['logan', 'carlos'],
  }),
  btrMaster('picture-this', {
    durationSeconds: 233,
    key: 'C',
    mode: 'major',
    tempoBpm: 84,
    energy: 4,
    needs: ['acoustic-guitar'],
    recordedOn: '2013-01',
    leads: ['kendall'],
  }),
  btrMaster('love-me-again', {
    durationSeconds: 219,
    key: 'G#',
    mode: 'major',
    tempoBpm: 96,
    energy: 5,
    needs: ['acoustic-guitar'],
    recordedOn: '2013-02',
    leads: ['james', 'carlos'],
  }),
  // Deluxe only.
  btrMaster('amazing', { durationSeconds: 210, key: 'D#', mode: 'major', tempoBpm: 100, energy: 6, needs: dj, recordedOn: '2013-02', leads: ['james'] }),
  btrMaster('untouchable', {
    durationSeconds: 201,
    key: 'F',
    mode: 'minor',
    tempoBpm: 122,
    energy: 8,
    needs: dj,
    recordedOn: '2013-02',
    leads: ['logan', 'kendall'],
  }),
  btrMaster('lost-in-love', {
    durationSeconds: 228,
    key: 'A',
    mode: 'minor',
    tempoBpm: 88,
    energy: 4,
    needs: ['acoustic-guitar'],
    recordedOn: '2013-03',
    leads: ['carlos'],
  }),
  btrMaster('run-till-dawn', {
    durationSeconds: 195,
    key: 'E',
    mode: 'minor',
    tempoBpm: 128,
    energy: 10,
    needs: dj,
    recordedOn: '2013-03',
    leads: ['kendall', 'logan'],
  }),
  btrMaster('summer-static', { durationSeconds: 189, key: 'D', mode: 'major', tempoBpm: 116, energy: 7, needs: dj, recordedOn: '2013-03', leads: ['logan'] }),
  // The sixteenth song recorded for the album; it stayed a demo.
  {
    ref: 'rec-halfway-there',
    work: 'halfway-there',
    act: 'btr',
    kind: 'demo',
    durationSeconds: 207,
    key: 'G',
    mode: 'major',
    tempoBpm: 104,
    energy: 5,
    needs: [],
    recordedOn: '2013-02',
    leads: ['kendall'],
    notes: 'Recorded for 24/Seven and left off the album.',
    invented: ['record'],
  },
  // Heffron Drive home demos: recorded, mixed and mastered by Kendall alone on a home computer at 17.
  ...(['passing-through', 'nightdrive', 'rooftop-summer'] as const).map((work, i): DemoRecording => ({
    ref: `rec-hd-demo-${work}`,
    work,
    act: 'hd',
    kind: 'demo',
    durationSeconds: [214, 198, 241][i],
    recordedOn: '2008',
    needs: [],
    leads: ['kendall'],
    notes: 'Home demo: recorded, mixed and mastered by Kendall alone on a home computer, at 17.',
    invented: ['durationSeconds', 'recordedOn'],
  })),
  // Kendall wants to re-record the early songs with modern tracks; this one is under way.
  {
    ref: 'rec-hd-rerecord-passing-through',
    work: 'passing-through',
    act: 'hd',
    kind: 'master',
    durationSeconds: 226,
    key: 'F#',
    mode: 'major',
    tempoBpm: 110,
    energy: 6,
    needs: ['acoustic-guitar'],
    recordedOn: '2013',
    leads: ['kendall', 'dustin'],
    notes: 'Re-recorded with modern tracks; replaces the 2008 home demo.',
    invented: ['record'],
  },
]
