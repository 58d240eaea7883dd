import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The app's single Payload instance (initialised once per process; runs migrations on first
 * use). `cron: true` starts the jobs queue's schedule with the instance, whichever request
 * comes first (the HTTP front polls the content revision at start), not only with the first
 * REST call: queued e-mails and index work run after a restart without waiting for one.
 */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config, cron: true })
}
