import * as migration_20261127_210621_initial from './20261127_210621_initial';
import * as migration_20261127_215200_search_index from './20261127_215200_search_index';
import * as migration_20261127_220120_publications from './20261127_220120_publications';
import * as migration_20261128_003000_search_covering_indexes from './20261128_003000_search_covering_indexes';
import * as migration_20261201_015402_sign_in_backoff from './20261201_015402_sign_in_backoff';
import * as migration_20261201_052256_oai_records_collection from './20261201_052256_oai_records_collection';
import * as migration_20261201_053748_author_kind from './20261201_053748_author_kind';
import * as migration_20261201_060000_upload_prefixes from './20261201_060000_upload_prefixes';
import * as migration_20261201_064954_custom_tables_autoincrement_other_countries from './20261201_064954_custom_tables_autoincrement_other_countries';
import * as migration_20261201_071421_editable_pages_menus from './20261201_071421_editable_pages_menus';
import * as migration_20261201_072550_schedule_publish from './20261201_072550_schedule_publish';
import * as migration_20261201_074506_translation_status from './20261201_074506_translation_status';
import * as migration_20261201_101445_home_blocks_images_countries from './20261201_101445_home_blocks_images_countries';
import * as migration_20261201_145507_events from './20261201_145507_events';
import * as migration_20261201_155435_registrations from './20261201_155435_registrations';
import * as migration_20261201_170359_registration_reminders from './20261201_170359_registration_reminders';
import * as migration_20261201_171700_registration_follow_up from './20261201_171700_registration_follow_up';
import * as migration_20261201_193711_meeting_documents from './20261201_193711_meeting_documents';
import * as migration_20261201_194658_personal_calendar from './20261201_194658_personal_calendar';
import * as migration_20261201_200330_invitation_letters from './20261201_200330_invitation_letters';
import * as migration_20261201_201538_proposals from './20261201_201538_proposals';
import * as migration_20261201_233545_action_plan from './20261201_233545_action_plan';
import * as migration_20261201_234946_letter_template from './20261201_234946_letter_template';
import * as migration_20261202_080113_academy_trainers from './20261202_080113_academy_trainers';
import * as migration_20261202_081812_academy_courses from './20261202_081812_academy_courses';
import * as migration_20261202_114828_academy_quizzes from './20261202_114828_academy_quizzes';
import * as migration_20261202_115933_academy_certificates from './20261202_115933_academy_certificates';
import * as migration_20261202_120942_academy_lesson_files from './20261202_120942_academy_lesson_files';
import * as migration_20261202_151612_academy_scorm from './20261202_151612_academy_scorm';
import * as migration_20261202_153539_learning_stamp from './20261202_153539_learning_stamp';
import * as migration_20261204_030348_uploads_owner from './20261204_030348_uploads_owner';
import * as migration_20261204_031728_drop_learning_stamp from './20261204_031728_drop_learning_stamp';

