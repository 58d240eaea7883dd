/* Payload REST API (the shape create-payload-app writes; kept by hand here). */
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { refuseMalformedMultipart } from '@/server/api-input'
import { refuseUploadWithoutAccess } from '@/server/files/upload-access'

type TRestHandler = ReturnType<typeof REST_POST>

/**
 * Uploads are checked against the collection's access before Payload reads the body, and a
 * malformed multipart body is refused as such (400).
 */
const accessFirst =
  (operation: 'create' | 'update', handler: TRestHandler): TRestHandler =>
  async (request, context) =>
    (await refuseUploadWithoutAccess(request, operation)) ?? (await refuseMalformedMultipart(request)) ?? handler(request, context)

export const GET = REST_GET(config)
export const POST = accessFirst('create', REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = accessFirst('update', REST_PATCH(config))
export const PUT = accessFirst('update', REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
