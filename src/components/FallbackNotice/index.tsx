import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'

/** Says plainly that the text below is in the other language because no translation exists yet. */
export function FallbackNotice({ locale, shownIn }: { locale: Locale; shownIn: Locale }) {
  if (locale === shownIn) return null
  return (
    <p className="fallback-notice" role="note">
      {getTranslator(locale)('fallback.notice', { language: shownIn })}
    </p>
  )
}
