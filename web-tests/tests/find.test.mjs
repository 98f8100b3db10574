// Finding people from one search box, what is due, ending emergency access and meetings in the journey, in
// headless Chromium against the real distribution: axe on each page in both languages on a desktop and a phone.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { api, base, checkEverywhere, launch, screenshot, signIn, write } from './cofnod.mjs'

const NHS = '4857771004'
let browser
let sian

before(async () => {
  browser = await launch()
  const day = n => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
  sian = (await write('social-worker', '/people', {
    givenName: 'Siân', familyName: 'Llŷr', dateOfBirth: '1961-11-30', preferredLanguage: 'cy',
    identifiers: { nhsNumber: NHS, localAuthorityId: 'CC-5151' }
  })).id
  await write('social-worker', '/meetings', {
    personId: sian, kind: 'planning', heldOn: day(-1), language: 'en',
    parties: [{ name: 'Siân', role: 'person', view: { whatMatters: 'Seeing my grandchildren every week' } },
      { name: 'Sam', role: 'practitioner', agency: 'cardiff-council', view: { worries: 'Falls on the stairs' } }],
    outcomesAgreed: [{ ownWords: 'I want to see my grandchildren every week', type: 'maintenance' }],
    actions: [{ what: 'Ask about a stair lift', owner: 'Sam', agency: 'cardiff-council', due: day(3) }],
    nextReview: day(10)
  }, 'care-planning')
})
after(async () => browser?.close())

/** Searches from the people page and answers the names of the people found. */
async function search (page, q) {
  await page.goto(`${base}/people?lang=en`)
  await page.getByLabel('Name, date of birth, NHS number or ID').fill(q)
  await page.getByRole('button', { name: 'Search' }).click()
  await page.waitForLoadState()
  return page.locator('tbody th a').allInnerTexts()
}

test('the server finds people: accents, word order, spaces, NHS numbers with spaces or hyphens, IDs', async () => {
  const page = await signIn(browser, 'social-worker')
  assert.deepEqual(await search(page, 'Sian'), ['Siân Llŷr'])
  assert.deepEqual(await search(page, '  llyr   SIAN '), ['Siân Llŷr'])
  assert.deepEqual(await search(page, 'evans rhodri'), ['Rhodri Evans'])
  assert.deepEqual(await search(page, '30/11/1961'), ['Siân Llŷr'])
  await checkEverywhere(page, '/people?q=sian')
  await screenshot(page, 'find-by-name')

  // beyond the caseload only a trace: the physio's agency has nothing to do with Siân
  const physio = await signIn(browser, 'physio')
  assert.deepEqual(await search(physio, 'Sian'), [])
  await physio.getByText('No one matches.').waitFor()
  for (const q of ['485-777-1004', '485 777 1004', 'CC-5151', 'sian 30/11/1961']) {
    assert.deepEqual(await search(physio, q), ['Siân Llŷr'], q)
  }
  assert.deepEqual(await search(physio, '999-100-0232'), ['Rhodri Evans'])

  // a query the server cannot read is an error at the box, GOV.UK's way
  await search(physio, '485 777 1005')
  const summary = physio.locator('.govuk-error-summary')
  await summary.getByRole('link').click()
  assert.equal(await physio.evaluate(() => document.activeElement.id), 'q')
  assert.equal(await physio.inputValue('#q'), '485 777 1005')
  await checkEverywhere(physio, '/people?q=485%20777%201005')
  await physio.context().close()
  await page.context().close()
})

test('what is due: on landing and on its own page, each linking to where the work is done', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.getByRole('heading', { name: 'Due in the next 14 days' }).waitFor()
  await page.getByRole('link', { name: 'What is due' }).click()
  await page.getByRole('heading', { level: 1, name: 'What is due' }).waitFor()
  const action = page.locator('tr', { hasText: 'Ask about a stair lift' })
  await action.getByText('Sam').waitFor()
  await action.getByRole('link', { name: 'Action in Siân Llŷr’s plan' }).waitFor()
  await checkEverywhere(page, '/due?within=P28D')
  await screenshot(page, 'due')
  await page.goto(`${base}/due?lang=en`)
  await page.getByRole('link', { name: 'Review Siân Llŷr’s plan' }).click()
  await page.waitForURL(new RegExp(`/people/${sian}/meetings/new`))
  await page.context().close()
})

test('emergency access names the person, shows until when, and leaving it ends it in the API', async () => {
  const physio = await signIn(browser, 'physio')
  await physio.goto(`${base}/people/${sian}/break-glass?lang=en`)
  await physio.getByText('Siân Llŷr', { exact: true }).waitFor()
  await checkEverywhere(physio, `/people/${sian}/break-glass`)
  await physio.goto(`${base}/people/${sian}/break-glass?lang=en`)
  await physio.getByLabel('Why you need access now').fill('A fall reported by her neighbour, no answer at the door')
  await physio.getByRole('button', { name: 'Get emergency access' }).click()
  const banner = physio.getByRole('region', { name: 'Emergency access' })
  await banner.getByText(/^Emergency access to Siân Llŷr until \d\d:\d\d$/).waitFor()
  let events = await api('physio', `/people/${sian}/break-glass`, 'safeguarding')
  assert.equal(events.json[0].active, true)
  await banner.getByRole('button', { name: 'Stop using emergency access' }).click()
  await physio.waitForURL(new RegExp(`/people/${sian}`))
  assert.equal(await banner.count(), 0)
  events = await api('physio', `/people/${sian}/break-glass`)
  assert.equal(events.json[0].active, false, 'the grant itself has ended')
  assert.equal(events.json[0].endedBy, 'physio')
  await physio.context().close()
})

test('the journey shows meetings with every party\'s view, and the plan, and filters them in the page', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.goto(`${base}/people/${sian}/journey?lang=en`)
  const meeting = page.locator('article', { hasText: 'Seeing my grandchildren every week' })
  await meeting.getByText('Meeting').first().waitFor()
  await page.locator('article', { hasText: 'Ask about a stair lift' }).first().waitFor()
  await page.getByText('Filter the journey').click()
  await page.getByLabel('Kind', { exact: true }).selectOption('meeting')
  await page.getByRole('button', { name: 'Show' }).click()
  await meeting.first().waitFor()
  assert.equal(await page.locator('article').count(), 1, 'only the meeting')
  await checkEverywhere(page, `/people/${sian}/journey?kind=plan`)
  await checkEverywhere(page, `/people/${sian}/journey`)
  await screenshot(page, 'journey-with-meeting')
  await page.context().close()
})
