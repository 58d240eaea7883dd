import type { SanitizedConfig } from 'payload'
import { isStaff } from './is-staff'

/**
 * Payload adds collections of its own after our config is read. Its document locks
 * (`payload-locked-documents`) let any signed-in person read, create and delete locks of
 * any document; only staff edit in the admin, so only staff may touch locks.
 */
export function restrictInternalCollections(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks) locks.access = { ...locks.access, read: isStaff, create: isStaff, update: isStaff, delete: isStaff }
  return config
}
