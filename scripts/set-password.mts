/**
 * `npm run account:set-password -- <email> [--generate]`
 * Recovery of a forgotten password from the server: sets a new password for the account,
 * confirms its address and clears any lock and outstanding reset link (see
 * src/server/account/set-account-password.ts). Run it where the platform runs, with the
 * same environment (DATABASE_URL, DATA_DIR); it works while the platform is running.
 *
 * The password is asked twice on the terminal without echo; when stdin is not a terminal
 * its first line is the password (`printf '%s\n' "$NEW_PASSWORD" | npm run …`); with
 * `--generate` a strong one is made and printed (on stdout, alone on its line).
 * Exit codes: 0 set, 1 refused (no such account, password against the rule), 2 usage.
 */
import type { SanitizedConfig } from 'payload'
import { generatePassword, maxPasswordLength, minPasswordLength, passwordProblem } from '../src/server/account/password-rule'
import { accountPolicy, clientPolicy } from '../src/server/account/sign-in-throttle'
import { askHidden, firstLine } from '../src/server/account/terminal-password'

// Node 20 with tsx's loader sometimes stops while loading the platform's modules on a busy
// machine (exit code 13, "unsettled top-level await", before anything is changed): say so.
process.on('exit', (code) => {
  // On that path Node hands the handler 0 and sets the exit code it will use.
  if ((code || process.exitCode) === 13) console.error('Stopped while loading the platform (Node exit code 13, a loader hiccup on a busy machine). Run the same command again; repeating it is safe.')
})

const usage = 'Usage: npm run account:set-password -- <email> [--generate]'
const args = process.argv.slice(2)
const generate = args.includes('--generate')
const unknown = args.filter((a) => a.startsWith('--') && a !== '--generate')
const [email, ...extra] = args.filter((a) => !a.startsWith('--'))
if (!email || extra.length > 0 || unknown.length > 0) {
  console.error(usage)
  process.exit(2)
}

const rule = `at least ${minPasswordLength} and at most ${maxPasswordLength} characters`

async function readStdin(): Promise<string> {
  let text = ''
  process.stdin.setEncoding('utf8')
  for await (const chunk of process.stdin) text += String(chunk)
  return text
}

/** The new password; a prompt cancelled with Ctrl-C ends the run. */
async function newPassword(): Promise<string> {
  if (generate) return generatePassword()
  if (!process.stdin.isTTY) return firstLine(await readStdin())
  for (;;) {
    const first = await askHidden(`New password for ${email} (${rule}): `)
    if (first === null) process.exit(1)
    if (passwordProblem(first)) {
      console.error(`The password must have ${rule}.`)
      continue
    }
    const again = await askHidden('The same password again: ')
    if (again === null) process.exit(1)
    if (again === first) return first
    console.error('The two passwords differ; once more.')
  }
}

const password = await newPassword()
if (passwordProblem(password)) {
  console.error(`Not set: the password must have ${rule}.`)
  process.exit(1)
}

const { default: payload } = await import('payload')
const { default: configPromise } = await import('../src/payload.config')
const { setAccountPassword } = await import('../src/server/account/set-account-password')
const config = await configPromise
// Only the database: not the server's start-up work (onInit: migrations, first admin, demo
// content, job runner). Payload logs warnings only, to stderr: stdout carries the result.
const quietLogger = { options: { level: 'warn' }, destination: process.stderr } as unknown as SanitizedConfig['logger']
await payload.init({ config: { ...config, logger: quietLogger }, disableOnInit: true })
const result = await setAccountPassword(payload, email, password)
if (!result.ok) {
  console.error(result.error === 'no-account' ? `Not set: there is no account with the address ${email}.` : `Not set: the password must have ${rule}.`)
  process.exit(1)
}
if (generate) console.log(password)
const minutes = (ms: number) => Math.round(ms / 60_000)
console.error(
  `Password set for ${result.email}${generate ? ' (the new password is the line above; it is shown only now)' : ''}. ` +
    'Its address is confirmed, the account is unlocked, and sessions signed in with the old password are ended.\n' +
    `A running server may still make a client that typed many wrong passwords wait (at most ${minutes(clientPolicy.maxWaitMs)} minutes; ` +
    `the account itself ${accountPolicy.maxWaitMs / 1000} seconds at most); restarting the server clears that.`,
)
process.exit(0)
