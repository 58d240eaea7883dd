import { isLocale } from '@/i18n/locales'
import { sessionUser } from '@/server/account/session-bridge'
import { certificateFor, certificatePdf } from '@/server/learning/certificates'
import { getPayloadClient } from '@/server/payload'

export const dynamic = 'force-dynamic'

/** A certificate's PDF for its own learner and the Secretariat; 404 for anyone else, signed in or not. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params
  const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' } })
  if (!isLocale(locale)) return notFound()
  const payload = await getPayloadClient()
  const certificate = await certificateFor(payload, await sessionUser(payload, request.headers), code)
  if (!certificate) return notFound()
  return new Response(Buffer.from(await certificatePdf(certificate)), {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="certificate-${certificate.code}.pdf"`, 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' },
  })
}
