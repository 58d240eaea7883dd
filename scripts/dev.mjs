/** `npm run dev`: the same server in development mode (hot reload, no page cache). */
process.env.NODE_ENV = 'development'
const { createServer } = await import('../server/index.mjs')
const { url } = await createServer({ dev: true })
console.log(`\n  Development server: ${url}/en  ·  admin: ${url}/admin\n`)
