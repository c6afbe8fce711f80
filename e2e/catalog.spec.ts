import { expect, test, type Page } from './support/demo-server.ts'

// The demo world (docs: ../shared/design/world.md) as a member of the band sees it.
const KENDALL = { email: 'kendall@demo.greenroom.test', password: 'greenroom-demo' }

async function logIn(page: Page) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(KENDALL.email)
  await page.getByLabel('Password').fill(KENDALL.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  // one workspace: signing in lands on its home, with what waits for Kendall on top
  await expect(page).toHaveURL(/\/w\/demo$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Waiting for your answer' })).toBeVisible()
}

async function openSection(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

test.describe('the catalog', () => {
  test('a member sees both editions of 24/Seven and adds a song whose shares must total 100 %', async ({ page }) => {
    await logIn(page)

    await openSection(page, 'Releases')
    await page.getByRole('link', { name: /^24\/Seven/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: '24/Seven' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: /· 10 tracks$/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: /· 15 tracks$/ })).toBeVisible()

    await openSection(page, 'Songs')
    await page.getByRole('link', { name: 'Add song' }).click()
    const title = `Free and Clear ${Date.now()}`
    await page.getByLabel('Title', { exact: true }).fill(title)
    await page.getByRole('button', { name: 'Add writer' }).click()
    await page.getByLabel('Writer 1', { exact: true }).selectOption({ label: 'Kendall Schmidt' })
    await page.getByLabel('Share of writer 1 (%)').fill('50')
    await page.getByRole('button', { name: 'Add writer' }).click()
    await page.getByLabel('Writer 2', { exact: true }).selectOption({ label: 'Dustin Belt' })
    await page.getByLabel('Share of writer 2 (%)').fill('50')
    await page.getByRole('button', { name: 'Add song' }).click()

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    const writers = page.getByRole('region', { name: 'Writers' }).getByRole('table')
    await expect(writers.getByRole('row', { name: /Kendall Schmidt.*50 %/ })).toBeVisible()
    await expect(writers.getByRole('row', { name: /Dustin Belt.*50 %/ })).toBeVisible()

    await page.getByRole('link', { name: 'Edit' }).click()
    await page.getByLabel('Share of writer 1 (%)').fill('60')
    await page.getByLabel('Share of writer 2 (%)').fill('30')
    await page.getByRole('button', { name: 'Save song' }).click()

    const refusal = page.getByRole('alert')
    await expect(refusal).toContainText(/total 90 %/)
    await expect(refusal).toContainText('100 %')
    await expect(page.getByRole('heading', { level: 1, name: `Edit “${title}”` })).toBeVisible()
  })
})
