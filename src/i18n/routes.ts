import type { Locale } from './locales'

/** Every public path in one place, so links and the sitemap cannot drift apart. */
export const routes = {
  home: () => '',
  about: () => '/about',
  thematicAreas: () => '/thematic-areas',
  thematicArea: (slug: string) => `/thematic-areas/${slug}`,
  governance: () => '/governance',
  projects: () => '/projects',
  project: (slug: string) => `/projects/${slug}`,
  participants: () => '/participants',
  participant: (slug: string) => `/participants/${slug}`,
  news: (page?: number) => (page && page > 1 ? `/news?page=${page}` : '/news'),
  article: (slug: string) => `/news/${slug}`,
  accessibility: () => '/accessibility',
  privacy: () => '/privacy',
  signIn: () => '/account/sign-in',
  signUp: () => '/account/sign-up',
  forgotPassword: () => '/account/forgot-password',
  profile: () => '/account/profile',
  /** Where a learner or trainer deletes their own account. */
  deleteAccount: () => '/account/delete',
  /** The member area's first page: one's meetings, papers and (for an NCP) the state's delegates. */
  dashboard: () => '/account',
  /** Expert-meeting proposals of the National Contact Points, and one of them. */
  proposals: () => '/account/proposals',
  proposal: (id: number) => `/account/proposals/${id}`,
  contactPoints: () => '/account/contact-points',
  /** Action-Plan monitoring: progress for the members; a state's reports for a period; one report; the exports. */
  actionPlan: (period?: number) => (period ? `/account/action-plan?period=${period}` : '/account/action-plan'),
  actionReports: (period: number, state?: number) => `/account/action-plan/reports/${period}${state ? `?state=${state}` : ''}`,
  actionReport: (period: number, action: number, state?: number) => `/account/action-plan/reports/${period}/${action}${state ? `?state=${state}` : ''}`,
  actionPlanExport: (period: number, format: 'csv' | 'pdf') => `/account/action-plan/progress.${format}?period=${period}`,
  /** One's personal calendar: its secret address, and the feed at that address. */
  personalCalendar: () => '/account/calendar',
  personalCalendarFeed: (name: string) => `/account/calendar/${name}`,
  /** Where a consulate checks a visa invitation letter's reference number. */
  letterVerification: (reference?: string) => (reference ? `/letters/verify?reference=${encodeURIComponent(reference)}` : '/letters/verify'),
  repository: () => '/repository',
  /** The Training Academy: its front page, training library, trainers' directory and one trainer. */
  academy: () => '/academy',
  academyLibrary: () => '/academy/library',
  academyTrainers: () => '/academy/trainers',
  academyTrainer: (slug: string) => `/academy/trainers/${slug}`,
  /** The E-learning Platform's public catalogue and a course's public page. */
  academyCourses: () => '/academy/courses',
  academyCourse: (slug: string) => `/academy/courses/${slug}`,
  /** One's learning (never cached): the dashboard, a course as its learner follows it, and a lesson. */
  learning: () => '/account/learning',
  learningCourse: (course: string) => `/account/learning/${course}`,
  learningLesson: (course: string, lesson: string) => `/account/learning/${course}/${lesson}`,
  /** A course certificate: its public verification page (the QR code's address), the page to type a code, and its PDF for its learner. */
  certificate: (code: string) => `/verify/${code}`,
  certificateLookup: () => '/verify',
  certificatePdf: (code: string) => `/account/certificates/${code}`,
  /** The learners' progress, for the Secretariat and the courses' trainers, and its CSV. */
  teaching: () => '/account/teaching',
  teachingCourse: (course: string) => `/account/teaching/${course}`,
  teachingCourseCsv: (course: string) => `/account/teaching/${course}/report.csv`,
  /** One's place in the trainers' network: the application to join it, then one's own profile. */
  trainerAccount: () => '/account/trainer',
  events: () => '/events',
  event: (slug: string) => `/events/${slug}`,
  /** Registering for an event, one's registration and, for an NCP, the state's delegation. */
  eventRegistration: (slug: string) => `/events/${slug}/register`,
  /** iCalendar: all public events (or of one type), and one event. */
  eventsCalendar: (type?: string) => (type ? `/events/calendar.ics?type=${encodeURIComponent(type)}` : '/events/calendar.ics'),
  eventCalendar: (slug: string) => `/events/${slug}/calendar.ics`,
}

export function href(locale: Locale, path: string): string {
  return `/${locale}${path}`
}

/** The same page in another language: swaps the leading locale segment. */
export function switchLocalePath(pathWithQuery: string, to: Locale): string {
  const match = pathWithQuery.match(/^\/(en|ru)(?=\/|\?|$)(.*)$/)
  return match ? `/${to}${match[2]}` : `/${to}`
}
