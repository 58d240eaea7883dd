'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

/**
 * An array row's heading: its name in the admin's language and its number («Языковая
 * версия 02»). Payload would build it from the label in the "Add …" button, which in Russian
 * is in the accusative («Добавить языковую версию»), so rows name themselves here.
 */
export function NumberedRowLabel({ label }: { label: { en: string; ru: string } }) {
  const { rowNumber } = useRowLabel()
  const { i18n } = useTranslation()
  const name = i18n.language === 'ru' ? label.ru : label.en
  // Payload's own row label's class and behaviour, so it looks and acts the same.
  return (
    <span className="row-label" style={{ pointerEvents: 'none' }}>
      {`${name} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`}
    </span>
  )
}
