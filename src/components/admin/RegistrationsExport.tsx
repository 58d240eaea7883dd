'use client'
import { useSearchParams } from 'next/navigation'
import { useTranslation } from '@payloadcms/ui'
import { isLocale } from '@/i18n/locales'
import { translate } from '@/i18n/messages'

/**
 * Above the registrations list: the table as CSV, of the event the list is filtered by
 * (the admin's "where[event][equals]" filter, as the event's registration page links to it).
 */
export function RegistrationsExport() {
  const { i18n } = useTranslation()
  const params = useSearchParams()
  const event = params.get('where[event][equals]') ?? params.get('where[or][0][and][0][event][equals]')
  const href = `/api/registrations-export${event && /^\d+$/.test(event) ? `?event=${event}` : ''}`
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a href={href} download>
        {translate(isLocale(i18n.language) ? i18n.language : 'en', event ? 'registration.export.event' : 'registration.export.all')}
      </a>
    </p>
  )
}
