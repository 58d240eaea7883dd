const { getPayload } = await import('payload')
const { default: config } = await import('./src/payload.config')
const payload = await getPayload({ config })
const { searchSite } = await import('./src/server/search-index/search-site')
for (const q of ['беженцев', 'трудовая миграция']) {
  await searchSite(payload, { q, locale: 'ru', audience: 'public', filters: { kinds: ['publication'] } })
  const times: number[] = []
  for (let i = 0; i < 100; i++) { const t = performance.now(); await searchSite(payload, { q, locale: 'ru', audience: 'public', filters: { kinds: ['publication'] } }); times.push(performance.now() - t) }
  times.sort((a, b) => a - b)
  const r = await searchSite(payload, { q, locale: 'ru', audience: 'public', filters: { kinds: ['publication'] } })
  console.log(q, 'total', r.total, 'p50', times[50].toFixed(1), 'p95', times[95].toFixed(1))
}
process.exit(0)
