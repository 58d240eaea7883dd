import type { SanitizedConfig } from 'payload'
import { limitWhere } from '@/server/api-input'
import { isStaff } from './is-staff'

/**
 * Applied to the final config, after Payload added collections of its own:
 * - its document locks (`payload-locked-documents`) let any signed-in person read, create
 *   and delete locks of any document; only staff edit in the admin, so only staff may;
 * - every collection refuses filters beyond what a page could need (limitWhere).
 */
export function hardenCollections(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks) locks.access = { ...locks.access, read: isStaff, create: isStaff, update: isStaff, delete: isStaff }
  // Every collection, Payload's own included: no filter beyond what a page could need.
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [limitWhere, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
