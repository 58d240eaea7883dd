import type { Block } from 'payload'

/**
 * A contact form: messages go to the Secretariat's e-mail address set in the footer, through
 * the outbox; nothing a visitor types is stored beyond the message sent.
 */
export const ContactFormBlock: Block = {
  slug: 'contactForm',
  interfaceName: 'ContactFormBlock',
  labels: { singular: { en: 'Contact form', ru: 'Форма обратной связи' }, plural: { en: 'Contact forms', ru: 'Формы обратной связи' } },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: { en: 'Heading', ru: 'Заголовок' } },
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      label: { en: 'Text above the form', ru: 'Текст над формой' },
    },
  ],
}
