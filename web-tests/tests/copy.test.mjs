// The chronology to print and as a PDF, and the person asking for their own copy of their record, in headless
// Chromium against the real distribution: axe on each page in both languages on a desktop and a phone.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { base, checkEverywhere, launch, rhodri, screenshot, signIn } from './cofnod.mjs'

let browser
let person

before(async () => {
  browser = await launch()
  person = await rhodri()
})
after(async () => browser?.close())

/**
 * The bytes a link of the page's points at, fetched with the page's own session; allowed a minute, as the first
 * PDF a fresh server prints loads the PDF library and its fonts.
 */
async function fetched (page, path) {
  const answer = await page.request.get(`${base}${path}`, { timeout: 60_000 })
  return { status: answer.status(), type: answer.headers()['content-type'], body: await answer.body() }
}

test('a practitioner prints the chronology, and saves the same as a PDF in a font with Welsh letters', async () => {
  const page = await signIn(browser, 'social-worker')
  await page.goto(`${base}/people/${person}/journey?lang=en`)
  await page.getByRole('link', { name: /Print the chronology/ }).click()
  await page.getByRole('heading', { level: 1, name: 'The chronology of Rhodri Evans' }).waitFor()
  await page.getByText('the walls are closing in on me').first().waitFor()
  const pdfLink = page.getByRole('link', { name: 'Save the chronology as a PDF' })
  assert.equal(await pdfLink.getAttribute('href'), `/cofnod/people/${person}/journey/print.pdf`)
  await screenshot(page, 'chronology-print')
  await checkEverywhere(page, `/people/${person}/journey/print?kind=entry`)

  const pdf = await fetched(page, `/people/${person}/journey/print.pdf?kind=entry&lang=cy`)
  assert.equal(pdf.status, 200)
  assert.equal(pdf.type, 'application/pdf')
  assert.equal(pdf.body.subarray(0, 5).toString('latin1'), '%PDF-')
  // a TrueType font program is embedded (its stream says /Length1): DejaVu Sans, the only font the page names
  assert.ok(/\/Length1 \d+/.test(pdf.body.toString('latin1')), 'a font is embedded in the PDF')
  await page.context().close()
})

test('the person asks for their copy: a ZIP with the FHIR record, the page to read, its PDF and a manifest', async () => {
  const page = await signIn(browser, 'rhodri')
  await page.goto(`${base}/people/${person}/copy?lang=en`)
  await page.getByText('(and as a PDF)').waitFor()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download my copy' }).click()
  ])
  assert.match(download.suggestedFilename(), /^cofnod-.*\.zip$/)
  const zip = await fetched(page, `/people/${person}/copy/download`)
  assert.equal(zip.status, 200)
  const names = zip.body.toString('latin1')
  for (const file of ['record.fhir.json', 'record.html', 'record.pdf', 'manifest.json']) {
    assert.ok(names.includes(file), `${file} is in the copy`)
  }
  await screenshot(page, 'copy')
  await checkEverywhere(page, `/people/${person}/copy`)

  // his access log says he made it (among his own looks, folded away)
  await page.goto(`${base}/people/${person}/access-log?lang=en`)
  assert.match(await page.locator('main').textContent(), /a copy of your whole record/)
  await page.context().close()

  // a practitioner is given no copy of it: the page is not found
  const practitioner = await signIn(browser, 'social-worker')
  assert.equal((await fetched(practitioner, `/people/${person}/copy/download`)).status, 404)
  await practitioner.context().close()
})
