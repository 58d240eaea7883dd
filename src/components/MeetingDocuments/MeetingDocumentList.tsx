import { formatBytes } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import type { TMeetingDocument } from '@/server/events/event-documents'

/** The short name of a file's format, as readers know it. */
const formatNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
}

/** Meeting documents, each with a download link per language edition (its format and size said). */
export function MeetingDocumentList({ locale, documents }: { locale: Locale; documents: TMeetingDocument[] }) {
  const t = getTranslator(locale)
  return (
    <ul className="meeting-documents">
      {documents.map((d) => (
        <li key={d.id}>
          <span lang={d.lang}>{d.title}</span>:{' '}
          {d.files.map((f, i) => (
            <span key={f.id}>
              {i > 0 ? ' · ' : null}
              <a href={f.url} hrefLang={f.language} type={f.mimeType} download>{t(`language.${f.language}`)}</a>{' '}
              <span className="meta">({[formatNames[f.mimeType], f.bytes ? formatBytes(locale, f.bytes) : null].filter(Boolean).join(', ')})</span>
            </span>
          ))}
        </li>
      ))}
    </ul>
  )
}
