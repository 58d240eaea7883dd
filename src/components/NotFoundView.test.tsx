import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { notFoundMarker as serverMarker } from '@/http/page-cache'
import { NotFoundView } from './NotFoundView'

describe('NotFoundView', () => {
  it('carries the exact marker the server turns into status 404', () => {
    const html = renderToStaticMarkup(<NotFoundView locale="ru" />)
    expect(html).toContain(serverMarker)
    expect(html).toContain('Страница не найдена')
  })
})
