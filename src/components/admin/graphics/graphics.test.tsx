import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Icon } from './Icon'
import { Logo } from './Logo'

describe('admin graphics', () => {
  it('shows the wordmark on the login page in the admin language', () => {
    const ru = renderToStaticMarkup(<Logo i18n={{ language: 'ru' } as never} />)
    expect(ru).toContain('Пражский процесс</title>')
    expect(ru).toContain('fill="currentColor"')
    expect(renderToStaticMarkup(<Logo i18n={{ language: 'de' } as never} />)).toContain('Prague Process</title>')
  })

  it('uses the mark, decorative, as the nav icon (the link is named by Payload)', () => {
    const html = renderToStaticMarkup(<Icon />)
    expect(html).toContain('aria-hidden="true"')
    expect(html).toContain('height="100%"')
    expect(html).not.toContain('payload')
  })
})
