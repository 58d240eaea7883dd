import { createHash } from 'node:crypto'
import { roles, type Role } from '@/access/roles'
import { isLocale, type Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { internalHeaders } from '@/server/internal-headers'

/**
 * Who a page is rendered for. The HTTP front resolves the session once per request
 * (session-bridge.ts), renders a page once per set of roles, keeps it in its page cache, and
 * fills each person's own details into the copy it sends them. So pages read the viewer
 * (currentViewer) and write the person's details through viewerText / viewerFlag, which in a
 * shared render leave a slot instead of the value; only pages the front never shares may read
 * the person (currentUser).
 */
export type TViewerField = 'name' | 'email' | 'participantName'
export type TViewer = {
  roles: Role[]
  /** The person's details when this render is theirs alone; absent in a shared render. */
  own?: Partial<Record<TViewerField, string>> & { preferredLanguage?: Locale }
  /** In a shared render: the key of this process's slots (see slotMark). */
  slotKey?: string
}

/** The person a session belongs to, as the front fills them in. */
export type TSessionViewer = {
  id: number
  roles: Role[]
  name: string
  email: string
  preferredLanguage: Locale | null
  participant: number | null
}

const anonymous = 'anonymous'

/** The roles in a fixed order, so that one set of roles is one cache partition. */
export function normalRoles(given: readonly unknown[] | null | undefined): Role[] {
  const wanted = new Set(given ?? [])
  return roles.filter((role) => wanted.has(role))
}

/** The cache partition of a viewer: `anonymous`, or the roles (`roles:ncp,strategic-group`). */
export function audienceOf(viewer: Pick<TViewer, 'roles'> | null): string {
  return viewer ? `roles:${normalRoles(viewer.roles).join(',')}` : anonymous
}

/**
 * The cache partition of one person's own pages (the member dashboard, the Action-Plan
 * monitoring): their account as the session names it, with everything of theirs those pages
 * show or depend on (roles, state, name, language), hashed. A change of any is a new
 * partition; a sign-out has none (the front keeps no anonymous copy of these pages).
 */
export function personAudience(viewer: Omit<TSessionViewer, 'id'>): string {
  const identity = JSON.stringify([viewer.email.toLowerCase(), normalRoles(viewer.roles), viewer.participant, viewer.name, viewer.preferredLanguage])
  return `person:${createHash('sha256').update(identity).digest('base64url').slice(0, 32)}`
}

/**
 * The viewer as Payload's access rules see a user when a page reads content on their behalf:
 * the roles only (the rules decide by role; anything about the person fails closed).
 */
export function accessSubject(viewer: Pick<TViewer, 'roles'> | null): { collection: 'users'; roles: Role[] } | null {
  return viewer ? { collection: 'users', roles: normalRoles(viewer.roles) } : null
}

/** Request header by which the front tells the app that a render is shared, for whom, and with which slot key. */
export const viewerHeader = internalHeaders.viewer

export function viewerHeaderValue(viewer: Pick<TViewer, 'roles'> | null, slotKey: string): string {
  return `${audienceOf(viewer)};${slotKey}`
}

/**
 * Reads the viewer header: undefined when absent (the app resolves the session itself), null
 * for an anonymous render, else the viewer without anything personal.
 */
export function parseViewerHeader(value: string | null | undefined): TViewer | null | undefined {
  if (!value) return undefined
  const [audience, slotKey] = value.split(';')
  if (audience === anonymous) return null
  if (!audience.startsWith('roles:') || !slotKey) return undefined
  return { roles: normalRoles(audience.slice('roles:'.length).split(',')), slotKey }
}

/**
 * A slot is `pp-slot-<key>-<what>`: letters, digits and dashes, which React writes unchanged in
 * text and in attribute values. The key is random per process and reaches only the app, so no
 * content can contain a slot.
 */
const slotMark = (slotKey: string, what: string) => `pp-slot-${slotKey}-${what}`

/** The person's detail in the page: the value, or in a shared render its slot. */
export function viewerText(viewer: TViewer, field: TViewerField): string {
  return viewer.slotKey ? slotMark(viewer.slotKey, field) : (viewer.own?.[field] ?? '')
}

/**
 * Attributes for a radio button that is checked when it is the person's preferred language: in
 * a shared render, a slot attribute the front turns into `checked` or removes.
 */
export function viewerLanguageChecked(viewer: TViewer, locale: Locale): { defaultChecked: boolean } | { 'data-pp-flag': string } {
  return viewer.slotKey ? { 'data-pp-flag': slotMark(viewer.slotKey, `language-${locale}`) } : { defaultChecked: viewer.own?.preferredLanguage === locale }
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c])

/** Whether a render holds slots of this key (it is then filled in per response). */
export function hasViewerSlots(html: string, slotKey: string): boolean {
  return html.includes(`pp-slot-${slotKey}-`)
}

/** Whether a render asks for the person's participant (looked up only then). */
export function needsParticipantName(html: string, slotKey: string): boolean {
  return html.includes(slotMark(slotKey, 'participantName'))
}

/**
 * Puts the person's details into a shared render (every slot goes, known or not; a missing
 * detail shows as a dash).
 */
export function fillViewerSlots(html: string, slotKey: string, viewer: Pick<TSessionViewer, 'name' | 'email' | 'preferredLanguage'> | undefined, participantName = ''): string {
  const values: Record<string, string> = { name: viewer?.name ?? '', email: viewer?.email ?? '', participantName }
  const pattern = new RegExp(` data-pp-flag="pp-slot-${slotKey}-language-([a-z]+)"|pp-slot-${slotKey}-([A-Za-z]+)`, 'g')
  return html.replace(pattern, (_, language: string | undefined, field: string | undefined) => {
    if (language !== undefined) return isLocale(language) && viewer?.preferredLanguage === language ? ' checked=""' : ''
    return escapeHtml(values[field!] || '—')
  })
}

/**
 * The HTTP front and the app run in one process but are bundled apart, so the front reaches
 * the app's session check and content revision (registered by session-bridge.ts) through a
 * process-wide symbol.
 */
export type TSessionBridge = {
  /**
   * The session's person. With `handOver`, the account read is also kept under a one-time
   * token (`handoff`) for the render of this request (handedOver), so the page does not read
   * it again; the front releases it when the response closes.
   */
  resolve: (headers: Headers, handOver?: boolean) => Promise<(TSessionViewer & { handoff?: string }) | null>
  handedOver: (token: string) => User | undefined
  release: (token: string) => void
  participantName: (id: number, locale: Locale) => Promise<string>
  /** The page cache's revision (content-revision.ts), read directly rather than through an HTTP round trip. */
  revision: () => Promise<string>
}
const bridgeKey = Symbol.for('prague-process.session-bridge')
type TGlobalWithBridge = typeof globalThis & { [bridgeKey]?: TSessionBridge }

export function setSessionBridge(bridge: TSessionBridge): void {
  ;(globalThis as TGlobalWithBridge)[bridgeKey] = bridge
}

/** For the front: the session check, or undefined until the app has started (pages then render as before). */
export function sessionBridge(): TSessionBridge | undefined {
  return (globalThis as TGlobalWithBridge)[bridgeKey]
}
