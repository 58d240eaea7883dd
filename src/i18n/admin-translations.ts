import type { DefaultTranslationsObject } from '@payloadcms/translations'

/** Overrides of Payload's own admin messages, per namespace, checked against its message keys. */
export type TAdminTranslationOverrides = {
  [N in keyof DefaultTranslationsObject]?: Partial<Record<keyof DefaultTranslationsObject[N], string>>
}

/**
 * Payload's Russian messages put a collection or field label into one fixed sentence
 * ("{{label}} успешно создан"), so the verb agrees with a masculine noun whatever the label
 * is («Новость успешно создан», «Добавить Языковая версия», «Удалено 5 Публикации»).
 *
 * The overrides below are phrased so that the label never has to agree or be declined:
 * - in messages, a fixed noun carries the grammar («запись», feminine) and the label stands
 *   in parentheses as the kind of record: «Запись успешно создана (Новость).»;
 * - in buttons and titles, the label follows a colon: «Создать запись: Новость»; the one
 *   exception is «Добавить …» under arrays and blocks, whose labels are written in the
 *   accusative for it («Добавить языковую версию», src/fields/array-labels.ts);
 * - numbers stand after a colon or in «в количестве N», so no plural agreement is needed:
 *   «Удалено записей: 5 (Публикации).»
 * Every placeholder ({{…}}) and markup tag (<1>…</1>) of the original message is kept.
 *
 * Messages with a language name ({{locale}}, {{from}}, {{to}}: «Английский», «Русский», as the
 * content-language switch names them) quote it after «на языке», which needs no declension:
 * «Опубликовать только версию на языке «Английский»», not «Опубликовать на English».
 *
 * Payload's Russian leaves "Email" in English (the sign-in form, the Users list and form).
 *
 * A few messages that are wrong regardless of labels (a focal point translated as «фокусное
 * расстояние», «Уменьшение» for "descending") are corrected too.
 */
