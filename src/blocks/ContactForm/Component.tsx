import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/messages'
import { href } from '@/i18n/routes'
import type { ContactFormBlock } from '@/payload-types'
import { contactFormHtml, contactFormId } from '@/server/contact/contact-form-html'
import { contactStatusId, isContactSent } from '@/server/contact/contact-notice'
import { signContactToken } from '@/server/contact/contact-token'
import { loadSiteChrome } from '@/server/content/site-chrome'
import { currentPath } from '@/server/request-context'

/**
 * A contact form (works without JavaScript): posts to /forms/contact, which e-mails the
 * Secretariat at the footer's address. After sending, the page comes back with
 * `?contact=sent` and says so here instead of showing the form. Without an address set in
 * the footer the block says the form cannot be used, and shows nothing else. On a trainer's
 * profile (`toTrainer`) it writes to the trainer instead (see contactRecipient).
 */
export async function ContactForm({ block, locale, pagePath, toTrainer = false }: { block: ContactFormBlock; locale: Locale; pagePath: string; toTrainer?: boolean }) {
  const t = getTranslator(locale)
  const [{ footer }, path] = await Promise.all([loadSiteChrome(locale), currentPath()])
  const headingId = `contact-heading${block.id ? `-${block.id}` : ''}`
  const intro = block.intro?.split(/\n\s*\n/).filter((p) => p.trim() !== '') ?? []

  let body
  if (isContactSent(path)) {
    body = (
      <>
        <div className="alert alert--ok" role="status" id={contactStatusId} tabIndex={-1}>
          {t(toTrainer ? 'contact.sentTrainer' : 'contact.sent')}
        </div>
        <p>
          <a href={`${href(locale, `/${pagePath}`)}#${contactFormId}`}>{t('contact.another')}</a>
        </p>
      </>
    )
  } else if (!toTrainer && !footer.email) {
    body = <p className="alert alert--info">{t('contact.unavailable')}</p>
  } else {
    // The token is made when the page is rendered; the page cache may hand it out for the
    // rest of the day, which its 48-hour lifetime allows for (see contact-token.ts).
    const token = signContactToken(env.secret, pagePath, Date.now())
    body = (
      <>
        {intro.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
        {/* One markup for the page and the error answer of /forms/contact (see contact-form-html.ts). */}
        <div dangerouslySetInnerHTML={{ __html: contactFormHtml({ locale, pagePath, token, labelledBy: headingId }) }} />
      </>
    )
  }
  return (
    <section className="contact-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{block.heading || t('contact.heading')}</h2>
      {body}
    </section>
  )
}
