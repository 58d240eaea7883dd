import { env } from '@/env'
import { internalHeaders } from '@/server/internal-headers'
import { getPayloadClient } from '@/server/payload'
import { contactErrorPage } from './contact-error-page'
import { readContactSubmission } from './contact-message'
import { contactNoticeParam, contactSentValue, contactStatusId } from './contact-notice'
import { signContactToken } from './contact-token'
import { sendContactMessage } from './send-contact-message'

/**
 * The contact form's POST (/forms/contact, a plain HTML form). Sent: 303 back to the page
 * with `?contact=sent` (which the page shows, and the page cache keeps as one entry).
 * Not sent: the form again, at once, as a page of its own with status 422 (429 with
 * Retry-After when the sender must wait), never stored and never in an address.
 */
export async function answerContactForm(request: Request): Promise<Response> {
  let entries: Record<string, unknown> = {}
  try {
    entries = Object.fromEntries((await request.formData()).entries())
  } catch {
    // Not a form (garbage, a broken body): answered like a form without a token.
  }
  const submission = readContactSubmission(entries)
  const { locale, pagePath } = submission
  const now = Date.now()
  const result = await sendContactMessage(await getPayloadClient(), submission, {
    client: request.headers.get(internalHeaders.client) || 'local',
    secret: env.secret,
    siteUrl: env.publicUrl,
    now,
  })
  if (result.ok) {
    const target = new URL(`/${locale}/${pagePath}`, env.publicUrl)
    target.searchParams.set(contactNoticeParam, contactSentValue)
    target.hash = contactStatusId
    return Response.redirect(target, 303)
  }
  const token = signContactToken(env.secret, pagePath ?? '', now)
  const html = contactErrorPage({ locale, pagePath, token, values: submission.values, result })
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
  if (result.retryAfterSeconds) headers['retry-after'] = String(result.retryAfterSeconds)
  return new Response(html, { status: result.error === 'rate-limited' ? 429 : 422, headers })
}
