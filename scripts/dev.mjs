/** `npm run dev`: the same server in development mode (hot reload, no page cache). */
Object.assign(process.env, { NODE_ENV: 'development' })
// The front is TypeScript (src/http); tsx loads it directly in development.
const { tsImport } = await import('tsx/esm/api')
const { createServer } = await tsImport('../src/http/index.ts', import.meta.url)
const { url } = await createServer({ dev: true })
console.log(`\n  Development server: ${url}/en  ·  admin: ${url}/admin\n`)
