import { expect, test, type Browser, type Page } from './support/demo-server.ts'

// Issue 15 on a phone (ADR 050): the tour manager edits a hotel stay on her phone and a journey, and
// Dustin's open day sheet shows both changes without a reload; she books a room where one guest
// joins a night late; a 409 shows her the version someone else saved meanwhile; she books two flights
// where one passenger joins at the connection (ADR 050 amended).
const PASSWORD = 'greenroom-demo'
const PHONE = { viewport: { width: 390, height: 844 }, timezoneId: 'Europe/London', isMobile: true, hasTouch: true }
const api = '/api/workspaces/demo'

async function signedIn(browser: Browser, firstName: string): Promise<Page> {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  const res = await page.request.post('/api/auth/login', { data: { email: `${firstName}@demo.greenroom.test`, password: PASSWORD } })
  expect(res.ok()).toBe(true)
  return page
}

interface Sheet {
  hotels: { id: string; name: string; checkInTime: string }[]
  travel: { journeyId: string; journeyTitle: string; segment: { departureTime: string } }[]
}

/** Dustin opens the first day sheet of the summer tour from its days. */
async function openFirstDay(dustin: Page): Promise<string> {
  await dustin.goto('/w/demo/tours')
  await dustin
    .getByRole('link', { name: /Summer Break Tour 2013/ })
    .first()
    .click()
  await dustin.getByRole('link', { name: 'Days', exact: true }).click()
  await dustin.getByRole('list', { name: 'Dates' }).getByRole('link', { name: 'Day sheet' }).first().click()
  await expect(dustin).toHaveURL(/\/w\/demo\/days\/[0-9a-f-]{36}$/)
  return dustin.url().split('/').at(-1)!
}

test('the tour manager edits Dustin’s hotel on her phone and his open day sheet updates', async ({ browser }) => {
  const dustin = await signedIn(browser, 'dustin')
  const dayId = await openFirstDay(dustin)
  const sheet = (await (await dustin.request.get(`${api}/days/${dayId}/sheet?zone=Europe/London`)).json()) as Sheet
  expect(sheet.hotels.length).toBeGreaterThan(0)
  const stay = sheet.hotels[0]!
  const hotel = dustin.getByRole('region', { name: 'Hotel' })
  await expect(hotel).toContainText(stay.name)
  await expect(hotel).toContainText(stay.checkInTime)

  const nadia = await signedIn(browser, 'nadia')
  await nadia.goto(`/w/demo/hotels/${stay.id}`)
  await expect(nadia.getByRole('heading', { level: 1, name: stay.name })).toBeVisible()
  await nadia.getByRole('button', { name: 'Edit stay' }).click()
  await nadia.getByLabel('Check-in time').fill('16:45')
  await nadia.getByRole('button', { name: 'Save stay' }).click()
  await expect(nadia.getByRole('button', { name: 'Edit stay' })).toBeVisible()
  await expect(nadia.getByRole('list', { name: 'Rooms' })).toBeVisible()

  // No reload: the sheet hears `road.hotel` and refetches.
  await expect(hotel).toContainText('16:45', { timeout: 10_000 })
})

