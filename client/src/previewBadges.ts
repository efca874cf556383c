import type { default as MarkdownIt, Token } from 'markdown-it';

/**
 * A markdown-it plugin for VS Code's Markdown preview: after each figure and annotated claim, a small
 * badge with its fact-check status. It runs synchronously inside the preview's render, so it reads
 * statuses from a cache the extension fills from the server (`lookup`). Kept free of `vscode` so it
 * can be tested with plain markdown-it.
 *
 * The badges are added at render time, not parse time: VS Code parses without telling which document
 * it is (only the render `env` has `currentDocument`) and caches the tokens per document version, so
 * the plugin copies the blocks it changes and never touches the cached tokens.
 *
 * Matching is by text within one paragraph or heading: the items whose line falls in the block's
 * source lines are searched, in document order, in the block's text. Words split by inline markup
 * ("**13,000** people") cannot be matched and get no badge.
 */

export interface BadgeItem {
  kind: string;
  text: string;
  status: string;
  /** The 0-based line of the item's first character in the source. */
  line: number;
  start: number;
}

const labels: Record<string, string> = {
  unchecked: 'unchecked',
  verified: 'verified',
  'partly-true': 'partly true',
  misleading: 'misleading',
  disputed: 'disputed',
  false: 'false',
  unverifiable: 'unverifiable',
  ignored: 'ignored',
};

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** `lookup` receives markdown-it's `env` (VS Code puts the document's URI in `env.currentDocument`). */
export function factcheckBadges(md: MarkdownIt, lookup: (env: unknown) => BadgeItem[] | undefined): MarkdownIt {
  const TokenClass = (md.core.State.prototype as unknown as { Token: typeof Token }).Token;
  const render = md.renderer.render.bind(md.renderer);
  md.renderer.render = (tokens, options, env) => {
    const items = lookup(env);
    if (!items || items.length === 0) return render(tokens, options, env);
    const changed = tokens.map((token) => {
      if (token.type !== 'inline' || !token.children || !token.map) return token;
      const [from, to] = token.map;
      const candidates = items.filter((i) => i.line >= from && i.line < to && i.text.trim() !== '' && i.status !== 'ignored').sort((a, b) => a.start - b.start);
      if (candidates.length === 0) return token;
      const children = withBadges(token.children, candidates, TokenClass);
      return children === token.children ? token : Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token, { children });
    });
    return render(changed, options, env);
  };
  md.renderer.rules.factcheck_badge = (tokens, idx) => {
    const { status, kind } = tokens[idx].meta as { status: string; kind: string };
    const label = labels[status] ?? status;
    const safe = /^[a-z-]+$/.test(status) ? status : 'unknown';
    return `<span class="factcheck-badge factcheck-${safe}" title="${escape(`Fact Check: ${kind}, ${label}`)}">${escape(label)}</span>`;
  };
  return md;
}

function withBadges(children: Token[], candidates: BadgeItem[], TokenClass: typeof Token): Token[] {
  // The block's text as one string, with a NUL between pieces that are not adjacent text, so a
  // match never spans inline markup.
  const pieces: { child: number; at: number }[] = [];
  let joined = '';
  children.forEach((child, index) => {
    if (child.type !== 'text') {
      joined += '\u0000';
      return;
    }
    pieces.push({ child: index, at: joined.length });
    joined += child.content;
  });
  const inserts: { offset: number; item: BadgeItem }[] = [];
  // Items are searched in document order; the cursor moves to each match's start, so an item inside
  // an earlier one (a figure inside a claim) is still found.
  let cursor = 0;
  for (const item of candidates) {
    const at = joined.indexOf(item.text, cursor);
    if (at < 0) continue;
    cursor = at;
    inserts.push({ offset: at + item.text.length, item });
  }
  if (inserts.length === 0) return children;
  inserts.sort((a, b) => a.offset - b.offset);

  const out: Token[] = [];
  let next = 0;
  children.forEach((child, index) => {
    const piece = pieces.find((p) => p.child === index);
    if (!piece) {
      out.push(child);
      return;
    }
    const end = piece.at + child.content.length;
    let from = piece.at;
    while (next < inserts.length && inserts[next].offset <= end) {
      const { offset, item } = inserts[next++];
      if (offset > from) out.push(textToken(TokenClass, child.content.slice(from - piece.at, offset - piece.at)));
      const badge = new TokenClass('factcheck_badge', '', 0);
      badge.meta = { status: item.status, kind: item.kind };
      out.push(badge);
      from = offset;
    }
    if (from < end) out.push(textToken(TokenClass, child.content.slice(from - piece.at)));
  });
  return out;
}

function textToken(TokenClass: typeof Token, content: string): Token {
  const token = new TokenClass('text', '', 0);
  token.content = content;
  return token;
}
