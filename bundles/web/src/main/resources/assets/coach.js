// The recording coach's advice beside a field as the practitioner writes, after a pause in typing. The
// pages work without it: a form sent with advice to give comes back with the advice and "save anyway".
const PAUSE_MS = 1000

for (const region of document.querySelectorAll('[data-coach-for]')) {
  const input = document.getElementById(region.dataset.coachFor)
  const form = input?.form
  if (!form) continue
  let asked = input.value.trim()
  let timer
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(async () => {
      const text = input.value.trim()
      if (text === asked) return
      asked = text
      const question = new URLSearchParams({
        csrf: form.elements.csrf.value, text, field: region.dataset.coachField, pageLanguage: document.documentElement.lang
      })
      if (form.elements.language?.value) question.set('language', form.elements.language.value)
      const whose = region.dataset.coachWhose && document.getElementById(region.dataset.coachWhose)
      if (whose) question.set('whose', whose.value)
      try {
        const answer = await fetch(region.dataset.coachUrl, { method: 'POST', body: question, credentials: 'same-origin', redirect: 'manual' })
        // only the answer to what is typed now: a slower answer to older words is dropped
        if (answer.status === 200 && asked === text) region.innerHTML = await answer.text()
      } catch {
        // no advice while the server cannot be reached; the form still gives it before saving
      }
    }, PAUSE_MS)
  })
}
