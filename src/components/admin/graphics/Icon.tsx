import { Mark } from '@/components/brand/Mark'

/**
 * The admin nav's icon (admin.components.graphics.Icon): the mark alone. Decorative: the
 * link around it is named by Payload ("Dashboard").
 */
export function Icon() {
  return <Mark size="100%" />
}
