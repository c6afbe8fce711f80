import { expect, test, type Page } from './support/demo-server.ts'

// The demo world (docs: ../shared/design/world.md) as the band's manager sees it, from Berlin:
// the summer tour on its map, a show's times at the venue and on the viewer's clock, and
// Dustin's calendar with the conflict between the tour rehearsals and a Heffron Drive session.
const SAM = { email: 'sam@demo.greenroom.test', password: 'greenroom-demo' }

test.use({ timezoneId: 'Europe/Berlin' })

async function logIn(page: Page) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(SAM.email)
  await page.getByLabel('Password').fill(SAM.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  // one workspace: signing in lands on its home
  await expect(page).toHaveURL(/\/w\/demo$/)
}

async function openSection(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

test.describe('tours and calendars', () => {
  test('a manager follows the summer tour on its map, opens a show, and finds Dustin’s conflict on his calendar', async ({ page }) => {
    await logIn(page)

    await openSection(page, 'Tours')
    await page.getByRole('link', { name: /Summer.*Tour 2013/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: /Summer.*Tour 2013/ })).toBeVisible()

    const map = page.locator('figure.tour-map')
    await expect(map.locator('svg.tour-map-svg')).toBeVisible()
    await expect(map.locator('svg.tour-map-svg path.map-route')).not.toHaveCount(0)
    await expect(map.getByRole('list', { name: 'Legend' })).toContainText('North America')
    await expect(page.getByRole('heading', { level: 3, name: 'South America' })).toBeVisible()

    await page
      .getByRole('link', { name: /San Diego/ })
      .first()
      .click()
    await expect(page.getByRole('heading', { level: 1, name: /San Diego/ })).toBeVisible()
    const times = page.getByRole('table', { name: 'Times' })
    await expect(times.getByRole('columnheader', { name: 'At the venue' })).toBeVisible()
    await expect(times.getByRole('columnheader', { name: 'Your time' })).toBeVisible()
    await expect(times.getByRole('row', { name: /Set start/ })).toContainText('PDT')
    await expect(page.getByRole('row', { name: /Dustin Belt/ })).toContainText('Acoustic guitar')

    await openSection(page, 'People')
    await page.getByRole('link', { name: /Dustin Belt/ }).click()
    await page.getByRole('link', { name: 'Calendar', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Dustin Belt' })).toBeVisible()
    await expect(page.getByText(/conflicts? ahead/)).toBeVisible()
    const clash = page.locator('.agenda-entry--conflict').first()
    await expect(clash).toBeVisible()
    await expect(clash).toContainText('Conflict:')
    await expect(clash).toContainText(/Heffron Drive|rehearsal/)
  })

  test('a club show past midnight: the curfew shows on the next day at the venue (issue 15)', async ({ page }) => {
    await logIn(page)
    await openSection(page, 'Tours')
    await page.getByRole('link', { name: /European Tour 2013/ }).click()
    await page
      .getByRole('link', { name: /Madrid/ })
      .first()
      .click()
    await expect(page.getByRole('heading', { level: 1, name: /Madrid/ })).toBeVisible()
    const times = page.getByRole('table', { name: 'Times' })
    await expect(times.getByRole('row', { name: /Curfew/ })).toContainText('+1 day')
    await expect(times.getByRole('row', { name: /Set start/ })).not.toContainText('+1 day')
  })
})
