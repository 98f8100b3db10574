// Recording everything in the pages: a new person and their record, the GOV.UK error pattern, not losing
// work, and every new page checked with axe in both languages on a desktop and a phone.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { api, base, checkEverywhere, launch, screenshot, seriousViolations, signIn } from './cofnod.mjs'

let browser

before(async () => { browser = await launch() })
after(async () => browser?.close())

/** Fills GOV.UK's date input (day, month, year) inside the group named {@code name}. */
async function fillDate (page, name, date) {
  const group = page.getByRole('group', { name })
  await group.getByLabel('Day').fill(String(date.getDate()))
  await group.getByLabel('Month').fill(String(date.getMonth() + 1))
  await group.getByLabel('Year').fill(String(date.getFullYear()))
}

const today = new Date()
const inMonths = months => new Date(today.getFullYear(), today.getMonth() + months, 15)

/** The person this file records, once it has. */
let person

test('a social worker records a new person, with their preferred language and the Active Offer', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.getByRole('link', { name: 'Record a new person' }).click()
  await page.getByRole('heading', { level: 1, name: 'Record a new person' }).waitFor()
  await page.getByLabel('First name').fill('Gwenllian')
  await page.getByLabel('Last name').fill('Pritchard')
  await fillDate(page, 'Date of birth', new Date(1949, 4, 2))
  await page.getByLabel('Yes, Welsh was offered').check()
  await fillDate(page, 'When Welsh was offered', today)
  await page.getByLabel('Cymraeg').check()
  await page.getByLabel('Communication needs').fill('Hard of hearing: face her and speak clearly')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('heading', { level: 1, name: 'Gwenllian Pritchard' }).waitFor()
  person = page.url().split('/').pop()
  // her record opens in Welsh, her language, and says the Active Offer was made
  assert.equal(await page.getAttribute('html', 'lang'), 'cy')
  const details = await api('social-worker', `/people/${person}`)
  assert.equal(details.json.preferredLanguage, 'cy')
  assert.equal(details.json.activeOffer.made, true)
  await page.context().close()
})

