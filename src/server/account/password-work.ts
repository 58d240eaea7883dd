import crypto from 'node:crypto'

/**
 * The work of checking one password the way Payload does (PBKDF2-SHA256, 600,000 rounds,
 * 32 bytes), on a password nobody has: spent wherever an unknown or registered address must
 * cost the same time as the other case, so timing reveals no account.
 */
export function spendPasswordWork(password: string): Promise<void> {
  return new Promise((resolve) => crypto.pbkdf2(password, crypto.randomBytes(16).toString('hex'), 600_000, 32, 'sha256', () => resolve()))
}

const noteIntervalMs = 60 * 60 * 1000
const lastNote = new Map<string, number>()

/**
 * True when the owner of a registered address may be told (again) that someone tried to
 * sign up with it: once an hour at most, so the form cannot be used to flood a mailbox.
 */
export function mayTellOwner(email: string, now = Date.now()): boolean {
  const last = lastNote.get(email)
  if (last !== undefined && now - last < noteIntervalMs) return false
  lastNote.delete(email)
  lastNote.set(email, now)
  // Oldest first (insertion order): drop those whose hour is over, and never keep too many.
  for (const [address, at] of lastNote) {
    if (now - at < noteIntervalMs && lastNote.size <= 10_000) break
    lastNote.delete(address)
  }
  return true
}
