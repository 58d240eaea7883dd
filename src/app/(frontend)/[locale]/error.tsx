'use client'

import { useParams } from 'next/navigation'
import en from '@/i18n/messages/en.json'
import ru from '@/i18n/messages/ru.json'

/** Shown when a page fails; plain text from the catalogs, no details leak to the reader. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const params = useParams<{ locale: string }>()
  const m = params?.locale === 'ru' ? ru : en
  return (
    <div className="page-header" role="alert">
      <h1>{m['error.title']}</h1>
      <p className="lead">{m['error.text']}</p>
      {/* A link, not a button: public pages are sent without scripts, and reloading is the retry. */}
      <p><a className="button" href="" onClick={() => reset()}>{m['error.retry']}</a></p>
    </div>
  )
}