test('the social worker records her what-matters conversation, an outcome, strengths and risks, consent and a meeting, all in the pages', async () => {
  const page = await signIn(browser, 'social-worker')
  const record = `${base}/people/${person}`
  await page.goto(`${record}?lang=en`)

  // what matters, in her own words first
  await page.getByRole('link', { name: 'Add what matters (an outcome)' }).click()
  await page.getByLabel('What matters to Gwenllian Pritchard, in their own words').fill('Dw i eisiau mynd i’r capel bob dydd Sul')
  await page.getByLabel('Welsh', { exact: true }).check()
  await page.getByLabel('Change', { exact: true }).check()
  await page.getByLabel('Your professional wording (optional)').fill('Attend chapel weekly')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByText('“Dw i eisiau mynd i’r capel bob dydd Sul”').waitFor()
  // her words are marked as Welsh on an English page, and come before the professional wording
  assert.equal(await page.locator('blockquote', { hasText: 'capel' }).getAttribute('lang'), 'cy')

  // the what-matters conversation, led by her words
  await page.getByRole('link', { name: 'Add an entry' }).click()
  await page.getByLabel('What Gwenllian Pritchard said, in their own words').fill('Mae’r capel yn bwysig i fi: dyna lle mae fy ffrindiau')
  await page.getByLabel(/capel bob dydd Sul/).check()
  await page.getByLabel('What you saw or heard (facts)').fill('She has not been to chapel since her fall in March')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/journey/)
  await page.getByText('dyna lle mae fy ffrindiau').first().waitFor()

  // a strength beside a risk
  await page.goto(`${record}/strengths-and-risks/new`)
  await page.getByLabel('Something Gwenllian Pritchard is good at, or has going for them').fill('Her friends from chapel visit every week')
  await page.getByLabel('A risk to what matters to them').fill('Falls on the chapel steps')
  await page.getByRole('group', { name: 'Is it a priority risk' }).getByLabel('Yes').check()
  await page.getByLabel('What needs to happen').fill('A handrail, and a lift on Sundays')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByText('Her friends from chapel visit every week').waitFor()
  await page.getByText('Falls on the chapel steps').waitFor()

  // consent she gave out loud, heard by the social worker
  await page.goto(`${record}/consents/new`)
  await page.getByText('are recording that you heard or saw this consent given').waitFor()
  await page.getByLabel('The person', { exact: true }).check()
  await page.getByLabel('Said out loud').check()
  await page.getByRole('group', { name: /agreed may see their record/ }).getByLabel('Gofal Da Homecare').check()
  await page.getByLabel('Direct care').check()
  await page.getByLabel('Outcomes and plans').check()
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/consents$/)
  const card = page.locator('.govuk-summary-card', { hasText: 'Gofal Da Homecare' })
  await card.getByText('Active').waitFor()
  await card.getByText(/Said out loud.*heard by social-worker/).waitFor()

  // a best-interests decision needs who made it and why; the page says so at each field
  await page.goto(`${record}/consents/new`)
  await page.getByLabel('A best-interests decision').check()
  await page.getByLabel('In writing').check()
  await page.getByRole('group', { name: /agreed may see their record/ }).getByLabel('Cardiff and Vale University Health Board').check()
  await page.getByLabel('Direct care').check()
  await page.getByLabel('Health', { exact: true }).check()
  await fillDate(page, 'When it ends or must be reviewed (optional)', inMonths(3))
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('alert').getByRole('link', { name: /best interests/ }).click()
  assert.equal(await page.evaluate(() => document.activeElement.id), 'givenByReason')
  await page.getByLabel('Name of the representative or of who made the best-interests decision').fill('Dr Sian Rees')
  await page.getByLabel('Why the decision was made in their best interests').fill('She cannot weigh up this decision at present, after the stroke')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/consents$/)
  await page.getByText(/A best-interests decision: Dr Sian Rees/).waitFor()

  // the planning meeting: her view and the social worker's, side by side
  await page.goto(`${record}/meetings/new`)
  await fillDate(page, 'When it was held', today)
  const her = page.getByRole('group', { name: 'Who was there (1)' })
  assert.equal(await her.getByLabel('Name').inputValue(), 'Gwenllian Pritchard')
  await her.getByLabel('What matters').fill('Mynd i’r capel')
  const worker = page.getByRole('group', { name: 'Who was there (2)' })
  await worker.getByLabel('Worries').fill('The steps are steep and wet in winter')
  const third = page.getByRole('group', { name: 'Who was there (3)' })
  await third.getByLabel('Name').fill('Ceri Pritchard')
  await third.getByLabel('family').check()
  await third.getByLabel('What should happen').fill('I can drive her on Sundays')
  const agreed = page.getByRole('group', { name: /capel bob dydd Sul/ })
  await agreed.getByLabel('Yes, this was agreed').check()
  await agreed.getByLabel('Support agreed towards it').fill('A lift to chapel on Sundays')
  await agreed.getByLabel('Why this support').fill('So she can see her friends')
  await agreed.getByLabel('Who gives it').fill('Ceri Pritchard')
  await page.getByLabel('What it is about').fill('Whether she should go in winter')
  await page.getByLabel('Whose position (1)').fill('Gwenllian Pritchard')
  await page.getByLabel('Their position').first().fill('Every week, whatever the weather')
  await page.getByLabel('Whose position (2)').fill('social-worker')
  await page.getByLabel('Their position').nth(1).fill('Not when the steps are icy')
  const action = page.getByRole('group', { name: 'Action 1' })
  await action.getByLabel('What').fill('Ask the chapel about a handrail')
  await action.getByLabel('Who').fill('social-worker')
  await fillDate(action, 'By when', inMonths(1))
  await page.getByLabel('What if (1)').fill('the steps are icy')
  await page.getByLabel('Then').first().fill('Ceri takes her to the Sunday service on the radio')
  await fillDate(page, 'Next review', inMonths(3))
  assert.deepEqual(await seriousViolations(page), [])
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/meetings$/)
  const views = page.getByRole('table', { name: 'Everyone\'s view, side by side' }).first()
  await views.getByText('Mynd i’r capel').waitFor()
  await views.getByText('I can drive her on Sundays').waitFor()
  await page.getByText('Not when the steps are icy').waitFor()
  await page.getByText('If the steps are icy: Ceri takes her to the Sunday service on the radio').first().waitFor()
  await screenshot(page, 'recorded-meeting')

  // the plan printed with names and the agency's name, not codes
  await page.getByRole('link', { name: 'Print the plan' }).click()
  await page.getByRole('heading', { level: 1, name: 'The plan of Gwenllian Pritchard' }).waitFor()
  await page.getByText('Ceri Pritchard, family').waitFor()
  await page.getByText('social-worker, practitioner, Cardiff Council').waitFor()
  assert.doesNotMatch(await page.locator('main').innerText(), /cardiff-council/)
  await page.context().close()
})

