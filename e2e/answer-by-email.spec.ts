import { expect, test, type Browser } from './support/demo-server.ts'

// Issue 14 point 4 and "Tests" (ADR 047): one click from the email to answer. The demo's outbox holds
// the availability request's emails (no SMTP server configured, so they are kept for the owner to
// read); the owner reads Dustin's, the signed link in it opens in Chromium with no login, Dustin
// answers maybe with a comment, and Nadia (the manager who asked) sees the answer in the request's
// table.
const PASSWORD = 'greenroom-demo'
const api = '/api/workspaces/demo'

async function signedIn(browser: Browser, firstName: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const res = await page.request.post('/api/auth/login', { data: { email: `${firstName}@demo.greenroom.test`, password: PASSWORD } })
  expect(res.ok()).toBe(true)
  return page
}

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
