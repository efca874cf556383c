/**
 * Escapes untrusted text (article words, sidecar notes) for a Markdown hover, so that it renders as
 * the same characters and can never form a link, an image, HTML or a command.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}\[\]()#+\-.!|~>]/g, (ch) => '\\' + ch)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}