test('a review meeting says how each outcome of the plan went, and the plan is revised between meetings', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.goto(`${base}/people/${person}/meetings/new?lang=en`)
  assert.equal(await page.getByLabel('Review meeting').isChecked(), true)
  await fillDate(page, 'When it was held', today)
  await page.getByRole('group', { name: 'Who was there (1)' }).getByLabel('What is working').fill('Ceri drives me every Sunday')
  await page.getByRole('group', { name: 'Who was there (2)' }).getByLabel('What is working').fill('She has been to chapel three times')
  await page.getByLabel('Partly').check()
  await page.getByLabel('What was learnt').fill('Sunday lifts work; the steps are still a worry')
  await fillDate(page, 'Next review', inMonths(6))
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/meetings$/)
  await page.getByRole('heading', { name: /^Review meeting on/ }).waitFor()
  await page.getByText('She has been to chapel three times').waitFor()

  await page.getByRole('link', { name: 'Revise the plan' }).click()
  assert.deepEqual(await seriousViolations(page), [])
  // the plan as it stands is on the form to change
  assert.equal(await page.getByRole('group', { name: 'Support (1)' }).getByLabel('Support agreed towards it').inputValue(), 'A lift to chapel on Sundays')
  const second = page.getByRole('group', { name: 'Action 2' })
  await second.getByLabel('What').fill('Fit a handrail on the chapel steps')
  await second.getByLabel('Who').fill('Chapel deacons')
  // an action without its date is refused at its own row
  await page.getByLabel('What changed, and why').fill('The chapel agreed to a handrail')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('alert').getByRole('link', { name: 'Enter by when' }).click()
  assert.equal(await page.evaluate(() => document.activeElement.id), 'a2-due')
  await fillDate(second, 'By when', inMonths(2))
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/meetings$/)
  await page.getByRole('cell', { name: 'Fit a handrail on the chapel steps' }).first().waitFor()
  await page.context().close()
})

test('the GOV.UK error pattern: a summary linking to each field, the error at the field, what was typed kept, in Welsh too', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.goto(`${base}/people/new?lang=cy`)
  await page.getByLabel('Cyfenw').fill('Jones')
  await page.getByLabel('Rhif GIG').fill('123')
  await page.getByRole('button', { name: 'Cadw' }).click()
  assert.match(await page.title(), /^Gwall: /)
  const summary = page.getByRole('alert')
  await summary.getByRole('link', { name: 'Dywedwch a gynigiwyd y Gymraeg heb iddyn nhw orfod gofyn' }).click()
  assert.equal(await page.evaluate(() => document.activeElement.id), 'activeOffer')
  assert.equal(await page.getByLabel('Cyfenw').inputValue(), 'Jones')
  assert.equal(await page.getByLabel('Rhif GIG').inputValue(), '123')
  assert.deepEqual(await seriousViolations(page), [])
  await page.getByLabel('Do, cynigiwyd y Gymraeg').check()
  await page.getByRole('button', { name: 'Cadw' }).click()
  // now the API's own refusals come back at their fields, in Welsh, never in its English words
  await summary.getByRole('link', { name: 'Dewiswch yr iaith sydd orau ganddyn nhw' }).waitFor()
  const nhs = page.locator('.govuk-form-group--error', { has: page.locator('#nhsNumber') })
  await nhs.getByText('Rhowch rif GIG go iawn').waitFor()
  assert.match(await page.locator('#nhsNumber').getAttribute('aria-describedby'), /nhsNumber-error/)
  assert.doesNotMatch(await page.locator('main').innerText(), /identifiers\.nhsNumber|is required/)
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'new-person-errors-cy')
  await summary.getByRole('link', { name: /Rhowch rif GIG/ }).click()
  assert.equal(await page.evaluate(() => document.activeElement.id), 'nhsNumber')
  await page.context().close()
})

