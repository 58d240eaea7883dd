import { describe, expect, it } from 'vitest'
import { htmlToText } from './html-to-text'

describe('the plain text of an e-mail', () => {
  it('keeps headings and paragraphs as lines, and every link with its address', () => {
    const link = 'https://pp.example/ru/account/verify?token=ab12&amp;x=1'
    const html = `<!doctype html><html lang="ru"><head><style>p{color:red}</style></head><body style="font-family:system-ui">
<h1 style="font-size:20px">Здравствуйте, Анна &amp; Co</h1><p>Подтвердите адрес,
   нажав на ссылку.</p>
<p><a href="${link}">Подтвердить адрес</a></p>
<p style="color:#555">${link}</p>
<p>Prague&nbsp;Process &#8212; &#x2116;1 &lt;team&gt;</p></body></html>`
    expect(htmlToText(html)).toBe(
      [
        'Здравствуйте, Анна & Co',
        'Подтвердите адрес, нажав на ссылку.',
        'Подтвердить адрес: https://pp.example/ru/account/verify?token=ab12&x=1',
        'https://pp.example/ru/account/verify?token=ab12&x=1',
        'Prague Process — №1 <team>',
      ].join('\n\n'),
    )
  })

  it('shows a link whose text is its address once, and decodes entities only once', () => {
    expect(htmlToText(`<a href='https://pp.example/a?b=1&amp;c=2'>https://pp.example/a?b=1&amp;c=2</a>`)).toBe('https://pp.example/a?b=1&c=2')
    expect(htmlToText('<p>&amp;lt;b&amp;gt;</p>')).toBe('&lt;b&gt;')
    expect(htmlToText('<a href="mailto:x@example.org"><img src="x.png"></a>')).toBe('mailto:x@example.org')
  })

  it('drops scripts and comments, and turns line breaks and list items into lines', () => {
    expect(htmlToText('<script>alert(1)</script><!-- note -->one<br>two<ul><li>a</li><li>b</li></ul>')).toBe('one\ntwo\n\n- a\n- b')
  })
})
