import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { factcheckBadges, type BadgeItem } from './previewBadges';

/** The Markdown preview plugin, run with plain markdown-it (VS Code's preview uses the same API). */

const source = [
  '# Port dredging plan',
  '',
  'The cost has risen to €412 million, nearly twice the 2022 estimate. Traffic fell 12% last year.',
  '',
  'A study found that dredging would destroy 40 hectares of seagrass.',
  '',
  '```',
  'Code: 12% is not a figure here.',
  '```',
  '',
  'Ships of **14,000** TEU.',
].join('\n');

function item(text: string, status: string, kind = 'figure', nth = 0): BadgeItem {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = source.indexOf(text, at + 1);
  return { kind, text, status, start: at, line: source.slice(0, at).split('\n').length - 1 };
}

function plugin(items: () => BadgeItem[] | undefined): MarkdownIt {
  return factcheckBadges(new MarkdownIt(), (e) => ((e as { currentDocument?: string }).currentDocument === 'file:///a.md' ? items() : undefined));
}

/** As VS Code's preview does: parse without the document, render with `env.currentDocument`. */
function render(items: BadgeItem[] | undefined, env: object = { currentDocument: 'file:///a.md' }): string {
  const md = plugin(() => items);
  return md.renderer.render(md.parse(source, {}), md.options, env);
}

describe('preview badges', () => {
  it('puts a status badge after each figure and annotated claim, in document order', () => {
    const html = render([
      item('€412 million', 'verified'),
      item('12%', 'false'),
      item('A study found that dredging would destroy 40 hectares of seagrass.', 'disputed', 'claim'),
      item('40 hectares', 'unchecked'),
    ]);
    expect(html).toContain('€412 million<span class="factcheck-badge factcheck-verified" title="Fact Check: figure, verified">verified</span>, nearly');
    expect(html).toContain('Traffic fell 12%<span class="factcheck-badge factcheck-false" title="Fact Check: figure, false">false</span> last year');
    // A figure inside an annotated claim gets its own badge, and the claim one at its end.
    expect(html).toContain('40 hectares<span class="factcheck-badge factcheck-unchecked"');
    expect(html).toContain('seagrass.<span class="factcheck-badge factcheck-disputed" title="Fact Check: claim, disputed">disputed</span></p>');
    // Code blocks are left alone.
    expect(html).toContain('Code: 12% is not a figure here.');
    expect(html.match(/factcheck-badge/g)).toHaveLength(4);
  });

  it('matches by line, so the same words on another line are not badged', () => {
    const html = render([{ ...item('12%', 'false'), line: 4 }]);
    expect(html).not.toContain('factcheck-badge');
  });

  it('renders nothing extra without statuses for the document, and never for ignored words', () => {
    const plain = new MarkdownIt().render(source);
    expect(render(undefined)).toBe(plain);
    expect(render([item('12%', 'false')], { currentDocument: 'file:///other.md' })).toBe(plain);
    expect(render([item('12%', 'ignored')])).toBe(plain);
  });

  it('leaves the parsed tokens as they were, since VS Code caches them per document version', () => {
    let items: BadgeItem[] = [item('12%', 'false')];
    const md = plugin(() => items);
    const tokens = md.parse(source, {});
    const env = { currentDocument: 'file:///a.md' };
    expect(md.renderer.render(tokens, md.options, env)).toContain('factcheck-false');
    items = [item('12%', 'verified')];
    const again = md.renderer.render(tokens, md.options, env);
    expect(again).toContain('factcheck-verified');
    expect(again).not.toContain('factcheck-false');
    expect(JSON.stringify(tokens)).not.toContain('factcheck_badge');
  });

  it('skips words split by inline markup, and escapes what it writes', () => {
    expect(render([item('14,000 TEU', 'false')])).not.toContain('factcheck-badge');
    const html = render([{ ...item('12%', 'false'), kind: '<img src=x onerror=alert(1)>' }]);
    expect(html).toContain('title="Fact Check: &lt;img src=x onerror=alert(1)&gt;, false"');
    expect(html).not.toContain('<img');
  });
});
