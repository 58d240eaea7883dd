import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'
import { uploadEndpoint } from './files/upload-endpoint'

/**
 * Limits on what a filter (`where`, from REST query strings, GraphQL or the method-override
 * body) may ask of the database: SQLite refuses expressions deeper than 1,000 terms with an
 * error, and any database spends time on them. No page of the platform needs more than a
 * few dozen conditions.
 */
export const whereLimits = { conditions: 100, depth: 8 }

/** Counts the leaf conditions and the nesting depth of a `where`. */
export function measureWhere(where: unknown, depth = 1): { conditions: number; depth: number } {
  if (!where || typeof where !== 'object') return { conditions: 0, depth: 0 }
  let conditions = 0
  let deepest = depth
  for (const [key, value] of Object.entries(where)) {
    // Payload reads `AND`/`Or` as `and`/`or`: so must the count.
    const operator = key.toLowerCase()
    if ((operator === 'and' || operator === 'or') && Array.isArray(value)) {
      for (const part of value) {
        const inner = measureWhere(part, depth + 1)
        conditions += inner.conditions
        deepest = Math.max(deepest, inner.depth)
      }
    } else {
      conditions += 1
    }
  }
  return { conditions, depth: deepest }
}

/** Refuses (400) a filter beyond the limits, for every collection and every door. */
export const limitWhere: CollectionBeforeOperationHook = ({ args }) => {
  const where = (args as { where?: Where }).where
  if (!where) return args
  const { conditions, depth } = measureWhere(where)
  if (conditions > whereLimits.conditions || depth > whereLimits.depth) {
    throw new APIError(`The filter is too complex (${conditions} conditions, depth ${depth}; at most ${whereLimits.conditions} and ${whereLimits.depth}).`, 400, undefined, true)
  }
  return args
}

/**
 * A multipart body that is not well-formed is the client's error (400), not the server's:
 * it is parsed once, from a copy, before Payload reads it (Payload answers 500). Not for
 * upload endpoints: their bodies (up to 51 MB) are only sent by staff, after the access
 * check, and are not worth holding twice.
 */
export async function refuseMalformedMultipart(request: Request): Promise<Response | null> {
  if (uploadEndpoint.test(new URL(request.url).pathname)) return null
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) return null
  try {
    await request.clone().formData()
    return null
  } catch {
    return Response.json({ errors: [{ message: 'The form data is malformed.' }] }, { status: 400 })
  }
}
