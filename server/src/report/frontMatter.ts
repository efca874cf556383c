/**
 * Article metadata from YAML front matter (`---` … `---` at the very top). Only flat `key: value`
 * lines and simple `- item` lists are read: that covers the title, author, date and url that
 * newsroom Markdown carries, without a YAML parser in the bundle. Anything else is ignored.
 */

export interface ArticleMeta {
  title?: string;
  author?: string;
  date?: string;
  url?: string;
  publisher?: string;
}

const keys: Record<string, keyof ArticleMeta> = {
  title: 'title',
  headline: 'title',
  author: 'author',
  authors: 'author',
  byline: 'author',
  date: 'date',
  published: 'date',
  datepublished: 'date',
  url: 'url',
  canonical: 'url',
  canonical_url: 'url',
  publisher: 'publisher',
};

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.startsWith('"') ? v.slice(1, -1).replace(/\\"/g, '"').replace(/\\\\/g, '\\') : v.slice(1, -1).replace(/''/g, "'");
  }
  return v;
}

export function readFrontMatter(text: string): ArticleMeta {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return {};
  const meta: ArticleMeta = {};
  let listKey: keyof ArticleMeta | null = null;
  const list: string[] = [];
  const flush = () => {
    if (listKey && list.length && !meta[listKey]) meta[listKey] = list.join(', ');
    listKey = null;
    list.length = 0;
  };
  for (const line of match[1].split(/\r?\n/)) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && listKey) {
      list.push(unquote(item[1]));
      continue;
    }
    flush();
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) continue;
    const key = keys[pair[1].toLowerCase()];
    if (!key) continue;
    // A comment ends an unquoted value; inside quotes "#" is text.
    const value = /^\s*["']/.test(pair[2]) ? pair[2] : pair[2].replace(/\s+#.*$/, '');
    if (value.trim() === '') {
      listKey = key;
      continue;
    }
    // A flow list ("[A, B]") is a list of names.
    const flow = /^\[(.*)\]$/.exec(value.trim());
    const text = flow ? flow[1].split(',').map(unquote).filter(Boolean).join(', ') : unquote(value);
    if (text && !meta[key]) meta[key] = text;
  }
  flush();
  return meta;
}
