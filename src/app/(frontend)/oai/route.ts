import type { NextRequest } from 'next/server'
import { env } from '@/env'
import { handleOaiRequest, OAI_CONTENT_TYPE } from '@/server/open-metadata/oai-pmh'
import { getPayloadClient } from '@/server/payload'
import { oaiRepository } from '@/server/publications/oai-repository'

export const dynamic = 'force-dynamic'

async function respond(params: URLSearchParams) {
  const payload = await getPayloadClient()
  const { status, xml } = await handleOaiRequest(params, oaiRepository(payload, `${env.publicUrl}/oai`), new Date(), env.oaiPageSize)
  return new Response(xml, { status, headers: { 'content-type': OAI_CONTENT_TYPE, 'cache-control': 'no-store' } })
}

/** OAI-PMH 2.0 (oai_dc) for harvesters: GET and POST as the protocol allows. */
export async function GET(request: NextRequest) {
  return respond(request.nextUrl.searchParams)
}

export async function POST(request: NextRequest) {
  return respond(new URLSearchParams(await request.text()))
}
