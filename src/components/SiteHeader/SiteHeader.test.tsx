import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fillViewerSlots, hasViewerSlots } from '@/server/account/viewer'
import { SiteHeader } from '.'

describe('SiteHeader', () => {
  it('leaves a slot for the name in a page shared by everyone with the same roles, which the front fills in escaped', () => {
    const shared = renderToStaticMarkup(<SiteHeader locale="ru" path="/ru/news" viewer={{ roles: ['ncp'], slotKey: 'k1' }} menu={[]} />)
    expect(hasViewerSlots(shared, 'k1')).toBe(true)
    const filled = fillViewerSlots(shared, 'k1', { name: 'Анна <Петрова> & "Co"', email: 'a@example.test', preferredLanguage: 'ru' })
    expect(filled).toContain('Анна &lt;Петрова&gt; &amp; &quot;Co&quot;')
    expect(hasViewerSlots(filled, 'k1')).toBe(false)
  })

  it('shows the name itself when the page is the person’s own, and the sign-in link to a visitor', () => {
    const own = renderToStaticMarkup(<SiteHeader locale="en" path="/en/account/profile" viewer={{ roles: ['learner'], own: { name: 'Jan Novák' } }} menu={[]} />)
    expect(own).toContain('Jan Novák')
    expect(own).not.toContain('pp-slot')
    const visitor = renderToStaticMarkup(<SiteHeader locale="en" path="/en" viewer={null} menu={[]} />)
    expect(visitor).toContain('Sign in')
    expect(visitor).not.toContain('pp-slot')
  })
})
