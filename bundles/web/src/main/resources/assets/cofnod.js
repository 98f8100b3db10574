// GOV.UK Frontend's behaviour (menus, error summaries, buttons); the pages work without it.
import { initAll } from './govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// Before an idle session ends, warn and offer to stay signed in (GOV.UK's timeout warning). Without this
// script nothing is lost either: a form sent after the session ended is kept for after signing in again.
const idleSeconds = Number(document.body.dataset.idleSeconds)
const warning = document.getElementById('session-warning')
if (idleSeconds > 0 && warning) {
  const warnBefore = Math.min(120, idleSeconds / 2)
  let timer
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(() => { warning.hidden = false; warning.focus() }, (idleSeconds - warnBefore) * 1000)
  }
  const stay = document.getElementById('stay-signed-in')
  stay.addEventListener('click', async () => {
    // a redirect means the session has already ended: reloading shows the sign-in page
    const renewed = await fetch(stay.dataset.href, { credentials: 'same-origin', redirect: 'manual' })
    if (renewed.status === 204) {
      warning.hidden = true
      arm()
    } else {
      window.location.reload()
    }
  })
  arm()
}
