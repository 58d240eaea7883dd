import type { Access } from 'payload'

/** Only server code (overrideAccess: true) may write here. */
export const nobody: Access = () => false