export const ruAdminOverrides = {
  error: {
    unableToDeleteCount: 'Не удалось удалить {{count}} из {{total}} ({{label}}).',
    unableToUpdateCount: 'Не удалось обновить {{count}} из {{total}} ({{label}}).',
  },
  fields: {
    // Array and block labels to add are given in the accusative (src/fields/array-labels.ts).
    addLabel: 'Добавить {{label}}',
    addNewLabel: 'Новая запись: {{label}}',
    chooseLabel: 'Выбрать: {{label}}',
    editLabelData: 'Редактировать данные: {{label}}',
    labelRelationship: 'Связь: {{label}}',
    linkedTo: 'Ссылка: <0>{{label}}</0>',
    newLabel: 'Новая запись: {{label}}',
    selectExistingLabel: 'Выбрать существующую запись: {{label}}',
    uploadNewLabel: 'Загрузить новый файл: {{label}}',
  },
  folder: {
    itemHasBeenMoved: 'Перемещено в папку «{{folderName}}»: {{title}}',
    itemHasBeenMovedToRoot: 'Перемещено в корневую папку: {{title}}',
    itemsMovedToFolder: 'Перемещено в папку «{{folderName}}»: {{title}}',
    itemsMovedToRoot: 'Перемещено в корневую папку: {{title}}',
    moveItemsToFolderConfirmation: 'Вы собираетесь переместить записи (<1>{{label}}, {{count}}</1>) в папку <2>{{toFolder}}</2>. Вы уверены?',
    moveItemsToRootConfirmation: 'Вы собираетесь переместить записи (<1>{{label}}, {{count}}</1>) в корневую папку. Вы уверены?',
  },
  general: {
    aboutToDelete: 'Вы собираетесь удалить запись <1>{{title}}</1> ({{label}}). Вы уверены?',
    aboutToDeleteCount_one: 'Вы собираетесь удалить {{count}} запись ({{label}}).',
    aboutToDeleteCount_many: 'Вы собираетесь удалить записи ({{label}}) в количестве {{count}}.',
    aboutToDeleteCount_other: 'Вы собираетесь удалить записи ({{label}}) в количестве {{count}}.',
    aboutToPermanentlyDelete: 'Вы собираетесь навсегда удалить запись <1>{{title}}</1> ({{label}}). Вы уверены?',
    aboutToPermanentlyDeleteTrash: 'Вы собираетесь навсегда удалить из корзины записи (<1>{{label}}</1>) в количестве <0>{{count}}</0>. Вы уверены?',
    aboutToRestore: 'Вы собираетесь восстановить запись <1>{{title}}</1> ({{label}}). Вы уверены?',
    aboutToRestoreAsDraft: 'Вы собираетесь восстановить запись <1>{{title}}</1> ({{label}}) как черновик. Вы уверены?',
    aboutToRestoreAsDraftCount: 'Вы собираетесь восстановить записи ({{label}}) в количестве {{count}} как черновики.',
    aboutToRestoreCount: 'Вы собираетесь восстановить записи ({{label}}) в количестве {{count}}.',
    aboutToTrash: 'Вы собираетесь переместить запись <1>{{title}}</1> ({{label}}) в корзину. Вы уверены?',
    aboutToTrashCount: 'Вы собираетесь переместить в корзину записи ({{label}}) в количестве {{count}}.',
    ascending: 'По возрастанию',
    copyWarning: 'Вы собираетесь заменить содержимое на языке «{{to}}» содержимым на языке «{{from}}» в записи {{title}} ({{label}}). Вы уверены?',
    createNewLabel: 'Создать запись: {{label}}',
    creatingNewLabel: 'Создание записи: {{label}}',
    deletedCountSuccessfully: 'Удалено записей: {{count}} ({{label}}).',
    deletedSuccessfully: 'Запись успешно удалена.',
    deleteLabel: 'Удалить: {{label}}',
    descending: 'По убыванию',
    documentIsTrashed: 'Эта запись ({{label}}) находится в корзине и доступна только для чтения.',
    editingLabel_many: 'Редактирование: {{label}} ({{count}})',
    editingLabel_one: 'Редактирование: {{label}} ({{count}})',
    editingLabel_other: 'Редактирование: {{label}} ({{count}})',
    editLabel: 'Редактировать: {{label}}',
    email: 'Электронная почта',
    emailAddress: 'Адрес электронной почты',
    emptyTrashLabel: 'Очистить корзину: {{label}}',
    moveConfirm: 'Вы собираетесь переместить записи ({{label}}) в количестве {{count}} в <1>{{destination}}</1>. Вы уверены?',
    moveCount: 'Переместить: {{label}} ({{count}})',
    movingCount: 'Перемещение: {{label}} ({{count}})',
    newLabel: 'Новая запись: {{label}}',
    noResults: 'В разделе «{{label}}» ещё нет записей или ни одна из них не соответствует заданным фильтрам.',
    noTrashResults: 'В корзине раздела «{{label}}» нет записей.',
    // The account screen's settings heading names the software; readers know it as the interface.
    payloadSettings: 'Настройки интерфейса',
    permanentlyDeletedCountSuccessfully: 'Навсегда удалено записей: {{count}} ({{label}}).',
    restoredCountSuccessfully: 'Восстановлено записей: {{count}} ({{label}}).',
    selectedCount: 'Выбрано: {{count}} {{label}}',
    selectLabel: 'Выбрать: {{label}}',
    showAllLabel: 'Показать все записи: {{label}}',
    sortByLabelDirection: 'Сортировка по полю «{{label}}»: {{direction}}',
    successfullyCreated: 'Запись успешно создана ({{label}}).',
    successfullyDuplicated: 'Копия записи успешно создана ({{label}}).',
    titleDeleted: 'Запись «{{title}}» ({{label}}) успешно удалена.',
    titleRestored: 'Запись «{{title}}» ({{label}}) успешно восстановлена.',
    titleTrashed: 'Запись «{{title}}» ({{label}}) перемещена в корзину.',
    trashedCountSuccessfully: 'Перемещено в корзину записей: {{count}} ({{label}}).',
    updatedCountSuccessfully: 'Обновлено записей: {{count}} ({{label}}).',
    updatedLabelSuccessfully: 'Запись успешно обновлена ({{label}}).',
    updatedSuccessfully: 'Изменения сохранены.',
  },
  localization: {
    copyFromTo: 'Копирование с языка «{{from}}» на язык «{{to}}»',
  },
  upload: {
    focalPoint: 'Точка фокуса',
    focalPointDescription: 'Перетащите точку фокуса прямо на изображении или задайте значения ниже.',
    setFocalPoint: 'Задать точку фокуса',
  },
  validation: {
    fieldHasNo: 'Не добавлено ни одного элемента ({{label}}).',
    greaterThanMax: '{{label}}: {{value}} — больше допустимого максимума {{max}}.',
    lessThanMin: '{{label}}: {{value}} — меньше допустимого минимума {{min}}.',
    // For arrays the label is the accusative one of the "Add" button («карточку»).
    requiresAtLeast: 'Нужно добавить {{label}}: не менее {{count}}.',
    requiresNoMoreThan: 'Максимальное количество: {{count}} ({{label}}).',
  },
  version: {
    aboutToPublishSelection: 'Вы собираетесь опубликовать все выбранные записи ({{label}}). Вы уверены?',
    aboutToRestore: 'Вы собираетесь вернуть запись ({{label}}) к состоянию на {{versionDate}}.',
    aboutToRestoreGlobal: 'Вы собираетесь вернуть раздел «{{label}}» к состоянию на {{versionDate}}.',
    aboutToUnpublishIn: 'Вы собираетесь снять с публикации версию этого документа на языке «{{locale}}». Вы уверены?',
    aboutToUnpublishSelection: 'Вы собираетесь снять с публикации все выбранные записи ({{label}}). Вы уверены?',
    currentDocumentStatus: 'Текущий статус документа: {{docStatus}}',
    noRowsFound: 'Ничего не найдено ({{label}}).',
    noRowsSelected: 'Ничего не выбрано ({{label}}).',
    publishIn: 'Опубликовать только версию на языке «{{locale}}»',
    unpublishIn: 'Снять с публикации версию на языке «{{locale}}»',
    viewingVersion: 'Просмотр версии: {{entityLabel}} {{documentTitle}}',
    viewingVersionGlobal: 'Просмотр версии: {{entityLabel}}',
    viewingVersions: 'Просмотр версий: {{entityLabel}} {{documentTitle}}',
    viewingVersionsGlobal: 'Просмотр версий: {{entityLabel}}',
  },
} satisfies TAdminTranslationOverrides

/** English overrides: the account screen's "Payload Settings" names the software, not the settings. */
export const enAdminOverrides = {
  general: { payloadSettings: 'Interface settings' },
} satisfies TAdminTranslationOverrides

/** The `i18n.translations` of the Payload config: merged over Payload's own messages per language. */
export const adminTranslations = { en: enAdminOverrides, ru: ruAdminOverrides }
