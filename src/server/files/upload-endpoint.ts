/**
 * The addresses at which files are uploaded: create (`POST /api/<collection>`) and replace
 * (`PATCH|PUT /api/<collection>/<id>`) in the upload collections. The HTTP front allows
 * upload-sized bodies only here, and the API checks access here before parsing a body.
 * (Serving files, `/api/<collection>/file/<name>`, is not an upload endpoint.)
 */
export const uploadCollections = ['documents', 'media', 'meeting-documents', 'lesson-files', 'scorm-packages'] as const
export const uploadEndpoint = new RegExp(`^/api/(${uploadCollections.join('|')})(?:/(?!file/)[^/]+)?/?$`)
/** The addresses at which files are served (`GET|HEAD /api/<collection>/file/<name>`, src/server/files/serve-file.ts). */
export const uploadFileEndpoint = new RegExp(`^/api/(${uploadCollections.join('|')})/file/[^/]+$`)
