import { claimReviewRatings, isJudgement, type Source } from '../annotations/types.js';
import type { ReportItem, ReportModel } from './model.js';

/**
 * schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the format search engines and
 * fact-check archives read: one review per judged annotation (verified, partly true, misleading,
 * disputed, false, unverifiable), of any kind. Unchecked and ignored words are not reviews, and an
 * orphan's words are no longer in the article, so neither is exported.
 */

export interface ClaimReviewOptions {
  /** The page that publishes the review; defaults to the article's `url`. */
  url?: string;
  /** The fact-checking organisation; defaults to the article's `publisher`. */
  publisher?: string;
}

export interface ClaimReviewExport {
  reviews: object[];
  /** Fields a consumer requires that the article and options did not give, said once each. */
  warnings: string[];
}

function date(value: string | undefined): string | undefined {
  const m = value ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
  return m ? m[0] : value || undefined;
}

function citation(sources: Source[]): object[] {
  return sources
    .filter((s) => s.url)
    .map((s) => ({ '@type': 'CreativeWork', url: s.url, ...(s.title ? { name: s.title } : {}), ...(s.quote ? { text: s.quote } : {}) }));
}

/** The claim the words make: a figure or attribution stands in its sentence; claims and selections are the claim. */
function claimReviewed(item: ReportItem): string {
  const text = item.kind === 'figure' || item.kind === 'attribution' ? item.sentence : item.text;
  return text.replace(/\s+/g, ' ').trim();
}

export function toClaimReview(model: ReportModel, options: ClaimReviewOptions = {}): ClaimReviewExport {
  const warnings = new Set<string>();
  const url = options.url || model.meta.url;
  const publisher = options.publisher || model.meta.publisher;
  const reviews = model.items
    .filter((item) => item.annotationId && isJudgement(item.status))
    .map((item) => {
      const rating = claimReviewRatings[item.status];
      const reviewer = publisher ? { '@type': 'Organization', name: publisher } : item.author ? { '@type': 'Person', name: item.author } : undefined;
      if (!reviewer) warnings.add('no publisher: give --publisher or a "publisher" in the front matter for the review\'s author');
      // Who made the claim: the quoted speaker if the words are someone's, else the article's author or publisher.
      const claimant = item.speaker
        ? { '@type': item.speakerKind === 'organisation' ? 'Organization' : 'Person', name: item.speaker }
        : model.meta.author
          ? { '@type': 'Person', name: model.meta.author }
          : publisher
            ? { '@type': 'Organization', name: publisher }
            : undefined;
      const appearance = {
        '@type': 'CreativeWork',
        ...(url ? { url } : {}),
        ...(model.meta.title ? { headline: model.meta.title } : {}),
        ...(date(model.meta.date) ? { datePublished: date(model.meta.date) } : {}),
      };
      const sources = citation(item.sources);
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        ...(url ? { url } : {}),
        claimReviewed: claimReviewed(item),
        ...(reviewer ? { author: reviewer } : {}),
        ...(date(item.modified) ? { datePublished: date(item.modified) } : {}),
        reviewRating: {
          '@type': 'Rating',
          ...(rating.ratingValue !== null ? { ratingValue: rating.ratingValue } : {}),
          bestRating: 5,
          worstRating: 1,
          alternateName: rating.alternateName,
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(claimant ? { author: claimant } : {}),
          ...(date(model.meta.date) ? { datePublished: date(model.meta.date) } : {}),
          appearance,
        },
        ...(item.note ? { reviewBody: item.note } : {}),
        ...(sources.length ? { citation: sources } : {}),
        identifier: item.annotationId,
      };
    });
  // A missing url only matters when there is something to publish.
  if (!url && reviews.length > 0) warnings.add('no url: give --url or a "url" in the front matter; ClaimReview needs the page that publishes the review');
  return { reviews, warnings: [...warnings] };
}