export const migrations = [
  {
    up: migration_20261127_210621_initial.up,
    down: migration_20261127_210621_initial.down,
    name: '20261127_210621_initial',
  },
  {
    up: migration_20261127_215200_search_index.up,
    down: migration_20261127_215200_search_index.down,
    name: '20261127_215200_search_index',
  },
  {
    up: migration_20261127_220120_publications.up,
    down: migration_20261127_220120_publications.down,
    name: '20261127_220120_publications',
  },
  {
    up: migration_20261128_003000_search_covering_indexes.up,
    down: migration_20261128_003000_search_covering_indexes.down,
    name: '20261128_003000_search_covering_indexes',
  },
  {
    up: migration_20261201_015402_sign_in_backoff.up,
    down: migration_20261201_015402_sign_in_backoff.down,
    name: '20261201_015402_sign_in_backoff',
  },
  {
    up: migration_20261201_052256_oai_records_collection.up,
    down: migration_20261201_052256_oai_records_collection.down,
    name: '20261201_052256_oai_records_collection',
  },
  {
    up: migration_20261201_053748_author_kind.up,
    down: migration_20261201_053748_author_kind.down,
    name: '20261201_053748_author_kind',
  },
  {
    up: migration_20261201_060000_upload_prefixes.up,
    down: migration_20261201_060000_upload_prefixes.down,
    name: '20261201_060000_upload_prefixes',
  },
  {
    up: migration_20261201_064954_custom_tables_autoincrement_other_countries.up,
    down: migration_20261201_064954_custom_tables_autoincrement_other_countries.down,
    name: '20261201_064954_custom_tables_autoincrement_other_countries',
  },
  {
    up: migration_20261201_071421_editable_pages_menus.up,
    down: migration_20261201_071421_editable_pages_menus.down,
    name: '20261201_071421_editable_pages_menus',
  },
  {
    up: migration_20261201_072550_schedule_publish.up,
    down: migration_20261201_072550_schedule_publish.down,
    name: '20261201_072550_schedule_publish',
  },
  {
    up: migration_20261201_074506_translation_status.up,
    down: migration_20261201_074506_translation_status.down,
    name: '20261201_074506_translation_status',
  },
  {
    up: migration_20261201_101445_home_blocks_images_countries.up,
    down: migration_20261201_101445_home_blocks_images_countries.down,
    name: '20261201_101445_home_blocks_images_countries',
  },
  {
    up: migration_20261201_145507_events.up,
    down: migration_20261201_145507_events.down,
    name: '20261201_145507_events',
  },
  {
    up: migration_20261201_155435_registrations.up,
    down: migration_20261201_155435_registrations.down,
    name: '20261201_155435_registrations',
  },
  {
    up: migration_20261201_170359_registration_reminders.up,
    down: migration_20261201_170359_registration_reminders.down,
    name: '20261201_170359_registration_reminders',
  },
  {
    up: migration_20261201_171700_registration_follow_up.up,
    down: migration_20261201_171700_registration_follow_up.down,
    name: '20261201_171700_registration_follow_up',
  },
  {
    up: migration_20261201_193711_meeting_documents.up,
    down: migration_20261201_193711_meeting_documents.down,
    name: '20261201_193711_meeting_documents',
  },
  {
    up: migration_20261201_194658_personal_calendar.up,
    down: migration_20261201_194658_personal_calendar.down,
    name: '20261201_194658_personal_calendar',
  },
  {
    up: migration_20261201_200330_invitation_letters.up,
    down: migration_20261201_200330_invitation_letters.down,
    name: '20261201_200330_invitation_letters',
  },
  {
    up: migration_20261201_201538_proposals.up,
    down: migration_20261201_201538_proposals.down,
    name: '20261201_201538_proposals',
  },
  {
    up: migration_20261201_233545_action_plan.up,
    down: migration_20261201_233545_action_plan.down,
    name: '20261201_233545_action_plan',
  },
  {
    up: migration_20261201_234946_letter_template.up,
    down: migration_20261201_234946_letter_template.down,
    name: '20261201_234946_letter_template',
  },
  {
    up: migration_20261202_080113_academy_trainers.up,
    down: migration_20261202_080113_academy_trainers.down,
    name: '20261202_080113_academy_trainers',
  },
  {
    up: migration_20261202_081812_academy_courses.up,
    down: migration_20261202_081812_academy_courses.down,
    name: '20261202_081812_academy_courses',
  },
  {
    up: migration_20261202_114828_academy_quizzes.up,
    down: migration_20261202_114828_academy_quizzes.down,
    name: '20261202_114828_academy_quizzes',
  },
  {
    up: migration_20261202_115933_academy_certificates.up,
    down: migration_20261202_115933_academy_certificates.down,
    name: '20261202_115933_academy_certificates',
  },
  {
    up: migration_20261202_120942_academy_lesson_files.up,
    down: migration_20261202_120942_academy_lesson_files.down,
    name: '20261202_120942_academy_lesson_files',
  },
  {
    up: migration_20261202_151612_academy_scorm.up,
    down: migration_20261202_151612_academy_scorm.down,
    name: '20261202_151612_academy_scorm',
  },
  {
    up: migration_20261202_153539_learning_stamp.up,
    down: migration_20261202_153539_learning_stamp.down,
    name: '20261202_153539_learning_stamp',
  },
  {
    up: migration_20261204_030348_uploads_owner.up,
    down: migration_20261204_030348_uploads_owner.down,
    name: '20261204_030348_uploads_owner',
  },
  {
    up: migration_20261204_031728_drop_learning_stamp.up,
    down: migration_20261204_031728_drop_learning_stamp.down,
    name: '20261204_031728_drop_learning_stamp'
  },
];
