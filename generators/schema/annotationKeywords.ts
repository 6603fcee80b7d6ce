/** Keywords that never constrain values: the dispatcher ignores them (as do `x-` extensions). */
export const annotationKeywords: ReadonlySet<string> = new Set([
  '$schema', '$id', '$anchor', '$comment', '$defs', 'definitions', '$dynamicAnchor', '$vocabulary',
  'title', 'description', 'default', 'examples', 'example', 'deprecated', 'readOnly', 'writeOnly',
  'contentMediaType', 'contentEncoding', 'discriminator', 'xml', 'externalDocs', 'nullable',
]);
