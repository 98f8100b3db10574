// What every browser test shares: Debian's Chromium driven by playwright-core, signing in, the API.
import assert from 'node:assert/strict'
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'

export const base = process.env.COFNOD_BASE ?? 'http://localhost:8181/cofnod'
const screenshots = process.env.COFNOD_SCREENSHOTS ?? 'target/screenshots'
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

// the flags this machine's Chromium needs: no sandbox as root, and no calls to Google's servers
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync']

export async function launch () {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS })
}

/** A fresh browser context (no cookies) signed in as a demo user. */
export async function signIn (browser, user) {
  // axe is added to the pages by the test, which the pages' own Content-Security-Policy would refuse
  const context = await browser.newContext({ bypassCSP: true, locale: 'en-GB' })
  // pages answer in well under a second: fail fast rather than wait 30 s
  context.setDefaultTimeout(10_000)
  const page = await context.newPage()
  await page.goto(`${base}/login`)
  await page.getByLabel(/User name|Enw defnyddiwr/).fill(user)
  await page.getByLabel(/Password|Cyfrinair/).fill('demo')
  await page.getByRole('button', { name: /Sign in|Mewngofnodi/ }).click()
  await page.waitForLoadState()
  return page
}

export async function screenshot (page, name) {
  mkdirSync(screenshots, { recursive: true })
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true })
}

/** axe-core's violations of WCAG 2.x A and AA (2.2 included) that it rates serious or critical. */
export async function seriousViolations (page) {
  await page.addScriptTag({ path: axePath })
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
  }))
  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`)
}

/**
 * The page at `path` in Welsh and English: its lang, no raw message keys, no serious axe violation at 1280
 * and 375 px, and nothing wider than a 320 px screen. Leaves the page at 1280 px.
 */
export async function checkEverywhere (page, path) {
  for (const lang of ['en', 'cy']) {
    await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`)
    assert.equal(await page.getAttribute('html', 'lang'), lang)
    assert.doesNotMatch(await page.locator('body').innerText(), /\[[a-zA-Z]+\.[a-zA-Z.-]+\]/, `${path} in ${lang} has no raw keys`)
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 })
      assert.deepEqual(await seriousViolations(page), [], `${path} in ${lang} at ${width} px`)
    }
    await page.setViewportSize({ width: 320, height: 900 })
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
    assert.ok(scroll <= client, `${path} in ${lang} is ${scroll} px wide on a ${client} px screen`)
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

/** The API as a demo user, for checks that a feature the pages need is there. */
export async function api (user, path, purpose = 'direct-care') {
  const r = await fetch(`${base}/api/v1${path}`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64'), 'X-Purpose-Of-Use': purpose }
  })
  return { status: r.status, json: r.headers.get('content-type')?.includes('json') ? await r.json() : null }
}

/** A write through the API as a demo user (the test's own data): its JSON answer, or the test fails. */
export async function write (user, path, body, purpose = 'direct-care') {
  const r = await fetch(`${base}/api/v1${path}`, {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64'),
      'X-Purpose-Of-Use': purpose,
      'Content-Type': 'application/json'
    },
    body: JSON.stringify(body)
  })
  const json = await r.json().catch(() => null)
  assert.ok(r.ok, `${path}: ${r.status} ${JSON.stringify(json)}`)
  return json
}

/** Rhodri's id, as the social worker finds it. */
export async function rhodri () {
  const people = await api('social-worker', '/people?limit=500')
  return people.json.items.find(p => p.identifiers?.nhsNumber === '9991000232').id
}
