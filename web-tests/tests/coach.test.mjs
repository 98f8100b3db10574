// The recording coach in the pages: advice beside the field as a practitioner writes (after a pause in
// typing), and again before saving, with "save anyway", with the script and without it, in both languages.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { api, base, launch, screenshot, seriousViolations, signIn } from './cofnod.mjs'

let browser
/** Aled's record: the social worker's agency works with him. */
let record

before(async () => {
  browser = await launch()
  const people = await api('social-worker', '/people?limit=500')
  record = `${base}/people/${people.json.items.find(p => p.givenName === 'Aled').id}`
})
after(async () => browser?.close())

/** What the API's coach says first about a text, in a language: what the page must show. */
async function adviceFromApi (text, field, language, pageLanguage) {
  const r = await fetch(`${base}/api/v1/coach/advice`, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from('social-worker:demo').toString('base64'), 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, field, language })
  })
  const advice = (await r.json()).advice
  assert.ok(advice.length > 0, `the coach advises on "${text}"`)
  return advice[0].message[pageLanguage]
}

for (const [lang, service, good, language] of [
  ['en', 'Referral to the memory clinic', 'I want to read stories to my little sister at bedtime', 'English'],
  ['cy', 'Atgyfeiriad i’r clinig cof', 'Dw i eisiau darllen llyfrau i fy chwaer fach amser gwely', 'Cymraeg']]) {
  test(`advice appears beside the outcome as it is typed, in the page's language (${lang}), and goes when the words are the person's`, async () => {
    const page = await signIn(browser, 'social-worker')
    await page.goto(`${record}/outcomes/new?lang=${lang}`)
    await page.getByLabel(language, { exact: true }).check()
    const region = page.locator('#ownWords-advice')
    assert.equal(await region.getAttribute('aria-live'), 'polite')
    assert.equal(await region.innerText(), '')
    await page.locator('#ownWords').pressSequentially(service, { delay: 20 })
    const expected = await adviceFromApi(service, 'outcome', lang, lang)
    await region.getByText(expected).waitFor()
    assert.deepEqual(await seriousViolations(page), [])
    await screenshot(page, `coach-typing-${lang}`)
    await page.locator('#ownWords').fill(good)
    await page.waitForFunction(() => document.getElementById('ownWords-advice').innerText.trim() === '')
    await page.context().close()
  })
}

test('before saving, a decision with a stock why comes back with the advice beside it, and is saved when "save anyway" is ticked', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.goto(`${record}/decisions/new?lang=en`)
  await page.getByLabel('What was decided').fill('Fortnightly visits from the family support worker')
  await page.getByLabel('Why', { exact: true }).fill('As per care plan')
  await page.getByLabel(/aros yn dawel/).check()
  await page.getByRole('button', { name: 'Save' }).click()
  // not saved: the form again, with the words kept and the advice beside the why, not as an error
  await page.locator('#why-advice').getByText(await adviceFromApi('As per care plan', 'decision', 'en', 'en')).waitFor()
  assert.match(page.url(), /\/decisions$/)
  assert.equal(await page.getByLabel('Why', { exact: true }).inputValue(), 'As per care plan')
  assert.equal(await page.locator('.govuk-error-summary').count(), 0)
  assert.doesNotMatch(await page.title(), /^Error/)
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'coach-save-anyway-en')
  await page.getByLabel('Save it as it is, without changing it').check()
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL(/\/journey/)
  await page.getByText('Fortnightly visits from the family support worker').first().waitFor()
  await page.context().close()
})

test('without JavaScript the coach still advises before saving, in Welsh, and changed words are saved without asking again', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'cy-GB' })
  const page = await context.newPage()
  await page.goto(`${base}/login?lang=cy`)
  await page.getByLabel('Enw defnyddiwr').fill('social-worker')
  await page.getByLabel('Cyfrinair').fill('demo')
  await page.getByRole('button', { name: 'Mewngofnodi' }).click()
  await page.goto(`${record}/entries/new?lang=cy`)
  await page.locator('#ownWords').fill('Dw i’n hoffi darllen yn y gwely')
  await page.locator('#observation').fill('Ymweliad wedi’i ganslo.')
  await page.getByRole('button', { name: 'Cadw' }).click()
  const advice = page.locator('#observation-advice')
  await advice.getByText(await adviceFromApi('Ymweliad wedi’i ganslo.', 'entry', 'cy', 'cy')).waitFor()
  assert.match(await page.locator('.govuk-warning-text').innerText(), /Mae cyngor ar yr hyn a ysgrifennoch/)
  assert.equal(await page.locator('#observation').inputValue(), 'Ymweliad wedi’i ganslo.')
  assert.equal(await page.locator('#ownWords').inputValue(), 'Dw i’n hoffi darllen yn y gwely')
  await screenshot(page, 'coach-no-script-cy')
  // better words: saved at once
  await page.locator('#observation').fill('Ymweliad wedi’i symud i ddydd Iau oherwydd bod Aled yn mynd i barti pen-blwydd ei ffrind.')
  await page.getByRole('button', { name: 'Cadw' }).click()
  await page.waitForURL(/\/journey/)
  await page.getByText('barti pen-blwydd ei ffrind').first().waitFor()
  await context.close()
})

test('the form with advice passes axe in Welsh too, and the person\'s own pages are not coached', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.goto(`${record}/decisions/new?lang=cy`)
  await page.getByLabel('Beth a benderfynwyd').fill('Galwad ffôn bob wythnos')
  await page.getByLabel('Pam', { exact: true }).fill('Yn unol â’r cynllun gofal.')
  await page.getByRole('button', { name: 'Cadw' }).click()
  await page.locator('#why-advice').getByText(await adviceFromApi('Yn unol â’r cynllun gofal.', 'decision', 'cy', 'cy')).waitFor()
  await page.getByLabel('Ei gadw fel y mae, heb ei newid').waitFor()
  assert.deepEqual(await seriousViolations(page), [])
  await page.context().close()

  // Rhodri adds his own view: his words are his, with no advice beside them and no question before saving
  const own = await signIn(browser, 'rhodri')
  await own.getByRole('link', { name: /Add your own words|Ychwanegu eich geiriau eich hun/ }).first().click()
  await own.waitForURL(/\/perspectives\/new/)
  await own.locator('textarea#view').waitFor()
  assert.equal(await own.locator('[data-coach-for]').count(), 0)
  await own.context().close()
})
