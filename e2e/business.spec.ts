import { expect, test, type Browser, type Page } from './support/demo-server.ts'
import { signedIn, PHONE } from './support/sign-in.ts'

// Issue 16 points 1 and 5 on a phone (ADR 048): the manager settles the demo's shows (Amsterdam
// approved in euros, San Diego a draft in dollars) and edits the tickets of the summer tour (Boston
// sold out); a member sees no money. Every 4xx comes back as the field's error.
const api = '/api/workspaces/demo'

const phone = (browser: Browser, firstName: string) => signedIn(browser, firstName, PHONE)

type ShowRow = { id: string; city: string; localDate: string; actName: string }
async function showIn(page: Page, city: string, localDate?: string): Promise<ShowRow> {
  const shows = (await (await page.request.get(`${api}/shows`)).json()) as ShowRow[]
  const show = shows.find((s) => s.city === city && (!localDate || s.localDate === localDate))
  expect(show, `a demo show in ${city}`).toBeTruthy()
  return show!
}

test('the settlement on a phone: read, reopen, a refused figure shown on its field, fixed, approved again; a member sees no money', async ({ browser }) => {
  test.setTimeout(240_000)
  const nadia = await phone(browser, 'nadia')
  const amsterdam = await showIn(nadia, 'Amsterdam', '2013-03-10')

  await nadia.goto(`/w/demo/shows/${amsterdam.id}`)
  await nadia.getByRole('link', { name: 'Settlement' }).click()
  await expect(nadia.getByRole('heading', { level: 1, name: /^Amsterdam/ })).toBeVisible()
  await expect(nadia.getByTestId('settlement-state')).toHaveText('Approved')
  const sheet = nadia.getByTestId('settlement-sheet')
  await expect(sheet).toContainText('€')
  await expect(nadia.getByRole('heading', { name: 'The night’s figures' })).toBeVisible()
  await expect(nadia.getByText('BTW (VAT)', { exact: true })).toBeVisible()
  await expect(nadia.getByText(/Extra hotel night/).first()).toBeVisible()
  const pdf = nadia.getByRole('link', { name: 'Settlement sheet (PDF)' })
  await expect(pdf).toHaveAttribute('href', `${api}/shows/${amsterdam.id}/settlement.pdf`)
  const pdfRes = await nadia.request.get(`${api}/shows/${amsterdam.id}/settlement.pdf`)
  expect(pdfRes.headers()['content-type']).toBe('application/pdf')
  // approved: read-only until reopened
  await expect(nadia.getByRole('button', { name: 'Edit the figures' })).toHaveCount(0)
  const total = await nadia.getByTestId('artist-total').textContent()

  // reopen with the keyboard
  await nadia.getByRole('button', { name: 'Reopen the settlement' }).focus()
  await nadia.keyboard.press('Enter')
  await expect(nadia.getByTestId('settlement-state')).toHaveText('Draft')
  await nadia.getByRole('button', { name: 'Edit the figures' }).click()
  const sold = nadia.getByLabel('Sold (ticket type 1)')
  await expect(sold).toHaveValue('180')
  // a row removed from the unsaved form goes at once and comes back with Undo, figures and all
  const removeButtons = nadia.getByRole('button', { name: /^Remove ticket type \d+$/ })
  const types = await removeButtons.count()
  await nadia.getByRole('button', { name: 'Remove ticket type 1' }).click()
  await expect(removeButtons).toHaveCount(types - 1)
  await expect(nadia.getByRole('status').filter({ hasText: 'Removed ticket type 1' })).toContainText('It goes when you save.')
  await nadia.getByRole('button', { name: 'Undo' }).click()
  await expect(removeButtons).toHaveCount(types)
  await expect(sold).toHaveValue('180')
  await sold.fill('-5')
  await nadia.getByRole('button', { name: 'Save and compute' }).click()
  // the server's 400 names tickets.0.sold: shown on that field and in the summary
  await expect(sold).toHaveAttribute('aria-invalid', 'true')
  await expect(nadia.getByRole('alert')).toContainText('Sold (ticket type 1): a number of tickets cannot be negative')
  await sold.fill('180')
  await nadia.getByRole('button', { name: 'Save and compute' }).click()
  await expect(nadia.getByTestId('artist-total')).toHaveText(total!)
  // approval asks first
  await nadia.getByRole('button', { name: 'Approve…' }).click()
  await nadia.getByRole('button', { name: 'Not yet' }).click()
  await expect(nadia.getByTestId('settlement-state')).toHaveText('Draft')
  await nadia.getByRole('button', { name: 'Approve…' }).click()
  await nadia.getByRole('button', { name: 'Yes, approve' }).click()
  await expect(nadia.getByTestId('settlement-state')).toHaveText('Approved')
  await expect(nadia.getByText(/Approved by Nadia Ferreira/)).toBeVisible()

  // San Diego: a draft in dollars, the deal and deposits before the night
  const sanDiego = await showIn(nadia, 'San Diego')
  await nadia.goto(`/w/demo/shows/${sanDiego.id}/settlement`)
  await expect(nadia.getByTestId('settlement-state')).toHaveText('Draft')
  await expect(nadia.getByText('Guarantee versus a percentage of net')).toBeVisible()
  await expect(nadia.getByText('$75,000.00').first()).toBeVisible()
  await expect(nadia.getByText(/Thirty days out due 2013-05-29/)).toBeVisible()
  await expect(nadia.getByRole('button', { name: 'Approve…' })).toBeVisible()

  // a member: no figures, no sheet, no PDF
  const kendall = await phone(browser, 'kendall')
  await kendall.goto(`/w/demo/shows/${amsterdam.id}/settlement`)
  await expect(kendall.getByText(/owners and managers/).first()).toBeVisible()
  await expect(kendall.getByTestId('settlement-sheet')).toHaveCount(0)
  await expect(kendall.getByRole('link', { name: 'Settlement sheet (PDF)' })).toHaveCount(0)
  await nadia.context().close()
  await kendall.context().close()
})