test('before the session ends the page warns, and staying signed in renews it', async () => {
  const context = await browser.newContext({ bypassCSP: true })
  await context.clock.install()
  const page = await context.newPage()
  await page.goto(`${base}/login`)
  await page.getByLabel('User name').fill('social-worker')
  await page.getByLabel('Password').fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.goto(`${base}/people/new`)
  const warning = page.getByRole('region', { name: 'Important' })
  assert.equal(await warning.isVisible(), false)
  await page.clock.fastForward('28:30')
  await warning.getByText('You will be signed out soon').waitFor()
  assert.deepEqual(await seriousViolations(page), [])
  await warning.getByRole('button', { name: 'Stay signed in' }).click()
  await warning.waitFor({ state: 'hidden' })
  await context.close()
})

test('every new page passes axe in Welsh and English on a desktop and a phone, and none is wider than a 320 px screen', async () => {
  const people = await api('social-worker', '/people?limit=500')
  const doreen = people.json.items.find(p => p.givenName === 'Doreen').id
  const pages = ['/people/new', `/people/${person}/outcomes/new`, `/people/${person}/entries/new`,
    `/people/${person}/strengths-and-risks/new`, `/people/${person}/perspectives/new`, `/people/${person}/consents/new`,
    `/people/${person}/consents`, `/people/${person}/meetings/new`, `/people/${person}/profile/edit`, `/people/${person}`,
    `/people/${person}/journey?kind=entry`, `/people/${doreen}/plan/revise`, `/people/${doreen}/plan/print`,
    `/people/${doreen}/meetings`, `/people/${person}/break-glass`]
  const page = await signIn(browser, 'social-worker')
  for (const path of pages) {
    await checkEverywhere(page, path)
  }
  await page.setViewportSize({ width: 375, height: 900 })
  await page.goto(`${base}/people/${person}/meetings?lang=en`)
  await screenshot(page, 'meetings-phone')
  await page.context().close()
})

test('on a phone the progress chart\'s words are drawn at a readable size', async () => {
  const people = await api('social-worker', '/people?limit=500')
  const rhodri = people.json.items.find(p => p.identifiers?.nhsNumber === '9991000232').id
  const page = await signIn(browser, 'social-worker')
  await page.setViewportSize({ width: 375, height: 900 })
  await page.goto(`${base}/people/${rhodri}/journey`)
  const height = await page.locator('.cofnod-chart__label').first().evaluate(e => e.getBoundingClientRect().height)
  assert.ok(height >= 12, `chart text is ${height} px high`)
  await page.context().close()
})

test('the journey shows strengths and risks with their words, and filters in the page', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.goto(`${base}/people/${person}/journey?lang=en`)
  await page.locator('article', { hasText: 'Falls on the chapel steps' }).getByText('Priority').waitFor()
  await page.getByText('Filter the journey').click()
  await page.getByLabel('Kind', { exact: true }).selectOption('risk')
  await page.getByRole('button', { name: 'Show' }).click()
  await page.getByText('Falls on the chapel steps').waitFor()
  assert.equal(await page.locator('article', { hasText: 'Her friends from chapel' }).count(), 0)
  await page.context().close()
})

test('where consent withholds strengths and risks the page says "not shared with you", never "none recorded"', async (t) => {
  // the home carer's agency may see Gwenllian's outcomes and plans, not her strengths and risks
  const answer = await api('home-carer', `/people/${person}/strengths-and-risks`)
  if (answer.json?.withheld === undefined) {
    t.skip('the strengths-and-risks answer does not say withheld yet')
    return
  }
  const page = await signIn(browser, 'home-carer')
  await page.goto(`${base}/people/${person}?lang=en`)
  await page.getByText('Not shared with you').first().waitFor()
  assert.equal(await page.getByText('No risks recorded yet.').count(), 0)
  await page.context().close()
})
