import { createTarget, type PlacedAnnotation } from '../annotations/anchor.js';
import { isJudgement, statusLabels, type Source } from '../annotations/types.js';

/**
 * W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/) of every annotation of an
 * article, as one AnnotationCollection. The sidecar's selectors are already Web Annotation
 * selectors; placed annotations get selectors for the current text, orphans keep their stored ones.
 */

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sourceBody(source: Source): object {
  return {
    type: 'SpecificResource',
    purpose: 'linking',
    source: source.url ?? source.path,
    ...(source.quote ? { selector: { type: 'TextQuoteSelector', exact: source.quote } } : {}),
    // Not terms of the Web Annotation vocabulary: kept for people and tools that read the JSON.
    ...(source.title ? { title: source.title } : {}),
    ...(source.accessed ? { accessed: source.accessed } : {}),
  };
}

/** `articleIri` is the article's URL, or its file URI when it has none. */
export function toWebAnnotations(text: string, placed: PlacedAnnotation[], articleIri: string, label?: string): object {
  const items = placed.map(({ annotation: a, anchor }) => {
    const target = anchor ? createTarget(text, anchor.start, anchor.end) : a.target;
    const body: object[] = [
      { type: 'TextualBody', purpose: 'assessing', value: statusLabels[a.status], format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: `factcheck:${a.status}`, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'classifying', value: a.kind, format: 'text/plain' },
      ...(a.note ? [{ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' }] : []),
      ...a.sources.map(sourceBody),
    ];
    return {
      id: uuid.test(a.id) ? `urn:uuid:${a.id.toLowerCase()}` : `${articleIri}#factcheck-${encodeURIComponent(a.id)}`,
      type: 'Annotation',
      motivation: isJudgement(a.status) ? 'assessing' : 'highlighting',
      ...(a.author ? { creator: { type: 'Person', name: a.author } } : {}),
      created: a.created,
      modified: a.modified,
      body,
      target: { source: articleIri, selector: target.selector.map((s) => ({ ...s })) },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${articleIri}#factcheck-annotations`,
    type: 'AnnotationCollection',
    ...(label ? { label } : {}),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
