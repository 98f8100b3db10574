// Cofnod's web pages end to end, in headless Chromium, against the real distribution.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { api, base, launch, rhodri, screenshot, seriousViolations, signIn } from './cofnod.mjs'

let browser
let rhodriId

before(async () => {
  browser = await launch()
  rhodriId = await rhodri()
})
after(async () => browser?.close())

test('a wrong password is refused with an error summary, and the sign-in page passes axe', async () => {
  const context = await browser.newContext({ bypassCSP: true })
  const page = await context.newPage()
  await page.goto(`${base}/`)
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'sign-in')
  await page.getByLabel('User name').fill('social-worker')
  await page.getByLabel('Password').fill('wrong')
  const reply = page.waitForResponse(r => r.url().endsWith('/login'))
  await page.getByRole('button', { name: 'Sign in' }).click()
  assert.equal((await reply).status(), 401)
  await assert.doesNotReject(page.getByRole('alert').getByText('The user name or password is not right').waitFor())
  assert.deepEqual(await seriousViolations(page), [])
  await context.close()
})

test('the whole sign-in works from the keyboard alone', async () => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${base}/`)
  await page.keyboard.press('Tab')
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to main content')
  await page.keyboard.press('Enter')
  // the skip link lands in the main content; the first field is a Tab or two further
  for (let i = 0; i < 5 && await page.evaluate(() => document.activeElement.id) !== 'user'; i++) {
    await page.keyboard.press('Tab')
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'user')
  await page.keyboard.type('social-worker')
  await page.keyboard.press('Tab')
  await page.keyboard.type('demo')
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/people$/)
  await context.close()
})

test('the social worker finds Rhodri by NHS number and opens his record', async () => {
  const page = await signIn(browser, 'social-worker')
  assert.match(page.url(), /\/cofnod\/people$/)
  await page.getByLabel('Name, date of birth, NHS number or ID').fill('999 100 0232')
  await page.getByRole('button', { name: 'Search' }).click()
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'find-a-person')
  await page.getByRole('link', { name: 'Rhodri Evans' }).click()
  await page.getByRole('heading', { level: 1, name: 'Rhodri Evans' }).waitFor()
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'record')
  await page.context().close()
})

test('switching to Welsh: the page says lang="cy", speaks Welsh, and the choice is remembered', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.getByRole('link', { name: 'Cymraeg' }).click()
  assert.equal(await page.getAttribute('html', 'lang'), 'cy')
  await page.getByRole('heading', { level: 1, name: 'Dod o hyd i berson' }).waitFor()
  await page.goto(`${base}/people/${rhodriId}`)
  assert.equal(await page.getAttribute('html', 'lang'), 'cy')
  await page.getByText('Dyddiad geni').waitFor()
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'record-cy')
  // no raw message keys anywhere on the page
  assert.doesNotMatch(await page.locator('body').innerText(), /\[[a-z]+\.[a-zA-Z.]+\]/)
  await page.getByRole('link', { name: 'English' }).click()
  assert.equal(await page.getAttribute('html', 'lang'), 'en')
  await page.context().close()

  // ?lang=cy works without signing in, and the server writes it into the page
  const html = await (await fetch(`${base}/?lang=cy`)).text()
  assert.match(html, /<html lang="cy"/)
})

test('a person\'s record opens in their preferred language unless the reader chose one', async () => {
  const people = await api('social-worker', '/people?limit=500')
  const welsh = people.json.items.find(p => p.preferredLanguage === 'cy')
  assert.ok(welsh, 'the demo data has someone who prefers Welsh')
  const page = await signIn(browser, 'social-worker')
  await page.goto(`${base}/people/${welsh.id}`)
  assert.equal(await page.getAttribute('html', 'lang'), 'cy')
  await page.getByText('Dyddiad geni').waitFor()
  assert.deepEqual(await seriousViolations(page), [])
  await page.goto(`${base}/people/${welsh.id}?lang=en`)
  assert.equal(await page.getAttribute('html', 'lang'), 'en')
  await page.context().close()
})

test('the pages reach no data without signing in', async () => {
  const r = await fetch(`${base}/people/${rhodriId}`, { redirect: 'manual' })
  assert.equal(r.status, 303)
  assert.match(r.headers.get('location'), /\/cofnod\/login$/)
})

test('Rhodri sees his own record', async () => {
  const page = await signIn(browser, 'rhodri')
  await page.getByRole('heading', { level: 1, name: 'Rhodri Evans' }).waitFor()
  assert.match(page.url(), new RegExp(`/people/${rhodriId}$`))
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'my-record')
  await page.context().close()
})

test('the social worker sees Rhodri\'s journey across two agencies, with the progress chart and its narrative', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.goto(`${base}/people/${rhodriId}`)
  await page.getByText('I want the confidence to walk outdoors again').first().waitFor()
  await page.getByRole('heading', { name: 'Strengths' }).waitFor()
  await page.getByRole('heading', { name: 'Risks' }).waitFor()
  await screenshot(page, 'record-at-a-glance')
  await page.getByRole('link', { name: 'Journey' }).click()
  await page.getByRole('img', { name: /Progress from 0 to 10/ }).waitFor()
  const steps = page.locator('article')
  assert.ok(await steps.filter({ hasText: 'Cardiff Council' }).count() > 0, 'the social worker\'s steps')
  assert.ok(await steps.filter({ hasText: 'Cardiff and Vale University Health Board' }).count() > 0, 'the physio\'s steps')
  // each point of the chart has its narrative in the table beside it
  const points = page.getByRole('table', { name: 'What each point means' }).getByRole('row')
  await points.nth(2).waitFor()
  assert.ok((await points.nth(1).innerText()).split('\t').length >= 4, 'a point: number, when, rating, narrative, agency')
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'journey')
  await page.context().close()
})

test('the social worker adds an entry led by Rhodri\'s own words, with fact and opinion marked, and it joins the journey', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.goto(`${base}/people/${rhodriId}`)
  await page.getByRole('link', { name: 'Add an entry' }).click()
  assert.deepEqual(await seriousViolations(page), [])
  // the person's words come first, not three identical parts
  const first = await page.locator('textarea').first().getAttribute('name')
  assert.equal(first, 'ownWords')
  await page.getByLabel('Visit', { exact: true }).check()
  await page.getByLabel(/I want the confidence/).check()
  await page.getByLabel('What you saw or heard (facts)').fill('Walked to the end of the street with his dad.')
  await page.getByLabel('Your professional opinion').fill('He is ready to try the park next week.')
  // an opinion without whose it is: the API refuses, and the form says so at the field with what was typed kept
  await page.getByLabel('Whose opinion or words').fill('')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('alert').getByRole('link', { name: 'Say whose opinion it is' }).waitFor()
  assert.equal(await page.getByLabel('Your professional opinion').inputValue(), 'He is ready to try the park next week.')
  await screenshot(page, 'add-entry-error')
  await page.getByLabel('Whose opinion or words').fill('social worker')
  await page.getByLabel('What Rhodri Evans said, in their own words').fill('I did it!')
  await page.getByLabel('Progress rating (0 to 10), if any').selectOption('6')
  await page.getByLabel('What the rating means').fill('Walked the street with his dad')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/journey$/)
  await page.getByText('“I did it!”').first().waitFor()
  await page.getByRole('cell', { name: 'Walked the street with his dad' }).first().waitFor()
  await page.context().close()
})

test('a decision is recorded with its why, and a review with what was learnt', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.goto(`${base}/people/${rhodriId}/decisions/new`)
  await page.getByLabel('What was decided').fill('Ask the physio to walk with him to the park')
  await page.getByLabel('Why', { exact: true }).fill('The park is where his pals meet, which is what matters to him')
  await page.getByLabel(/I want the confidence/).check()
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/journey$/)
  await page.getByText('The park is where his pals meet').first().waitFor()
  await page.goto(`${base}/people/${rhodriId}/reviews/new`)
  assert.deepEqual(await seriousViolations(page), [])
  await page.getByLabel('Partly').check()
  await page.getByLabel('What was learnt').fill('Short walks with someone he trusts work best')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/journey$/)
  await page.getByText('Short walks with someone he trusts work best').first().waitFor()
  await page.context().close()
})

test('Rhodri adds his own words about what matters to him', async () => {
  const page = await signIn(browser, 'rhodri')
  await page.getByRole('link', { name: 'Add your own words' }).click()
  assert.deepEqual(await seriousViolations(page), [])
  await page.getByLabel('Your words').fill('I walked to the park gates on my own today')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/journey$/)
  await page.getByText('I walked to the park gates on my own today').first().waitFor()
  await page.context().close()
})

// last: it withdraws the physio's consent for the tests after it
test('Rhodri withdraws the physio\'s consent; the physio\'s access is gone, and break-glass shows in his access log', async () => {
  const physio = await signIn(browser, 'physio')
  await physio.goto(`${base}/people/${rhodriId}`)
  await physio.getByRole('heading', { level: 1, name: 'Rhodri Evans' }).waitFor()

  const page = await signIn(browser, 'rhodri')
  await page.getByRole('link', { name: 'Consent' }).click()
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'consents')
  const physioCard = page.locator('.govuk-summary-card', { hasText: 'Cardiff and Vale University Health Board' })
  // he need not say why
  await physioCard.getByText('You do not have to say why').waitFor()
  await physioCard.getByRole('button', { name: /Withdraw consent/ }).click()
  await page.waitForURL(/\/consents$/)
  const withdrawn = page.locator('.govuk-summary-card', { hasText: 'Cardiff and Vale University Health Board' })
  await withdrawn.getByText('Withdrawn').first().waitFor()
  await withdrawn.getByText(/No reason given/).first().waitFor()

  // the physio's next look at the journey shows only what the physio's own agency wrote
  await physio.goto(`${base}/people/${rhodriId}/journey`)
  await physio.getByText('not shown, because of the person\'s consent').waitFor()
  assert.equal(await physio.locator('article', { hasText: 'Cardiff Council' }).count(), 0)
  assert.ok(await physio.locator('article', { hasText: 'Cardiff and Vale University Health Board' }).count() > 0)
  await screenshot(physio, 'journey-after-withdrawal')

  // a safeguarding concern: break-glass with a reason, then the whole record for a limited time
  await physio.getByRole('link', { name: /emergency access/ }).click()
  // the page names the person, and can be left without breaking the glass
  await physio.getByText('Rhodri Evans', { exact: true }).waitFor()
  await physio.getByRole('link', { name: 'Cancel' }).waitFor()
  assert.deepEqual(await seriousViolations(physio), [])
  await physio.getByLabel('Why you need access now').fill('Fell at home; family worried about bruising')
  await physio.getByRole('button', { name: 'Get emergency access' }).click()
  await physio.getByRole('heading', { level: 1, name: 'Rhodri Evans' }).waitFor()
  // while it lasts every page says whose record and until when
  const banner = physio.getByRole('region', { name: 'Emergency access' })
  await banner.getByText(/^Emergency access to Rhodri Evans until \d\d:\d\d$/).waitFor()
  await physio.goto(`${base}/people/${rhodriId}/journey`)
  assert.ok(await physio.locator('article', { hasText: 'Cardiff Council' }).count() > 0)
  await banner.getByRole('button', { name: 'Stop using emergency access' }).click()
  await physio.waitForURL(new RegExp(`/people/${rhodriId}$`))
  assert.equal(await banner.count(), 0)
  await physio.goto(`${base}/people/${rhodriId}/journey`)
  await physio.getByText('not shown, because of the person\'s consent').waitFor()

  await page.getByRole('link', { name: 'Who has looked' }).click()
  await page.getByText('Emergency access').first().waitFor()
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'access-log')

  // and he can give it again
  await page.getByRole('link', { name: 'Consent' }).click()
  await page.getByLabel('Cardiff and Vale University Health Board').check()
  await page.getByLabel('Direct care').check()
  await page.getByLabel('Entries', { exact: true }).check()
  await page.getByRole('button', { name: 'Give consent' }).click()
  await page.waitForURL(/\/consents$/)
  await page.locator('.govuk-summary-card', { hasText: 'Cardiff and Vale University Health Board' }).getByText('Active').waitFor()
  await physio.context().close()
  await page.context().close()
})

test('meetings and plan: every party\'s view side by side, what was agreed and what was not', async () => {
  const people = await api('social-worker', '/people?limit=500')
  const doreen = people.json.items.find(p => p.givenName === 'Doreen')
  const page = await signIn(browser, 'social-worker')
  await page.goto(`${base}/people/${doreen.id}`)
  await page.getByRole('link', { name: 'Meetings and plan' }).click()
  await page.getByRole('heading', { name: 'The plan' }).waitFor()
  await page.getByRole('table', { name: 'Everyone\'s view, side by side' }).first().waitFor()
  await page.getByRole('heading', { name: 'What was not agreed' }).first().waitFor()
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'meetings-and-plan')
  await page.context().close()
})

test('the commissioner sees the reports by NOF domain and by personalised statements, as a chart and a table', async () => {
  const page = await signIn(browser, 'commissioner')
  await page.waitForURL(/\/reports$/)
  await page.locator('.cofnod-bars').waitFor()
  await page.getByRole('rowheader', { name: 'Physical and mental health and emotional well-being' }).waitFor()
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'reports')
  await page.getByLabel('Your personalised statements').check()
  await page.getByRole('button', { name: 'Show' }).click()
  await page.getByRole('table', { name: 'Your personalised statements' }).waitFor()
  // a commissioner never reaches a person's record through the pages
  const refused = await page.goto(`${base}/people`)
  assert.notEqual(refused.status(), 200)
  await page.context().close()
})
