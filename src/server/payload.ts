import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The app's single Payload instance (initialised once per process; runs migrations on first use). */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}
