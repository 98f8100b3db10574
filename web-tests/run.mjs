// Starts the Cofnod distribution this build made on the test ports, runs the browser tests against it
// with node's test runner, and stops it again, whatever happened. Maven runs this in integration-test.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const assembly = resolve(process.env.COFNOD_ASSEMBLY)
const portBase = Number(process.env.COFNOD_PORT_BASE ?? 18000)
const target = resolve(process.env.COFNOD_TARGET ?? 'target')
const karaf = join(target, 'karaf')
const http = portBase + 181
const base = `http://localhost:${http}/cofnod`

/** Sets key = value in a Karaf etc/*.cfg file, adding the line when it is not there. */
function configure (file, key, value) {
  const path = join(karaf, 'etc', file)
  const lines = readFileSync(path, 'utf8').split('\n').filter(l => !l.match(new RegExp(`^\\s*${key.replaceAll('.', '\\.')}\\s*=`)))
  lines.push(`${key} = ${value}`)
  writeFileSync(path, lines.join('\n'))
}

rmSync(karaf, { recursive: true, force: true })
mkdirSync(karaf, { recursive: true })
spawnSync('tar', ['xzf', assembly, '-C', karaf, '--strip-components=1'], { stdio: 'inherit' })
configure('org.ops4j.pax.web.cfg', 'org.osgi.service.http.port', http)
configure('org.apache.karaf.shell.cfg', 'sshPort', portBase + 101)
configure('org.apache.karaf.management.cfg', 'rmiRegistryPort', portBase - 6901)
configure('org.apache.karaf.management.cfg', 'rmiServerPort', portBase + 26445)

const started = Date.now()
// its own process group, so that stopping it stops bin/karaf's JVM too
const server = spawn(join(karaf, 'bin', 'karaf'), ['server'], {
  cwd: karaf,
  detached: true,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, JAVA_HOME: process.env.JAVA_HOME ?? javaHome(), EXTRA_JAVA_OPTS: '-Xmx768m' }
})
let exitCode = 1
try {
  await waitForHealth(`${base}/api/v1/health`, 180_000)
  console.log(`Cofnod is up on port ${http} after ${((Date.now() - started) / 1000).toFixed(1)} s`)
  await waitForDemoData(90_000)
  // COFNOD_TESTS: some test files only (comma-separated), e.g. tests/coach.test.mjs
  const files = process.env.COFNOD_TESTS ? process.env.COFNOD_TESTS.split(',') : ['tests/']
  const tests = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
    stdio: 'inherit',
    env: { ...process.env, COFNOD_BASE: base, COFNOD_SCREENSHOTS: join(target, 'screenshots') }
  })
  exitCode = tests.status ?? 1
} catch (e) {
  console.error(e.message)
} finally {
  process.kill(-server.pid, 'SIGTERM')
  await new Promise(resolve => {
    const force = setTimeout(() => { process.kill(-server.pid, 'SIGKILL'); resolve() }, 20_000)
    server.on('exit', () => { clearTimeout(force); resolve() })
    if (server.exitCode !== null) resolve()
  })
}
process.exit(exitCode)

function javaHome () {
  const java = spawnSync('sh', ['-c', 'readlink -f "$(command -v java)"'], { encoding: 'utf8' }).stdout.trim()
  return resolve(java, '..', '..')
}

// The demo data may still be loading when /health is UP: the tests start once scenario 1 is in.
async function waitForDemoData (timeout) {
  const auth = { Authorization: 'Basic ' + Buffer.from('social-worker:demo').toString('base64'), 'X-Purpose-Of-Use': 'direct-care' }
  const until = Date.now() + timeout
  while (Date.now() < until) {
    const people = await (await fetch(`${base}/api/v1/people?limit=500`, { headers: auth })).json()
    const rhodri = people.items?.find(p => p.identifiers?.nhsNumber === '9991000232')
    if (rhodri) {
      const timeline = await (await fetch(`${base}/api/v1/people/${rhodri.id}/timeline`, { headers: auth })).json()
      // scenario 1 is loaded when both agencies' steps are in, the physio's last visit the newest
      if (timeline.items?.length >= 8 && timeline.items[0].agency === 'cardiff-vale-uhb') return
    }
    await new Promise(resolve => setTimeout(resolve, 1_000))
  }
  throw new Error('the demo data (Rhodri\'s journey) was not loaded: see target/karaf/data/log/karaf.log')
}

async function waitForHealth (url, timeout) {
  const until = Date.now() + timeout
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`Karaf exited with ${server.exitCode} before it was up`)
    try {
      const r = await fetch(url)
      if (r.ok && (await r.json()).status === 'UP') return
    } catch { /* not listening yet */ }
    await new Promise(resolve => setTimeout(resolve, 500))
  }
  throw new Error(`Cofnod was not up at ${url} after ${timeout / 1000} s`)
}
