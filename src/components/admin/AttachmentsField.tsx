'use client'
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'

type TStoredAttachment = { filename?: unknown; contentType?: unknown; content?: unknown; encoding?: unknown }

/** Size of an attachment as the outbox keeps it: text, or base64 for binary content. */
function sizeOf(a: TStoredAttachment): number {
  if (typeof a.content !== 'string') return 0
  return a.encoding === 'base64' ? Math.floor((a.content.length * 3) / 4) : new TextEncoder().encode(a.content).length
}

/**
 * The outbox's attachments as a readable list (file name, type, size). Payload draws a JSON
 * field with its code editor, which loads from a public CDN: the admin must load nothing
 * from a third-party host, and an operator needs the names, not the raw JSON.
 */
export function AttachmentsField({ path, field }: { path: string; field: { label?: unknown } }) {
  const { value } = useField<unknown>({ path })
  const { i18n } = useTranslation()
  const ru = i18n.language === 'ru'
  const list = Array.isArray(value) ? (value as TStoredAttachment[]) : []
  const bytes = new Intl.NumberFormat(ru ? 'ru-RU' : 'en-GB')
  return (
    <div className="field-type">
      <FieldLabel label={field.label as never} path={path} />
      {list.length === 0 ? (
        <p>{ru ? 'Нет вложений.' : 'No attachments.'}</p>
      ) : (
        <ul>
          {list.map((a, i) => (
            <li key={i}>
              {typeof a.filename === 'string' ? a.filename : '—'}
              {typeof a.contentType === 'string' ? ` (${a.contentType}, ` : ' ('}
              {`${bytes.format(sizeOf(a))} ${ru ? 'байт' : 'bytes'})`}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
