// Welsh and language marking, the access log in the person's words, reports as CSV with filters and honest
// "<5" marks, and no page wider than a 320 px phone.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { api, base, checkEverywhere, launch, rhodri, screenshot, seriousViolations, signIn, write } from './cofnod.mjs'

let browser
let rhodriId
let gwen

/** The language a text on the page is read in: that of its nearest element with a lang attribute. */
async function languageOf (page, text) {
  return page.getByText(text, { exact: false }).first().evaluate(e => e.closest('[lang]').getAttribute('lang'))
}

before(async () => {
  browser = await launch()
  rhodriId = await rhodri()
  // a person whose words are in Welsh and in English
  gwen = (await write('social-worker', '/people', {
    givenName: 'Gwen', familyName: 'Ifans', dateOfBirth: '1950-02-01', preferredLanguage: 'cy',
    activeOffer: { made: true, madeAt: '2026-01-05T10:00:00Z', madeBy: 'social-worker' }, identifiers: {}
  })).id
  await write('social-worker', `/people/${gwen}/outcomes`, { ownWords: 'Dw i eisiau mynd i’r capel bob dydd Sul', language: 'cy', type: 'maintenance' })
  await write('social-worker', `/people/${gwen}/outcomes`, { ownWords: 'I want to see my grandson play rugby', language: 'en', type: 'change' })
})
after(async () => browser?.close())

