import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The app's single Payload instance (initialised once per process; runs migrations and starts
 * the job runner in onInit). The HTTP front polls the content revision as soon as it listens,
 * so the instance, and with it the job runner, starts with the server, not with a first reader.
 */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}
