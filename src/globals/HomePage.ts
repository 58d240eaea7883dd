import type { GlobalConfig } from 'payload'
import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/is-staff'
import { CardsBlock } from '@/blocks/Cards/config'
import { ContentBlock } from '@/blocks/Content/config'
import { HeroBlock } from '@/blocks/Hero/config'
import { LatestNewsBlock, LatestPublicationsBlock, ThematicAreasBlock, UpcomingEventsBlock } from '@/blocks/Listing/config'
import { bumpRevisionAfterGlobalChange } from '@/hooks/bump-content-revision'

/** The home page, made of blocks the Secretariat arranges. */
export const HomePage: GlobalConfig = {
  slug: 'home-page',
  label: { en: 'Home page', ru: 'Главная страница' },
  admin: {
    group: { en: 'Site', ru: 'Сайт' },
    description: {
      en: 'The blocks of the home page, top to bottom. Lists (news, publications, events) fill themselves from the site.',
      ru: 'Блоки главной страницы сверху вниз. Списки (новости, публикации, мероприятия) заполняются автоматически.',
    },
  },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [bumpRevisionAfterGlobalChange] },
  fields: [
    {
      name: 'layout',
      type: 'blocks',
      label: { en: 'Blocks', ru: 'Блоки' },
      labels: { singular: { en: 'Block', ru: 'блок' }, plural: { en: 'Blocks', ru: 'Блоки' } },
      blocks: [HeroBlock, CardsBlock, ThematicAreasBlock, LatestNewsBlock, LatestPublicationsBlock, UpcomingEventsBlock, ContentBlock],
    },
  ],
}