test('Rhodri\'s access log in Welsh: people and agencies by name, emergency access first, his own looks folded', async () => {
  // others look, and one breaks the glass
  const physio = await signIn(browser, 'physio')
  await physio.goto(`${base}/people/${rhodriId}`)
  await physio.context().close()
  const sw = await signIn(browser, 'social-worker')
  await sw.goto(`${base}/people/${rhodriId}/journey`)
  await sw.context().close()
  await write('home-carer', `/people/${rhodriId}/break-glass`, { reason: 'Carer found him on the floor; checking his risks' }, 'safeguarding')

  const page = await signIn(browser, 'rhodri')
  for (let i = 0; i < 3; i++) {
    await page.goto(`${base}/people/${rhodriId}/journey`)
  }
  await page.goto(`${base}/people/${rhodriId}/access-log?lang=cy`)
  assert.equal(await page.getAttribute('html', 'lang'), 'cy')
  const main = page.locator('main')
  const text = await main.innerText()
  // names, never logins or agency codes
  const others = page.getByRole('table', { name: 'Beth wnaeth eraill, a beth newidioch chi' })
  await others.getByText('Sara Jones, Cyngor Caerdydd').first().waitFor()
  await others.getByText('Owain Price, Bwrdd Iechyd Prifysgol Caerdydd a\'r Fro').first().waitFor()
  assert.doesNotMatch(text, /social-worker|cardiff-council|cardiff-vale-uhb|gofal-da-homecare/)
  // in Welsh, not the API's English sentences
  await others.getByText('Edrych ar eich taith').first().waitFor()
  assert.doesNotMatch(text, /looked at|your record| from /)
  // emergency access pinned above everything else
  const emergency = page.getByRole('table', { name: 'Mynediad brys i\'ch cofnod' })
  await emergency.getByText('Megan Davies, Gofal Cartref Gofal Da').first().waitFor()
  const tables = await main.locator('table caption').allInnerTexts()
  assert.equal(tables[0], 'Mynediad brys i\'ch cofnod')
  // his own looks folded into one line with a count; none of them among what others did
  const folded = page.locator('details summary')
  assert.match(await folded.innerText(), /^Edrychoch chi ar eich cofnod (\d+ o weithiau|ddwywaith|unwaith) ar y dudalen hon o'r log$/)
  for (const row of await others.locator('tbody tr', { has: page.getByText('Chi', { exact: true }) }).allInnerTexts()) {
    assert.doesNotMatch(row, /Edrych ar|Gofyn am weld/, 'his own changes are listed, his looks are folded')
  }
  await screenshot(page, 'access-log-cy')
  await checkEverywhere(page, `/people/${rhodriId}/access-log`)
  await page.context().close()
})

test('stored words carry their own language: English in a Welsh page, Welsh in an English page', async () => {
  const page = await signIn(browser, 'social-worker')
  for (const path of [`/people/${gwen}`, `/people/${gwen}/journey`]) {
    await page.goto(`${base}${path}?lang=cy`)
    assert.equal(await languageOf(page, 'I want to see my grandson play rugby'), 'en', `${path} in Welsh`)
    assert.equal(await languageOf(page, 'Dw i eisiau mynd i’r capel bob dydd Sul'), 'cy', `${path} in Welsh`)
    await page.goto(`${base}${path}?lang=en`)
    assert.equal(await languageOf(page, 'Dw i eisiau mynd i’r capel bob dydd Sul'), 'cy', `${path} in English`)
    assert.equal(await languageOf(page, 'I want to see my grandson play rugby'), 'en', `${path} in English`)
  }
  await checkEverywhere(page, `/people/${gwen}`)
  await page.context().close()
})

test('a first visit follows the browser\'s Accept-Language; a language chosen in the page wins after that', async () => {
  const welsh = await browser.newContext({ bypassCSP: true, extraHTTPHeaders: { 'Accept-Language': 'fr;q=0.9, cy-GB;q=0.8, en;q=0.5' } })
  const page = await welsh.newPage()
  await page.goto(`${base}/login`)
  assert.equal(await page.getAttribute('html', 'lang'), 'cy')
  await page.getByRole('heading', { level: 1, name: 'Mewngofnodi i Cofnod' }).waitFor()
  assert.deepEqual(await seriousViolations(page), [])
  await page.getByRole('link', { name: 'English' }).click()
  await page.goto(`${base}/login`)
  assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the choice made in the page is remembered over the header')
  await welsh.close()

  const english = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9,cy;q=0.8' } })
  const first = await english.newPage()
  await first.goto(`${base}/login`)
  assert.equal(await first.getAttribute('html', 'lang'), 'en')
  await english.close()
})

test('reports: filters go to the API, the table downloads as CSV with the same counts, "<5" is a mark of its own', async () => {
  const page = await signIn(browser, 'commissioner')
  await page.goto(`${base}/reports?lang=en`)
  await page.getByLabel('Agency', { exact: true }).selectOption('cardiff-council')
  await page.getByLabel('Broken down by').selectOption('type')
  await page.getByRole('group', { name: 'From' }).getByLabel('Day').fill('1')
  await page.getByRole('group', { name: 'From' }).getByLabel('Month').fill('1')
  await page.getByRole('group', { name: 'From' }).getByLabel('Year').fill('2020')
  await page.getByRole('button', { name: 'Show' }).click()
  await page.getByRole('table', { name: 'NOF domain' }).waitFor()
  const table = page.getByRole('table', { name: 'NOF domain' })

  // the page shows what the API answers for the same filters
  const answer = await api('commissioner', '/reports/by-domain?cut=domain&by=type&agency=cardiff-council&from=2020-01-01&lang=en', 'commissioning')
  assert.equal(answer.status, 200)
  const cells = await table.locator('tbody tr td:first-of-type').allInnerTexts()
  assert.deepEqual(cells, answer.json.rows.map(r => String(r.people)))

  // every "<5" has a hatched mark as wide as any other mark, never a bar of no length
  const suppressed = answer.json.rows.filter(r => r.people === '<5').length
  assert.ok(suppressed > 0, 'the filtered report has groups under 5')
  const marks = page.locator('.cofnod-bars .cofnod-bars__suppressed')
  assert.equal(await marks.count(), suppressed)
  for (const width of await marks.evaluateAll(all => all.map(m => m.getBoundingClientRect().width))) {
    assert.ok(width >= 20, `a "<5" mark is ${width} px wide`)
  }

  // the CSV link carries the filters and gives the same counts, UTF-8 with a byte order mark
  const link = page.getByRole('link', { name: 'Download this table as a spreadsheet (CSV)' })
  assert.match(await link.getAttribute('href'), /agency=cardiff-council/)
  assert.match(await link.getAttribute('href'), /from=2020-01-01/)
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  const csv = await readFile(await download.path(), 'utf8')
  assert.ok(csv.startsWith('\uFEFFcut,code,label,breakdown,people,outcomes'), csv.slice(0, 60))
  // one line a group (the total's has no code)
  const lines = csv.split('\r\n').filter(l => l.startsWith('domain,') && !l.startsWith('domain,,'))
  assert.equal(lines.length, answer.json.rows.length)
  for (const row of answer.json.rows) {
    assert.ok(lines.some(l => l.startsWith(`domain,${row.code},`) && l.endsWith(`,${row.breakdown},${row.people},${row.outcomes}`)),
      `${row.code} ${row.breakdown} in the CSV`)
  }
  await screenshot(page, 'reports-filtered')

  // on a phone the labels wrap inside the screen and read at 12 px or more
  await page.setViewportSize({ width: 320, height: 900 })
  for (const [scroll, client, size] of await page.locator('.cofnod-bars__label').evaluateAll(all =>
    all.map(e => [e.scrollWidth, e.clientWidth, parseFloat(getComputedStyle(e).fontSize)]))) {
    assert.ok(scroll <= client, `a label is ${scroll} px in ${client} px`)
    assert.ok(size >= 12, `chart text is ${size} px`)
  }
  await checkEverywhere(page, '/reports?by=agency')
  await page.context().close()
})

test('in Welsh the framework\'s labels still in English are marked so, and the page says they are English only', async () => {
  const answer = await api('commissioner', '/reports/by-domain?lang=cy', 'commissioning')
  const english = answer.json.rows.filter(r => r.language === 'en')
  const page = await signIn(browser, 'commissioner')
  await page.goto(`${base}/reports?lang=cy`)
  if (english.length === 0) {
    assert.equal(await page.getByText('yn Saesneg yn unig').count(), 0)
  } else {
    await page.getByText('Mae labeli\'r fframwaith yn Saesneg yn unig').waitFor()
    assert.equal(await languageOf(page.getByRole('table'), english[0].label), 'en')
  }
  await page.context().close()
})

test('the journey and the meetings\' views are never wider than a 320 px screen', async () => {
  const people = await api('social-worker', '/people?limit=500')
  const doreen = people.json.items.find(p => p.givenName === 'Doreen').id
  const page = await signIn(browser, 'social-worker')
  await checkEverywhere(page, `/people/${rhodriId}/journey`)
  await checkEverywhere(page, `/people/${doreen}/meetings`)
  await page.context().close()
})
