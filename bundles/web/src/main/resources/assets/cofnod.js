// GOV.UK Frontend's behaviour (menus, error summaries, buttons); the pages work without it.
import { initAll } from './govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