test('the ticket editor on a phone: Boston sold out, back on sale, an offer added after a refused link, removed after a confirmation, the date postponed', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const nadia = await phone(browser, 'nadia')
  const boston = await showIn(nadia, 'Boston')
  await nadia.goto(`/w/demo/shows/${boston.id}`)
  const tickets = nadia.getByRole('region', { name: /^Tickets/ })
  await expect(nadia.getByTestId('public-status')).toHaveText('Sold out')
  await expect(tickets.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/tickets\.example\.com\//)

  // one tap: back on sale, and sold out again
  await tickets
    .getByRole('button', { name: /^Back on sale/ })
    .first()
    .click()
  await expect(nadia.getByTestId('public-status')).not.toHaveText('Sold out')
  await tickets
    .getByRole('button', { name: /^Mark sold out/ })
    .first()
    .click()
  await expect(nadia.getByTestId('public-status')).toHaveText('Sold out')

  // add an offer; a link the server refuses is shown on its field
  await tickets.getByRole('button', { name: 'Edit tickets and status' }).click()
  const before = await nadia.getByRole('group', { name: /^Offer \d+$/ }).count()
  await nadia.getByRole('button', { name: 'Add an offer' }).click()
  const added = nadia.getByRole('group', { name: `Offer ${before + 1}` })
  await added.getByLabel('Kind').selectOption('vip')
  await added.getByLabel('Label').fill('Soundcheck package')
  await added.getByLabel('Ticket link').fill('ftp://tickets.example.com/boston-vip')
  await added.getByLabel('Price').fill('149.50')
  await added.getByLabel('Currency').fill('USD')
  await nadia.getByRole('button', { name: 'Save tickets' }).click()
  await expect(added.getByLabel('Ticket link')).toHaveAttribute('aria-invalid', 'true')
  await expect(added).toContainText('only http and https links can be ticket links')
  await added.getByLabel('Ticket link').fill('https://tickets.example.com/boston-vip')
  await nadia.getByRole('button', { name: 'Save tickets' }).click()
  await expect(tickets.getByRole('link', { name: /VIP · Soundcheck package/ })).toBeVisible()
  await expect(tickets).toContainText('$149.50')

  // remove it: the dialog asks first; Cancel keeps it
  await tickets.getByRole('button', { name: 'Edit tickets and status' }).click()
  const last = nadia.getByRole('group', { name: `Offer ${before + 1}` })
  await last.getByRole('button', { name: 'Remove' }).click()
  await nadia.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
  await expect(last).toBeVisible()
  await last.getByRole('button', { name: 'Remove' }).click()
  await nadia.getByRole('dialog').getByRole('button', { name: 'Yes, remove' }).click()
  await expect(nadia.getByRole('group', { name: `Offer ${before + 1}` })).toHaveCount(0)
  // and the date is to be announced
  await nadia.getByLabel('What happened to the date').selectOption('postponed')
  await nadia.getByRole('button', { name: 'Save tickets' }).click()
  await expect(nadia.getByTestId('public-status')).toHaveText('Postponed')
  await expect(tickets.getByRole('link', { name: /Soundcheck package/ })).toHaveCount(0)
  const saved = (await (await nadia.request.get(`${api}/shows/${boston.id}/tickets`)).json()) as { lifecycle: string; offers: unknown[] }
  expect(saved.lifecycle).toBe('postponed')
  expect(saved.offers).toHaveLength(before)
  await nadia.context().close()
})

