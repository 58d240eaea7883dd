import type { ServerProps } from 'payload'
import { checkRole, staffRoles } from '@/access/roles'
import { isLocale } from '@/i18n/locales'
import { translate } from '@/i18n/messages'

/** The admin navigation's link to the usage statistics, for the Secretariat only. */
export function UsageNavLink({ i18n, user }: ServerProps) {
  if (!checkRole(staffRoles, user as never)) return null
  const language = isLocale(i18n?.language) ? i18n.language : 'en'
  return (
    <a className="nav__link" href="/admin/usage-statistics" id="nav-usage-statistics">
      <span className="nav__link-label">{translate(language, 'usage.nav')}</span>
    </a>
  )
}
