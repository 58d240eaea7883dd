import { describe, expect, it } from 'vitest'
import { euColors, euEmblem, euStarsPath, starInnerRatio } from './eu-emblem'

const distance = ([x1, y1]: [number, number], [x2, y2]: [number, number]) => Math.hypot(x2 - x1, y2 - y1)

describe.each([180, 48, 97])('the European emblem, %i units high', (height) => {
  const e = euEmblem(height)
  const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 9)

  it('is a rectangle of 3:2 whose circle has a radius of one third of the height', () => {
    close(e.width / e.height, 1.5)
    close(e.circleRadius / e.height, 1 / 3)
    expect(e.centre).toEqual([e.width / 2, e.height / 2])
  })

  it('has twelve stars standing like the hours of a clock on that circle', () => {
    expect(e.stars).toHaveLength(12)
    e.stars.forEach((star, hour) => {
      close(distance([star.cx, star.cy], e.centre), e.circleRadius)
      // The angle from 12 o'clock, clockwise (SVG's y axis points down).
      const angle = (Math.atan2(star.cx - e.centre[0], e.centre[1] - star.cy) * 180) / Math.PI
      close((angle + 360) % 360, hour * 30)
    })
    // 12, 3, 6 and 9 o'clock exactly.
    close(e.stars[0].cx, e.width / 2)
    close(e.stars[0].cy, e.height / 2 - e.height / 3)
    close(e.stars[3].cx, e.width / 2 + e.height / 3)
    close(e.stars[6].cy, e.height / 2 + e.height / 3)
    close(e.stars[9].cx, e.width / 2 - e.height / 3)
  })

  it('draws each star with five points on a circle of one eighteenth of the height, upright', () => {
    close(e.starRadius / e.height, 1 / 18)
    for (const star of e.stars) {
      expect(star.points).toHaveLength(10)
      const outer = star.points.filter((_, i) => i % 2 === 0)
      const inner = star.points.filter((_, i) => i % 2 === 1)
      for (const p of outer) close(distance(p, [star.cx, star.cy]), e.height / 18)
      for (const p of inner) close(distance(p, [star.cx, star.cy]), (e.height / 18) * starInnerRatio)
      // One point straight up ...
      close(outer[0][0], star.cx)
      close(outer[0][1], star.cy - e.height / 18)
      // ... and two on a line at right angles to the flagpole, symmetric about the star's axis.
      close(outer[1][1], outer[4][1])
      close(outer[1][0] - star.cx, star.cx - outer[4][0])
    }
  })

  it('keeps the stars apart, and the border is 1/25 of the height', () => {
    for (let i = 0; i < 12; i++) {
      const a = e.stars[i]
      const b = e.stars[(i + 1) % 12]
      expect(distance([a.cx, a.cy], [b.cx, b.cy])).toBeGreaterThan(2 * e.starRadius)
    }
    close(e.border, height / 25)
  })
})

describe('the emblem as drawn', () => {
  it('uses reflex blue and yellow, and one closed outline per star', () => {
    expect(euColors).toMatchObject({ reflexBlue: '#003399', yellow: '#FFCC00' })
    const d = euStarsPath(euEmblem())
    expect(d.match(/M/g)).toHaveLength(12)
    expect(d.match(/Z/g)).toHaveLength(12)
  })

  it('has the regular pentagram inner radius', () => {
    // cos 72° / cos 36° = (3 − √5) / 2
    expect(starInnerRatio).toBeCloseTo((3 - Math.sqrt(5)) / 2, 12)
  })
})