test('the tour manager moves Dustin’s overnight bus and his open day sheet updates', async ({ browser }) => {
  const dustin = await signedIn(browser, 'dustin')
  // Irvine, the day the bus from San Diego arrives at 02:30 (it leaves at 00:30 that date).
  const days = (await (await dustin.request.get(`${api}/days?from=2013-06-29&to=2013-06-29`)).json()) as { id: string }[]
  const dayId = days[0]!.id
  await dustin.goto(`/w/demo/days/${dayId}`)
  const sheet = (await (await dustin.request.get(`${api}/days/${dayId}/sheet?zone=Europe/London`)).json()) as Sheet
  expect(sheet.travel.length).toBeGreaterThan(0)
  const { journeyId, journeyTitle } = sheet.travel[0]!
  const travel = dustin.getByRole('region', { name: 'Travel' })
  await expect(travel).toContainText(journeyTitle)

  const nadia = await signedIn(browser, 'nadia')
  const journey = (await (await nadia.request.get(`${api}/journeys/${journeyId}`)).json()) as {
    version: number
    title: string
    tourId: string | null
    notes: string
    passengers: { personId: string }[]
    segments: Record<string, any>[]
  }
  const put = await nadia.request.put(`${api}/journeys/${journeyId}`, {
    data: {
      version: journey.version,
      title: journey.title,
      tourId: journey.tourId,
      notes: journey.notes,
      passengerIds: journey.passengers.map((p) => p.personId),
      segments: journey.segments.map((s) => ({
        id: s.id,
        mode: s.mode,
        from: s.from.iata ? { iata: s.from.iata } : { name: s.from.name, timeZone: s.from.timeZone, latitude: s.from.latitude, longitude: s.from.longitude },
        to: s.to.iata ? { iata: s.to.iata } : { name: s.to.name, timeZone: s.to.timeZone, latitude: s.to.latitude, longitude: s.to.longitude },
        departureDate: s.departureDate,
        departureTime: '01:10',
        arrivalDate: s.arrivalDate,
        arrivalTime: s.arrivalTime,
        number: s.number,
        carrier: s.carrier,
        confirmed: s.confirmed,
        notes: s.notes,
      })),
    },
  })
  expect(put.status()).toBe(200)
  await expect(travel.locator('.day-sheet__time').first()).toContainText('01:10', { timeout: 10_000 })
})

test('on her phone the tour manager books two flights where Tess joins at the connection, unticking her on the first by keyboard', async ({ browser }) => {
  const nadia = await signedIn(browser, 'nadia')
  const days = (await (await nadia.request.get(`${api}/days?from=2013-06-29&to=2013-06-29`)).json()) as { id: string }[]
  await nadia.goto(`/w/demo/days/${days[0]!.id}`)
  await nadia.getByRole('button', { name: 'Add travel' }).click()
  const form = nadia.getByRole('form', { name: 'Add travel' })
  await form.getByLabel('Title').fill('Dustin and Tess to Seattle')
  const passengers = form.getByRole('group', { name: 'Passengers' })
  await passengers.getByRole('checkbox', { name: 'Dustin Belt' }).check()
  await passengers.getByRole('checkbox', { name: 'Tess Marlowe' }).check()
  const flight = async (n: number, from: string, to: string, departs: string, arrives: string) => {
    const segment = form.getByRole('group', { name: `Segment ${n}`, exact: true })
    await segment.getByRole('group', { name: 'From' }).getByLabel('Airport code').fill(from)
    await segment.getByRole('group', { name: 'To' }).getByLabel('Airport code').fill(to)
    await segment.getByLabel('Departure time').fill(departs)
    await segment.getByLabel('Arrival time').fill(arrives)
    return segment
  }
  const first = await flight(1, 'LAX', 'SFO', '10:00', '11:30')
  await form.getByRole('button', { name: 'Add a connection' }).click()
  const second = await flight(2, 'SFO', 'SEA', '13:00', '15:10')
  // Everyone on the journey travels on each segment until someone is unticked.
  const onFirst = first.getByRole('group', { name: 'Who travels on segment 1' })
  await expect(onFirst).toContainText('Everyone on the journey')
  const tessOnFirst = onFirst.getByRole('checkbox', { name: 'Tess Marlowe' })
  await tessOnFirst.focus()
  await nadia.keyboard.press('Space')
  await expect(tessOnFirst).not.toBeChecked()
  await expect(onFirst).toContainText('1 of 2 passengers')
  await expect(second.getByRole('group', { name: 'Who travels on segment 2' }).getByRole('checkbox', { name: 'Tess Marlowe' })).toBeChecked()
  await form.getByRole('button', { name: 'Add travel' }).click()
  await expect(nadia.getByRole('button', { name: 'Add travel' })).toBeVisible()

  type Saved = { title: string; passengers: { personId: string; personName: string }[]; segments: { number: string; passengerIds: string[] }[] }
  const saved = ((await (await nadia.request.get(`${api}/journeys?from=2013-06-28T00:00:00Z`)).json()) as Saved[]).find(
    (j) => j.title === 'Dustin and Tess to Seattle',
  )!
  const idOf = (name: string) => saved.passengers.find((p) => p.personName === name)!.personId
  expect(saved.segments.map((s) => s.passengerIds)).toEqual([[idOf('Dustin Belt')], [idOf('Dustin Belt'), idOf('Tess Marlowe')]])
})

