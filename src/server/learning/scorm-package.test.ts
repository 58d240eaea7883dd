import { renamedEntry, zipOf } from '../../../tests/fixtures/scorm-packages'
import { describe, expect, it } from 'vitest'
import { inspectScormPackage, safePackagePath, scormLimits } from './scorm-package'

const manifest12 = `<?xml version="1.0"?>
<manifest identifier="pp" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Миграционный словарь</title>
    <item identifier="i1" identifierref="r1"><title>Урок</title></item></organization></organizations>
  <resources><resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="index.html"><file href="index.html"/></resource></resources>
</manifest>`

const manifest2004 = `<?xml version="1.0"?>
<manifest identifier="pp" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="b"><organization identifier="a"><item identifier="x" identifierref="wrong"/></organization>
    <organization identifier="b"><title>Course</title><item identifier="m"><title>Module</title><item identifier="s" identifierref="sco" parameters="?lang=ru"/></item></organization></organizations>
  <resources xml:base="content/"><resource identifier="wrong" href="wrong.html"/><resource identifier="sco" adlcp:scormType="sco" href="start.html"/></resources>
</manifest>`


describe('SCORM packages', () => {
  it('reads a SCORM 1.2 package: version, launch file, files', async () => {
    const result = await inspectScormPackage(await zipOf({ 'imsmanifest.xml': manifest12, 'index.html': '<p>Hi</p>', 'js/app.js': 'void 0' }))
    expect(result).toEqual({ ok: true, value: { version: '1.2', title: 'Миграционный словарь', launch: 'index.html', files: [{ path: 'imsmanifest.xml', size: Buffer.byteLength(manifest12) }, { path: 'index.html', size: 9 }, { path: 'js/app.js', size: 6 }] } })
  })

  it('reads a SCORM 2004 package: the default organisation, a nested item, the resources’ base and the item’s parameters', async () => {
    const result = await inspectScormPackage(await zipOf({ 'imsmanifest.xml': manifest2004, 'content/start.html': 'x' }))
    expect(result.ok && [result.value.version, result.value.launch]).toEqual(['2004', 'content/start.html?lang=ru'])
  })

  it('refuses what is not a package, and says why', async () => {
    expect(await inspectScormPackage(Buffer.from('%PDF-1.4 not a zip at all'))).toEqual({ ok: false, problem: 'not-zip' })
    expect(await inspectScormPackage(await zipOf({ 'index.html': 'x' }))).toEqual({ ok: false, problem: 'no-manifest' })
    expect(await inspectScormPackage(await zipOf({ 'imsmanifest.xml': manifest12 }))).toEqual({ ok: false, problem: 'no-launch' })
    expect(await inspectScormPackage(await zipOf({ 'imsmanifest.xml': '<html><body>not a manifest</body></html>', 'index.html': 'x' }))).toEqual({ ok: false, problem: 'invalid-manifest' })
    expect(await inspectScormPackage(await zipOf({ 'imsmanifest.xml': manifest12.replace('<schemaversion>1.2</schemaversion>', '').replace(/adlcp_rootv1p2/g, 'other'), 'index.html': 'x' }))).toEqual({ ok: false, problem: 'invalid-manifest' })
  })

  it('refuses a corrupt or truncated zip', async () => {
    const good = await zipOf({ 'imsmanifest.xml': manifest12, 'index.html': '<p>'.repeat(2000) })
    expect(await inspectScormPackage(good.subarray(0, good.length - 30))).toEqual({ ok: false, problem: 'corrupt' })
    const damaged = Buffer.from(good)
    // Bytes inside the first entry's compressed data: inflating it fails its CRC or its length.
    for (let i = 60; i < 90; i++) damaged[i] ^= 0xff
    expect((await inspectScormPackage(damaged)).ok).toBe(false)
  })

  it('refuses paths that leave the package, absolute paths, and symbolic links', async () => {
    const base = { 'imsmanifest.xml': manifest12, 'index.html': 'x' }
    expect(await inspectScormPackage(renamedEntry(await zipOf({ ...base, 'aa/evil.html': 'x' }), 'aa/evil.html', '../evil.html'))).toEqual({ ok: false, problem: 'unsafe-path' })
    expect(await inspectScormPackage(renamedEntry(await zipOf({ ...base, 'xetc/passwd': 'x' }), 'xetc/passwd', '/etc/passwd'))).toEqual({ ok: false, problem: 'unsafe-path' })
    expect(await inspectScormPackage(renamedEntry(await zipOf({ ...base, 'a/b/cc.js': 'x' }), 'a/b/cc.js', 'a\\..\\c.js'))).toEqual({ ok: false, problem: 'unsafe-path' })
    expect(await inspectScormPackage(await zipOf({ ...base, 'link.html': { text: '/etc/passwd', mode: 0o120777 } }))).toEqual({ ok: false, problem: 'symlink' })
  })

  it('refuses a package over the limits of count and size', async () => {
    const files = { 'imsmanifest.xml': manifest12, 'index.html': 'x'.repeat(5000), 'a.js': 'y' }
    expect(await inspectScormPackage(await zipOf(files), { ...scormLimits, files: 2 })).toEqual({ ok: false, problem: 'too-many-files' })
    expect(await inspectScormPackage(await zipOf(files), { ...scormLimits, fileBytes: 4000 })).toEqual({ ok: false, problem: 'too-large' })
    expect(await inspectScormPackage(await zipOf(files), { ...scormLimits, bytes: 5500 })).toEqual({ ok: false, problem: 'too-large' })
  })

  it('keeps paths relative and inside', () => {
    expect(['index.html', 'a/b.js', 'dir/'].map(safePackagePath)).toEqual(['index.html', 'a/b.js', 'dir/'])
    for (const bad of ['', '../x', 'a/../../x', '/abs', 'C:/x', 'a\\b', './x', 'a/./b', 'x\0y']) expect(safePackagePath(bad), bad).toBeUndefined()
  })
})
