import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { serverCommand, statuses, type Status, type Summary, type SummaryItem } from './protocol';

/**
 * The "Fact Check" tree (findings of the active article grouped by status, orphans last; click to
 * reveal) and the status bar item ("12 figures · 5 checked · 1 false"). Both refresh when the server
 * says the article's summary changed, and when the active editor changes.
 */

const statusTitles: Record<Status, string> = {
  false: 'False',
  disputed: 'Disputed',
  misleading: 'Misleading',
  'partly-true': 'Partly true',
  unverifiable: 'Unverifiable',
  unchecked: 'Unchecked',
  verified: 'Verified',
  ignored: 'Ignored',
};
const groupOrder: Status[] = ['false', 'disputed', 'misleading', 'partly-true', 'unverifiable', 'unchecked', 'verified', 'ignored'];
const statusIcons: Record<Status, string> = {
  false: 'error',
  disputed: 'warning',
  misleading: 'warning',
  'partly-true': 'circle-large-outline',
  unverifiable: 'question',
  unchecked: 'circle-outline',
  verified: 'pass',
  ignored: 'eye-closed',
};

type Node = { type: 'group'; status: Status | 'orphan'; items: SummaryItem[] } | { type: 'item'; item: SummaryItem; uri: string; sidecarPath: string | null };

export class FindingsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private summary: Summary | null = null;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly statusBar = vscode.window.createStatusBarItem('factcheck.status', vscode.StatusBarAlignment.Left, 50);
  private readonly view: vscode.TreeView<Node>;
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView('factcheck.findings', { treeDataProvider: this, showCollapseAll: true });
    this.statusBar.name = 'Fact Check';
    this.statusBar.command = 'factcheck.findings.focus';
    this.disposables.push(
      this.view,
      this.statusBar,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleRefresh()),
      // The list needs the items, which a hidden view does without (see `refresh`).
      this.view.onDidChangeVisibility((e) => {
        if (e.visible && this.summary?.itemsOmitted) this.scheduleRefresh();
      }),
      vscode.commands.registerCommand('factcheck.revealFinding', (node: Node) => this.reveal(node)),
    );
  }

  /** The status bar text last shown ("" when hidden), for tests. */
  get statusText(): string {
    return this.summary ? this.statusBar.text : '';
  }

  /** The summary last shown, for tests and commands. */
  get current(): Summary | null {
    return this.summary;
  }

  /** Called when the server reports a changed summary for `uri`. */
  onSummaryChanged(uri: string): void {
    if (vscode.window.activeTextEditor?.document.uri.toString() === uri) this.scheduleRefresh();
  }

  scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    // While the list is hidden only the status bar's counts are asked for: on a long article the
    // items are megabytes of JSON after every pause in typing.
    this.refreshTimer = setTimeout(() => void this.refresh({ items: this.view.visible }), 50);
  }

  /** Asks the server for the active article's summary; `items: false` asks for the counts only. */
  async refresh({ items = true }: { items?: boolean } = {}): Promise<Summary | null> {
    const editor = vscode.window.activeTextEditor;
    const client = this.getClient();
    let summary: Summary | null = null;
    if (editor && client?.isRunning()) {
      try {
        summary = await serverCommand<Summary | null>(client, 'factcheck.server.summary', { uri: editor.document.uri.toString(), items });
      } catch {
        summary = null;
      }
    }
    this.summary = summary;
    this.updateStatusBar();
    this.view.message = summary ? (summary.error ? `Annotations file problem: ${summary.error}` : undefined) : 'Open an article to see its figures and their status.';
    this.changed.fire();
    return summary;
  }

  private updateStatusBar(): void {
    const s = this.summary;
    if (!s) {
      this.statusBar.hide();
      return;
    }
    const parts = [`${s.figures} figure${s.figures === 1 ? '' : 's'}`, `${s.checkedFigures} checked`];
    if (s.byStatus.false) parts.push(`${s.byStatus.false} false`);
    if (s.byStatus.disputed) parts.push(`${s.byStatus.disputed} disputed`);
    if (s.orphans) parts.push(`${s.orphans} orphan${s.orphans === 1 ? '' : 's'}`);
    this.statusBar.text = `$(checklist) ${parts.join(' · ')}`;
    this.statusBar.tooltip = 'Fact Check: figures in this article and their status. Click to show the list.';
    this.statusBar.backgroundColor = s.byStatus.false || s.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.statusBar.show();
  }

  getChildren(node?: Node): Node[] {
    const s = this.summary;
    if (!s) return [];
    if (!node) {
      const groups: Node[] = [];
      for (const status of groupOrder) {
        const items = s.items.filter((i) => !i.orphan && i.status === status);
        if (items.length) groups.push({ type: 'group', status, items });
      }
      const orphans = s.items.filter((i) => i.orphan);
      if (orphans.length) groups.push({ type: 'group', status: 'orphan', items: orphans });
      return groups;
    }
    if (node.type === 'group') return node.items.map((item) => ({ type: 'item', item, uri: s.uri, sidecarPath: s.sidecarPath }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const title = node.status === 'orphan' ? 'Orphans (could not be placed)' : statusTitles[node.status];
      const item = new vscode.TreeItem(`${title} (${node.items.length})`, node.status === 'unchecked' || node.status === 'verified' || node.status === 'ignored' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon(node.status === 'orphan' ? 'debug-disconnect' : statusIcons[node.status]);
      item.contextValue = 'group';
      return item;
    }
    const i = node.item;
    const item = new vscode.TreeItem(i.text.length > 80 ? i.text.slice(0, 79) + '…' : i.text, vscode.TreeItemCollapsibleState.None);
    item.description = [i.kind, i.sources ? `${i.sources} source${i.sources === 1 ? '' : 's'}` : '', i.drift ? 'changed since judged' : ''].filter(Boolean).join(' · ');
    item.tooltip = `${statusTitles[i.status]}${i.orphan ? ' (orphan: kept in the annotations file)' : ''}`;
    item.iconPath = new vscode.ThemeIcon(i.orphan ? 'debug-disconnect' : i.drift ? 'diff-modified' : statusIcons[i.status]);
    item.command = { title: 'Reveal', command: 'factcheck.revealFinding', arguments: [node] };
    item.contextValue = i.orphan ? 'orphan' : 'finding';
    return item;
  }

  private async reveal(node: Node): Promise<void> {
    if (node.type !== 'item') return;
    if (node.item.orphan || !node.item.range) {
      if (node.sidecarPath) await vscode.commands.executeCommand('factcheck.openSidecar', { uri: node.uri });
      return;
    }
    const { start, end } = node.item.range;
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(node.uri), { selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async focus(): Promise<void> {
    await vscode.commands.executeCommand('factcheck.findings.focus');
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const d of this.disposables) d.dispose();
  }
}

export { statuses };