test('a tour’s money on a phone: each settlement in its currency and the totals in the home currency; a refused code shown on its field; a member sees no money', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const nadia = await phone(browser, 'nadia')
  const amsterdam = await showIn(nadia, 'Amsterdam', '2013-03-10')
  const tourId = ((await (await nadia.request.get(`${api}/shows/${amsterdam.id}`)).json()) as { tourId: string }).tourId
  const before = (await (await nadia.request.get(`${api}/tours/${tourId}/money`)).json()) as { homeCurrency: string; totals: { artistTotalMinor: number } }
  expect(before.homeCurrency).toBe('USD')

  await nadia.goto(`/w/demo/tours/${tourId}`)
  const panel = nadia.getByRole('region', { name: 'Money' })
  await expect(panel.getByTestId('home-currency')).toHaveText('USD')
  const table = panel.getByTestId('tour-money')
  await expect(table.getByRole('link', { name: /Amsterdam/ })).toBeVisible()
  await expect(table).toContainText('€')
  await expect(panel.getByTestId('tour-artist-total')).toContainText('$')

  // an unknown code: the server's 400 names homeCurrency, shown on the field; nothing is saved
  await panel.getByRole('button', { name: 'Change' }).click()
  const code = panel.getByLabel('Home currency')
  await code.fill('XQQ')
  await panel.getByRole('button', { name: 'Save' }).click()
  await expect(code).toHaveAttribute('aria-invalid', 'true')
  const unchanged = (await (await nadia.request.get(`${api}/tours/${tourId}/money`)).json()) as { homeCurrency: string }
  expect(unchanged.homeCurrency).toBe('USD')
  await panel.getByRole('button', { name: 'Cancel' }).click()
  await expect(panel.getByTestId('home-currency')).toHaveText('USD')

  // the settlement's link opens it
  await table.getByRole('link', { name: /Amsterdam/ }).click()
  await expect(nadia.getByRole('heading', { level: 1, name: /^Amsterdam/ })).toBeVisible()
  await nadia.context().close()

  // Kendall (a member) plays Amsterdam and may read its deal, but never a tour's money
  const kendall = await phone(browser, 'kendall')
  await kendall.goto(`/w/demo/tours/${tourId}`)
  await expect(kendall.getByRole('heading', { name: 'Legs and shows' })).toBeVisible()
  await expect(kendall.getByRole('region', { name: 'Money' })).toHaveCount(0)
  expect((await kendall.request.get(`${api}/tours/${tourId}/money`)).status()).toBe(403)
  await kendall.context().close()
})
