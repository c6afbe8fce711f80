import { expect, test, type Page } from './support/demo-server.ts'

// Issue 5 in the browser, on the demo world: Kendall asks the planner for a set list for the first
// show of the summer tour, follows it to the proposal it wrote (which waits for the band's answers)
// and reads why it chose each song; then plans the "Back in the US" leg (its tour's rotation shown and
// changed on the form) and sees the tour picture.
const KENDALL = { email: 'kendall@demo.greenroom.test', password: 'greenroom-demo' }

async function logIn(page: Page) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(KENDALL.email)
  await page.getByLabel('Password').fill(KENDALL.password)
  await page.getByRole('button', { name: 'Log in' }).click()
  // one workspace: signing in lands on its home
  await expect(page).toHaveURL(/\/w\/demo$/)
}

async function openPlanner(page: Page) {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Set lists', exact: true }).click()
  await page.getByRole('link', { name: 'Set-list planner of Big Time Rush' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Set-list planner' })).toBeVisible()
}

test('the planner suggests a set list for a show, explains it, and plans a leg with a picture', async ({ page }) => {
  test.setTimeout(120_000)
  await logIn(page)
  await openPlanner(page)

  const target = page.getByLabel('For', { exact: true })
  const firstSummerShow = await page.locator('optgroup[label="Summer Break Tour 2013"] option[value^="show:"]').first().getAttribute('value')
  await target.selectOption(firstSummerShow!)
  await page.getByLabel('Time to think').selectOption('1000')
  await page.getByRole('button', { name: 'Suggest a set list' }).click()

  const run = page.locator('.planner-run').first()
  await expect(run.getByText(/A proposal written by the planner/)).toBeVisible({ timeout: 60_000 })
  await run.locator('a.link-row').first().click()

  await expect(page.getByRole('heading', { level: 2, name: /From the planner/ })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Why the planner chose this' })).toBeVisible()
  await expect(page.locator('.planner-rules li.is-broken')).toHaveCount(0)
  await expect(page.locator('.planner-rules li.is-ok').first()).toBeVisible()
  await page.getByText('Why each song is there').click()
  await expect(page.locator('.planner-reasons li').first()).toBeVisible()

  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Set-list planner' })).toBeVisible()
  const leg = await page.locator('optgroup[label="Summer Break Tour 2013"] option', { hasText: 'Leg: Back in the US' }).getAttribute('value')
  await page.getByLabel('For', { exact: true }).selectOption(leg!)
  // the leg follows its tour's rotation: the demo's summer tour is a core with rotating slots (issue 13)
  const rotation = page.getByLabel("This tour's shows")
  await expect(rotation).toHaveValue('core-rotating')
  await rotation.selectOption('fixed')
  await expect(rotation).toHaveValue('fixed')
  await expect(rotation).toBeEnabled()
  await rotation.selectOption('core-rotating')
  await expect(rotation).toBeEnabled()
  await expect(rotation).toHaveValue('core-rotating')
  await page.getByLabel('Time to think').selectOption('3000')
  await page.getByRole('button', { name: 'Suggest a set list' }).click()
  await expect(page.getByRole('img', { name: /Songs by show/ })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('img', { name: /Similarity of each show/ })).toBeVisible()
})
