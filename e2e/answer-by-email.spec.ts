import { expect, test } from './support/demo-server.ts'
import { signedIn } from './support/sign-in.ts'

// Issue 14 point 4 and "Tests" (ADR 047): one click from the email to answer. The demo's outbox holds
// the availability request's emails (no SMTP server configured, so they are kept for the owner to
// read); the owner reads Dustin's, the signed link in it opens in Chromium with no login, Dustin
// answers maybe with a comment, and Nadia (the manager who asked) sees the answer in the request's
// table.
const api = '/api/workspaces/demo'

test('Dustin answers the availability request from the link in his email, and the manager sees it', async ({ browser }) => {
  const sam = await signedIn(browser, 'sam')
  const outbox = (await (await sam.request.get(`${api}/mail/outbox?limit=100`)).json()) as {
    kind: string
    to: string
    subject: string
    text: string
    status: string
  }[]
  const mail = outbox.find((m) => m.kind === 'availability' && m.to === 'dustin@demo.greenroom.test')
  expect(mail, 'the demo outbox holds the request’s email to Dustin').toBeDefined()
  expect(mail!.status).toBe('kept')
  expect(mail!.subject).toContain('South America leg')
  const link = /https?:\/\/[^\s)]+\/answer\/[A-Za-z0-9._~-]+/.exec(mail!.text)?.[0]
  expect(link, 'the email carries the signed answer link').toBeDefined()

  // a fresh browser with no session, as from a mail client; the link's path on this server
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(new URL(link!).pathname)
  await expect(page.getByRole('heading', { level: 1, name: 'South America leg' })).toBeVisible()
  const comment = 'Can do if the Heffron Drive dates move; I will know by May 3.'
  await page.getByLabel('Comment (optional)').fill(comment)
  await page.getByRole('button', { name: 'Maybe' }).click()
  await expect(page.getByRole('status')).toContainText('Thank you, Dustin Belt: your answer “Maybe” is recorded.')

  // the manager who asked sees it in the table
  const nadia = await signedIn(browser, 'nadia')
  const requests = (await (await nadia.request.get(`${api}/availability-requests`)).json()) as { id: string; title: string }[]
  const request = requests.find((r) => r.title === 'South America leg')!
  const detail = (await (await nadia.request.get(`${api}/availability-requests/${request.id}`)).json()) as {
    answers: { personName: string; answer: string | null; comment: string }[]
  }
  expect(detail.answers.find((a) => a.personName === 'Dustin Belt')).toMatchObject({ answer: 'maybe', comment })
  await nadia.goto(`/w/demo/availability/${request.id}`)
  await expect(nadia.getByText(comment)).toBeVisible()
})

test('James answers a set list sent round from the link in his email: it opens the proposal, and his approval is recorded', async ({ browser }) => {
  const kendall = await signedIn(browser, 'kendall')
  const act = (await (await kendall.request.get(`${api}/acts/big-time-rush`)).json()) as { id: string }
  const recordings = (await (await kendall.request.get(`${api}/recordings?actId=big-time-rush`)).json()) as { id: string }[]
  const draft = await kendall.request.post(`${api}/setlists/proposals`, {
    data: { actId: act.id, title: 'Denver, sent round by mail', entries: [{ id: 'a', type: 'song', recordingId: recordings[0]!.id }] },
  })
  expect(draft.status()).toBe(201)
  const proposalId = ((await draft.json()) as { id: string }).id

  // the notify job writes the email after the request has answered: wait for it in the outbox
  const sam = await signedIn(browser, 'sam')
  type Mail = { kind: string; to: string; subject: string; text: string }
  let mail: Mail | undefined
  await expect
    .poll(
      async () => {
        const outbox = (await (await sam.request.get(`${api}/mail/outbox?limit=100`)).json()) as Mail[]
        mail = outbox.find((m) => m.kind === 'proposal.sent' && m.to === 'james@demo.greenroom.test' && m.text.includes(proposalId))
        return mail !== undefined
      },
      { timeout: 30_000 },
    )
    .toBe(true)
  expect(mail!.subject).toContain('sent round')
  const link = new RegExp(`https?://[^\\s)]+/w/demo/setlists/${proposalId}`).exec(mail!.text)?.[0]
  expect(link, 'the email links to the set list').toBeDefined()

  // James, signed in on his phone's browser, follows the link and approves there
  const james = await signedIn(browser, 'james')
  await james.goto(new URL(link!).pathname)
  await expect(james.getByRole('heading', { level: 1, name: /Denver, sent round by mail/ })).toBeVisible()
  await james.getByRole('button', { name: 'Approve', exact: true }).click()
  await expect(james.getByText('You approved version 1.')).toBeVisible()
  const answers = (await (await kendall.request.get(`${api}/setlists/proposals/${proposalId}`)).json()) as {
    latestVersion: { answers: { personName: string; kind: string }[] }
  }
  expect(answers.latestVersion.answers).toEqual(expect.arrayContaining([expect.objectContaining({ personName: 'James Maslow', kind: 'approve' })]))
  await Promise.all([kendall, sam, james].map((p) => p.context().close()))
})
