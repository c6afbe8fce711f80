import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from './support/demo-server.ts'
import { PDFDocument } from 'pdf-lib'

// The demo world (docs: ../shared/design/world.md): Kendall's summer-tour set list, amended by
// Carlos and agreed by all four members on version 2, already applied to the first leg. Kendall
// downloads the stage sheet, applies the agreed list to the whole tour and finds it on a show of a
// later leg, timed on the venue's clock.
const KENDALL = { email: 'kendall@demo.greenroom.test', password: 'greenroom-demo' }

test.use({ timezoneId: 'Europe/Berlin' })

async function logIn(page: Page) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(KENDALL.email)
  await page.getByLabel('Password').fill(KENDALL.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  // one workspace: signing in lands on its home
  await expect(page).toHaveURL(/\/w\/demo$/)
}

async function openSection(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

async function openAgreedSummerTour(page: Page) {
  await openSection(page, 'Set lists')
  await page.locator('a.link-row').filter({ hasText: 'Summer Break Tour 2013' }).filter({ hasText: 'Agreed' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Summer Break Tour 2013' })).toBeVisible()
}

test.describe('set lists', () => {
  test('a member opens the agreed summer-tour set list, sees all four approvals and downloads a one-page stage PDF', async ({ page }) => {
    await logIn(page)
    await openAgreedSummerTour(page)

    await expect(page.getByText(/Agreed on version 2/)).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: /4 of 4 approved/ })).toBeVisible()
    for (const name of ['Kendall Schmidt', 'Carlos PenaVega', 'James Maslow', 'Logan Henderson']) {
      await expect(page.locator('.voter', { hasText: name })).toContainText('approved')
    }

    const sheet = page.getByRole('group', { name: 'Stage sheet' })
    const pdfLink = sheet.getByRole('link', { name: 'Stage PDF' })
    await expect(pdfLink).toHaveAttribute('download', '')
    await expect(pdfLink).toHaveAttribute('href', /\/setlists\/versions\/[^/]+\/stage$/)

    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    const bytes = await readFile((await download.path())!)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pdf = await PDFDocument.load(bytes)
    expect(pdf.getPageCount()).toBe(1)

    // Keys and notes off reach every format's link.
    await sheet.getByRole('checkbox', { name: 'Keys' }).uncheck()
    await sheet.getByRole('checkbox', { name: 'Notes' }).uncheck()
    await expect(pdfLink).toHaveAttribute('href', /\/stage\?keys=false&notes=false$/)
    await expect(sheet.getByRole('link', { name: 'Text' })).toHaveAttribute('href', /\/stage\?format=txt&keys=false&notes=false$/)
    await expect(sheet.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', /\/stage\?format=csv&keys=false&notes=false$/)
  })

  test('a member applies the agreed list to the whole tour and finds it on a show of a later leg, timed at the venue', async ({ page }) => {
    await logIn(page)
    const panel = page.locator('section.show-setlist')
    const openShow = async (city: RegExp) => {
      await openSection(page, 'Tours')
      await page.getByRole('link', { name: /Summer.*Tour 2013/ }).click()
      await page.getByRole('link', { name: city }).first().click()
      await expect(page.getByRole('heading', { level: 1, name: city })).toBeVisible()
    }

    // Before (the demo on 2013-04-15): the first leg already plays the agreed list, applied in
    // April; a show of the later legs has none yet.
    await openShow(/San Diego/)
    await expect(panel.getByRole('heading', { level: 2, name: 'Set list' })).toBeVisible()
    await expect(panel).toContainText('Version 2 by')
    await openShow(/Orlando/)
    await expect(panel.getByText('No agreed set list applied yet')).toBeVisible()

    await openAgreedSummerTour(page)
    const apply = page.locator('section.apply-panel')
    await expect(apply.getByLabel('Apply to')).toHaveValue(/^tour:/)
    await apply.getByRole('button', { name: 'Apply' }).click()
    await expect(apply.getByRole('status')).toHaveText('Applied to 25 shows.')

    await openShow(/Orlando/)
    await expect(panel.getByRole('heading', { level: 2, name: 'Set list' })).toBeVisible()
    await expect(panel).toContainText('Version 2 by')
    await expect(panel).toContainText(/Clock times at the venue \(America\/New York, EDT\)/)
    await expect(panel.locator('.setlist-entry .setlist-clock').first()).toHaveText(/^\d{2}:\d{2}$/)
    await expect(panel.getByRole('link', { name: 'Stage PDF' })).toHaveAttribute('download', '')
  })

  test('a member reads and changes the act’s set-list settings; a stale save is refused, not overwritten', async ({ page, context }) => {
    await logIn(page)
    await openSection(page, 'Set lists')
    await page.getByRole('link', { name: 'Set-list settings of Big Time Rush' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Set-list settings' })).toBeVisible()
    await expect(page.getByRole('radio', { name: /Every member/ })).toBeChecked()
    await expect(page.getByLabel('At least (minutes)')).toHaveValue('75')
    await expect(page.getByLabel('At most (minutes)')).toHaveValue('95')
    await expect(page.getByLabel('Songs', { exact: true })).toHaveValue('6')
    await expect(page.getByLabel("Only when this player is in the show's lineup")).toHaveValue('acoustic-guitar')

    // The same settings open in a second tab, saved there first.
    const other = await context.newPage()
    await other.goto(page.url())
    await other.getByRole('radio', { name: /Named deciders/ }).check()
    const deciders = other.getByRole('group', { name: 'Deciders' })
    await deciders.getByRole('checkbox', { name: 'Kendall Schmidt' }).check()
    await deciders.getByRole('checkbox', { name: 'Carlos PenaVega' }).check()
    await other.getByRole('button', { name: 'Save settings' }).click()
    await expect(other.getByRole('heading', { level: 1, name: 'Set lists' })).toBeVisible()

    // Saving the stale copy is refused with the stale notice.
    await page.getByLabel(/Repeat at most/).fill('50')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Someone else changed this' })).toBeVisible()
    await page.getByRole('button', { name: 'Reload their version' }).click()
    await expect(page.getByRole('radio', { name: /Named deciders/ })).toBeChecked()
    await expect(page.getByRole('group', { name: 'Deciders' }).getByRole('checkbox', { name: 'Carlos PenaVega' })).toBeChecked()

    // Back to every member, so the demo stays as it was.
    await page.getByRole('radio', { name: /Every member/ }).check()
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Set lists' })).toBeVisible()
  })
})
