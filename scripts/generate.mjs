/** `npm run generate`: regenerates payload-types.ts and the admin import map. */
import { run } from './lib.mjs'

for (const command of ['generate:types', 'generate:importmap']) {
  const code = await run('npx', ['payload', command], { env: { DATABASE_URL: 'file:./data/generate.db', SEED_DEMO: 'false' } })
  if (code !== 0) process.exit(code)
}