test('a room list where one guest joins a night late; a concurrent edit shows the current version', async ({ browser }) => {
  const nadia = await signedIn(browser, 'nadia')
  await nadia.goto('/w/demo/hotels')
  await nadia.getByRole('link', { name: 'Add a stay' }).click()
  await nadia.getByLabel('Hotel', { exact: true }).fill('Hotel Amigo')
  await nadia.getByLabel('Address').fill('Rue de l’Amigo 1, Brussels')
  await nadia.getByLabel('Phone').fill('+32 2 547 47 47')
  await nadia.getByLabel(/Time zone/).fill('Europe/Brussels')
  await nadia.getByLabel('Check-in', { exact: true }).fill('2013-09-10')
  await nadia.getByLabel('Check-out', { exact: true }).fill('2013-09-13')
  await nadia.getByLabel('Room type or number').fill('Twin 412')
  await nadia.getByLabel('Confirmation number').fill('AMI-412')
  await nadia.getByRole('button', { name: 'Add a guest to room 1' }).click()
  await nadia.getByLabel('Who').selectOption({ label: 'Dustin Belt' })
  await nadia.getByRole('button', { name: 'Add a guest to room 1' }).click()
  await nadia.getByLabel('Who').nth(1).selectOption({ label: 'Kendall Schmidt' })
  await nadia.getByLabel('First night, if later than check-in').nth(1).fill('2013-09-11')
  await nadia.getByRole('button', { name: 'Add stay' }).click()

  await expect(nadia.getByRole('heading', { level: 1, name: 'Hotel Amigo' })).toBeVisible()
  const rooms = nadia.getByRole('list', { name: 'Rooms' })
  await expect(rooms).toContainText('Dustin Belt, Kendall Schmidt')
  await expect(rooms).toContainText(/Kendall Schmidt: from .*2013/)
  await expect(rooms).toContainText('Confirmation AMI-412')
  await expect(nadia.getByRole('link', { name: '+32 2 547 47 47' })).toHaveAttribute('href', 'tel:+3225474747')
  const stayId = nadia.url().split('/').at(-1)!

  // She opens the form; meanwhile someone else saves a new name.
  await nadia.getByRole('button', { name: 'Edit stay' }).click()
  const current = (await (await nadia.request.get(`${api}/hotels/${stayId}`)).json()) as Record<string, any>
  const { id: _id, updatedAt: _u, rooms: currentRooms, ...fields } = current
  const other = await nadia.request.put(`${api}/hotels/${stayId}`, {
    data: {
      ...fields,
      name: 'Hotel Amigo (Rocco Forte)',
      rooms: currentRooms.map((r: any) => ({
        id: r.id,
        label: r.label,
        guests: r.guests.map((g: any) => ({ personId: g.personId, fromDate: g.fromDate, toDate: g.toDate })),
      })),
    },
  })
  expect(other.status()).toBe(200)
  await nadia.getByLabel('Check-out time').fill('12:00')
  await nadia.getByRole('button', { name: 'Save stay' }).click()
  await expect(nadia.getByRole('alert')).toContainText('Someone saved this stay meanwhile')
  const theirs = nadia.getByRole('region', { name: 'The current version' })
  await expect(theirs).toContainText('Hotel Amigo (Rocco Forte)')
  await nadia.getByRole('button', { name: 'Edit their version' }).click()
  await nadia.getByLabel('Check-out time').fill('12:00')
  await nadia.getByRole('button', { name: 'Save stay' }).click()
  await expect(nadia.getByRole('heading', { level: 1, name: 'Hotel Amigo (Rocco Forte)' })).toBeVisible()
  await expect(nadia.getByText(/12:00/)).toBeVisible()

  // Deleting asks first.
  await nadia.getByRole('button', { name: 'Delete stay' }).click()
  await nadia.getByRole('button', { name: 'Yes, delete' }).click()
  await expect(nadia.getByRole('heading', { level: 1, name: 'Hotels' })).toBeVisible()
  await expect(nadia.getByRole('link', { name: /Hotel Amigo/ })).toHaveCount(0)
})
