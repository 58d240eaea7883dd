/** The demo header menu and footer (editable globals site-header and site-footer). */
type L = { en: string; ru: string }
export type SeedMenuLink = { label: L } & ({ kind: 'page'; page: string } | { kind: 'section'; section: string } | { kind: 'url'; url: string })

export const headerMenu: SeedMenuLink[] = [
  { label: { en: 'About', ru: 'О процессе' }, kind: 'page', page: 'about' },
  { label: { en: 'Thematic areas', ru: 'Тематические направления' }, kind: 'section', section: 'thematic-areas' },
  { label: { en: 'Governance', ru: 'Управление' }, kind: 'section', section: 'governance' },
  { label: { en: 'Projects', ru: 'Проекты' }, kind: 'section', section: 'projects' },
  { label: { en: 'Participants', ru: 'Участники' }, kind: 'section', section: 'participants' },
  { label: { en: 'News', ru: 'Новости' }, kind: 'section', section: 'news' },
  { label: { en: 'Events', ru: 'Мероприятия' }, kind: 'section', section: 'events' },
  { label: { en: 'Online Repository', ru: 'Онлайн-репозиторий' }, kind: 'section', section: 'repository' },
  { label: { en: 'Training Academy', ru: 'Учебная академия' }, kind: 'section', section: 'academy' },
]

export const footer = {
  about: {
    en: 'The Prague Process is a migration dialogue of the states of the European Union, the Schengen Area, the Eastern Partnership, the Western Balkans, Central Asia, Russia and Turkey.',
    ru: 'Пражский процесс — миграционный диалог государств Европейского союза, Шенгенской зоны, Восточного партнёрства, Западных Балкан, Центральной Азии, России и Турции.',
  },
  organisation: {
    en: 'Prague Process Secretariat, International Centre for Migration Policy Development (ICMPD)',
    ru: 'Секретариат Пражского процесса, Международный центр по развитию миграционной политики (МЦРМП)',
  },
  address: { en: 'Gonzagagasse 1\n1010 Vienna, Austria', ru: 'Гонзагагассе, 1\n1010 Вена, Австрия' },
  email: 'pragueprocess@icmpd.org',
  links: [
    { label: { en: 'Contact', ru: 'Контакты' }, kind: 'page', page: 'contact' },
    { label: { en: 'ICMPD', ru: 'МЦРМП' }, kind: 'url', url: 'https://www.icmpd.org' },
  ] satisfies SeedMenuLink[],
}
