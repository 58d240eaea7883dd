import type { Page } from '@/payload-types'
import { RichText } from './RichText'

/** Renders a free page's blocks (text and quote). */
export function PageBlocks({ blocks }: { blocks: Page['layout'] }) {
  if (!blocks?.length) return null
  return (
    <>
      {blocks.map((block) => {
        if (block.blockType === 'content') return <RichText key={block.id} data={block.body} />
        return (
          <figure key={block.id} className="quote">
            <blockquote><p>{block.text}</p></blockquote>
            <figcaption>
              {block.author}
              {block.attribution ? <>, <span>{block.attribution}</span></> : null}
            </figcaption>
          </figure>
        )
      })}
    </>
  )
}
