import type { SeedPage } from '../types'

/** Pages edited in the admin: about the Process, contact, accessibility statement and privacy notice. */
export const pages: SeedPage[] = [
  {
    slug: 'about',
    title: {
      en: 'About the Prague Process',
      ru: 'О Пражском процессе',
    },
    intro: {
      en: 'The Prague Process is a targeted migration dialogue promoting migration partnerships among the countries of the European Union, the Schengen Area, the Eastern Partnership, the Western Balkans, Central Asia, Russia and Turkey.',
      ru: 'Пражский процесс — это целевой миграционный диалог, содействующий развитию миграционных партнёрств между странами Европейского союза, Шенгенской зоны, Восточного партнёрства, Западных Балкан, Центральной Азии, Россией и Турцией.',
    },
    body: {
      en: [
        'The Process originated from the EU-financed project “Building Migration Partnerships” and was launched at the 1st Prague Process Ministerial Conference, culminating in the signature of the Prague Process Joint Declaration in April 2009.',
        'In the Joint Declaration, the participating states agreed to strengthen co-operation in migration management, following a comprehensive, balanced, pragmatic and operational approach, and respecting the rights and human dignity of migrants and their family members, as well as of refugees.',
        'Over recent years, most participating states have introduced dynamic changes to their migration legislation, and non-EU states have largely adapted their policies to the EU acquis. This approximation of legal systems and national practices, together with the continued exchange of knowledge and experience, represents the key achievement of the Prague Process to date.',
        'The work of the Process is organised along the six thematic areas of the Prague Process Action Plan. Alongside the dialogue at senior and expert level, the Migration Observatory provides impartial, evidence-based analysis, and the Training Academy offers tailor-made, targeted trainings to state representatives working in the areas of migration and asylum.',
      ],
      ru: [
        'Процесс вырос из финансируемого Европейским союзом проекта «Построение миграционных партнёрств» и был запущен на 1-й министерской конференции Пражского процесса, завершившейся подписанием Совместной декларации Пражского процесса в апреле 2009 года.',
        'В Совместной декларации государства-участники договорились укреплять сотрудничество в сфере управления миграцией на основе всеобъемлющего, сбалансированного, прагматичного и практико-ориентированного подхода, с уважением прав и человеческого достоинства мигрантов и членов их семей, а также беженцев.',
        'За последние годы большинство государств-участников существенно обновили своё миграционное законодательство, а государства, не входящие в ЕС, в значительной мере привели свою политику в соответствие с правом ЕС (acquis). Такое сближение правовых систем и национальной практики, наряду с непрерывным обменом знаниями и опытом, является главным достижением Пражского процесса на сегодняшний день.',
        'Работа Процесса строится по шести тематическим направлениям Плана действий Пражского процесса. Наряду с диалогом на уровне старших должностных лиц и экспертов Миграционная обсерватория готовит беспристрастную аналитику, основанную на фактических данных, а Учебная академия проводит целевые тренинги с учётом потребностей представителей государственных органов, работающих в сфере миграции и убежища.',
      ],
    },
    quote: {
      text: {
        en: 'The idea that you can solve all migration challenges just in the framework of your national administration is false. If you want to be successful in migration management, you have to cooperate with your neighbours.',
        ru: 'Представление о том, что все миграционные проблемы можно решить силами одной лишь национальной администрации, ошибочно. Если вы хотите добиться успеха в управлении миграцией, вам необходимо сотрудничать с соседями.',
      },
      author: {
        en: 'Tomas Urubek',
        ru: 'Томаш Урубек',
      },
      attribution: {
        en: 'Czech Republic',
        ru: 'Чехия',
      },
    },
  },
  {
    slug: 'accessibility',
    title: {
      en: 'Accessibility statement',
      ru: 'Заявление о доступности',
    },
    intro: {
      en: 'The Prague Process Platform is intended to be usable by everyone, including people who rely on assistive technologies.',
      ru: 'Платформа Пражского процесса задумана так, чтобы ею могли пользоваться все, в том числе люди, использующие вспомогательные технологии.',
    },
    body: {
      en: [
        'This website aims to conform to the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. Accessibility is taken into account in the design, content and development of the site.',
        'All functions of the website can be used with a keyboard alone. Pages can be read without JavaScript: content and navigation remain available when scripts are disabled.',
        'The website and its content are available in English and Russian.',
        'Despite our efforts, some content may not yet be fully accessible. If you encounter a problem or cannot access information, please let us know through the contact details of the Prague Process Secretariat (ICMPD), describing the page concerned and the difficulty you experienced. We will do our best to resolve the issue or provide the information in another way.',
      ],
      ru: [
        'Мы стремимся к тому, чтобы сайт соответствовал Руководству по обеспечению доступности веб-контента (WCAG) 2.1 на уровне AA. Требования доступности учитываются при разработке дизайна, содержания и программной части сайта.',
        'Всеми функциями сайта можно пользоваться только с помощью клавиатуры. Страницы можно читать без JavaScript: содержание и навигация остаются доступными при отключённых скриптах.',
        'Сайт и его материалы доступны на английском и русском языках.',
        'Несмотря на наши усилия, часть материалов пока может быть доступна не в полной мере. Если вы столкнулись с трудностями или не можете получить доступ к информации, сообщите нам об этом, воспользовавшись контактными данными Секретариата Пражского процесса (МЦРМП), и укажите страницу и характер проблемы. Мы постараемся устранить её или предоставить информацию в ином виде.',
      ],
    },
  },
  {
    slug: 'privacy',
    title: {
      en: 'Privacy notice',
      ru: 'Уведомление о конфиденциальности',
    },
    intro: {
      en: 'This notice explains what personal data the Prague Process Platform processes, why, and what rights you have.',
      ru: 'В настоящем уведомлении разъясняется, какие персональные данные обрабатывает платформа Пражского процесса, с какой целью и какими правами вы обладаете.',
    },
    body: {
      en: [
        'The controller of personal data processed through this website is the Prague Process Secretariat, the International Centre for Migration Policy Development (ICMPD).',
        'Visitors can read the public pages of the website without creating an account. The website remembers your language preference. When you sign in, two cookies are set: a session cookie, so that you remain signed in, which is removed when you sign out; and the payload-lng cookie, which holds the language of your account so that the administration interface, if your account may use it, appears in that language, and which is kept for a year, also after you sign out. Neither is used for any other purpose. Secretariat staff who preview drafts or work in the administration interface receive further cookies needed for that work only. The website sets no other cookies.',
        'The website uses no analytics or third-party tracking tools and does not load content from third-party hosts, so your visit is not disclosed to any other service.',
        'The contact form sends your name, e-mail address, subject and message, together with the address and language of the page you wrote from, to the Secretariat by e-mail, with your address as the one to reply to. The website stores nothing of it but that e-mail, which stays in the website’s outbox, readable only by its administrators. To prevent abuse, the messages sent from your network address and your e-mail address are counted for one hour in the server’s memory; the count is not written anywhere.',
        'If you have an account, we process your name, e-mail address, preferred language and affiliation. These data are used only to operate your account, to give you access to the member area and to send you messages related to your account.',
        'The Training Academy keeps, with your account, the courses you enrol in, the lessons you complete and when, your quiz attempts with their answers and scores, what interactive learning modules (SCORM packages) save about your work in them (status, score, time spent and where you left off), and, if you apply to join the trainers’ network, your application and the Secretariat’s decision. A trainer’s profile is shown in the public directory only with the trainer’s consent, which the trainer can withdraw at any time on the website; the directory never shows the trainer’s e-mail address, and messages sent through its form reach the trainer by e-mail. The Secretariat and the trainers of a course see how far its learners have come. When an account is deleted, its enrolments, progress, quiz attempts, learning modules’ saved data, applications and trainer profile are deleted with it. Certificates are the exception: when you complete a course, a certificate is issued with your name as it is written in your account, the course, the date and a verification code, and anyone who has the code can check on the website whether the certificate is valid. Because a certificate may already have been handed to others, its record (name, course, date, hours, code and status) is kept when the account is deleted, no longer linked to it. The Secretariat can revoke a certificate; its reason is not shown publicly.',
        'Account data are kept for as long as the account exists. Learners and trainers can delete their account themselves at any time, under My account, by confirming with their password; the e-mails the platform has written to them go with it. Accounts of National Contact Points, the Strategic Group and the Secretariat are closed by the Secretariat, since the dialogue’s records name them. You may also ask to see, correct or delete your data, or to have your account closed, at any time by writing to the Prague Process Secretariat, ICMPD, Gonzagagasse 1, 1010 Vienna, Austria, or to pragueprocess@icmpd.org.',
      ],
      ru: [
        'Оператором персональных данных, обрабатываемых через этот сайт, является Секретариат Пражского процесса — Международный центр по развитию миграционной политики (МЦРМП).',
        'Открытые страницы сайта можно читать без создания учётной записи. Сайт запоминает выбранный вами язык. При входе в систему устанавливаются два файла cookie: сессионный, который позволяет оставаться в системе и удаляется при выходе из неё, и файл с языком вашей учётной записи, чтобы интерфейс администрирования, если он вам доступен, открывался на этом языке; этот файл хранится один год, в том числе после выхода из системы. Ни для каких иных целей они не используются. Сотрудники Секретариата, которые просматривают черновики или работают в интерфейсе администрирования, получают дополнительные файлы cookie, нужные только для этой работы. Других файлов cookie сайт не устанавливает.',
        'Сайт не использует инструменты веб-аналитики и сторонние средства отслеживания и не загружает материалы со сторонних серверов, поэтому сведения о вашем посещении не передаются другим сервисам.',
        'Форма обратной связи отправляет Секретариату по электронной почте ваше имя, адрес электронной почты, тему и текст сообщения, а также адрес и язык страницы, с которой оно отправлено; для ответа в письме указан ваш адрес. Кроме этого письма, сайт ничего не сохраняет: письмо остаётся в журнале исходящих писем сайта, доступном только его администраторам. Для защиты от злоупотреблений число сообщений с вашего сетевого адреса и с вашего адреса электронной почты в течение часа учитывается в оперативной памяти сервера и нигде не записывается.',
        'Если у вас есть учётная запись, мы обрабатываем ваше имя, адрес электронной почты, предпочитаемый язык и сведения о принадлежности к организации. Эти данные используются только для ведения вашей учётной записи, предоставления доступа к разделу для участников и направления вам сообщений, связанных с учётной записью.',
        'Учебная академия хранит вместе с вашей учётной записью сведения о курсах, на которые вы записались, о пройденных уроках и датах их прохождения, о попытках прохождения тестов с ответами и результатами, данные, которые интерактивные учебные модули (пакеты SCORM) сохраняют о вашей работе в них (статус, результат, затраченное время и место, где вы остановились), а если вы подаёте заявку на вступление в сеть тренеров, — саму заявку и решение Секретариата по ней. Профиль тренера показывается в открытом каталоге только с согласия тренера, которое он может в любое время отозвать на сайте; адрес электронной почты тренера в каталоге не показывается, а сообщения, отправленные через форму каталога, приходят тренеру по электронной почте. Секретариат и тренеры курса видят, каких успехов добились его слушатели. При удалении учётной записи вместе с ней удаляются записи на курсы, сведения о прохождении, попытки тестов, данные учебных модулей, заявки и профиль тренера. Исключение составляют сертификаты: когда вы завершаете курс, выдаётся сертификат с вашим именем в том виде, в каком оно указано в учётной записи, названием курса, датой и кодом проверки, и любой, у кого есть этот код, может проверить на сайте, действителен ли сертификат. Поскольку сертификат мог уже быть передан другим лицам, запись о нём (имя, курс, дата, объём в часах, код и статус) сохраняется и после удаления учётной записи, но уже без связи с ней. Секретариат может отозвать сертификат; причина отзыва публично не показывается.',
        'Данные учётной записи хранятся, пока существует учётная запись. Слушатели и тренеры могут в любое время сами удалить свою учётную запись в разделе «Моя учётная запись», подтвердив это паролем; вместе с ней удаляются и письма, которые платформа им отправила. Учётные записи национальных контактных пунктов, членов Стратегической группы и сотрудников Секретариата закрывает Секретариат, поскольку они упоминаются в документах диалога. Вы также можете в любое время запросить доступ к своим данным, их исправление или удаление, а также закрытие учётной записи, написав в Секретариат Пражского процесса по адресу: МЦРМП, Гонзагагассе, 1, 1010 Вена, Австрия, или по электронной почте pragueprocess@icmpd.org.',
      ],
    },
  },
  {
    slug: 'contact',
    parent: 'about',
    title: { en: 'Contact the Secretariat', ru: 'Связаться с Секретариатом' },
    intro: {
      en: 'The Prague Process Secretariat at the International Centre for Migration Policy Development (ICMPD) answers questions about the Process, its meetings, the Migration Observatory and the Training Academy.',
      ru: 'Секретариат Пражского процесса в Международном центре по развитию миграционной политики (МЦРМП) отвечает на вопросы о Процессе, его встречах, Миграционной обсерватории и Учебной академии.',
    },
    body: {
      en: [
        'National Contact Points and other state officials can also reach the Secretariat through their member area once signed in.',
        'Journalists and researchers are welcome to ask for background information on the publications of the Migration Observatory.',
      ],
      ru: [
        'Национальные контактные пункты и другие представители государств могут также обратиться к Секретариату через личный кабинет после входа на сайт.',
        'Журналисты и исследователи могут запросить справочную информацию о публикациях Миграционной обсерватории.',
      ],
    },
    contactForm: {
      heading: { en: 'Write to the Secretariat', ru: 'Написать в Секретариат' },
      intro: {
        en: 'Write in English or Russian. The Secretariat usually answers within a few working days.',
        ru: 'Пишите на русском или английском языке. Обычно Секретариат отвечает в течение нескольких рабочих дней.',
      },
    },
  },
]
