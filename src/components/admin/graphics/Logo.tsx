import type { ServerProps } from 'payload'
import { Wordmark } from '@/components/brand/Wordmark'
import { isLocale } from '@/i18n/locales'

// The name takes the brand blue on the light theme and white on the dark one.
const css = '.pp-admin-logo{display:inline-flex;color:#0b3d6b}html[data-theme=dark] .pp-admin-logo{color:#fff}'

/** The admin's login page logo (admin.components.graphics.Logo): the wordmark, in the admin's language. */
export function Logo({ i18n }: Partial<ServerProps>) {
  const locale = isLocale(i18n?.language) ? i18n.language : 'en'
  return (
    <span className="pp-admin-logo">
      <style>{css}</style>
      <Wordmark locale={locale} tone="currentColor" height={56} />
    </span>
  )
}
