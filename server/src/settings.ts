import type { Connection } from 'vscode-languageserver/node';
import { defaultSeverities, type SeverityName, type SeveritySettings } from './analysis/problems.js';

/**
 * Settings flow: package.json `contributes.configuration` (the schema) → `FactcheckSettings`
 * (typed, validated here) → a per-URI cache that `workspace/didChangeConfiguration` clears.
 * Each document reads its own settings with `scopeUri`, so folder settings apply per file.
 */
export interface FactcheckSettings {
  enable: boolean;
  languages: string[];
  severity: SeveritySettings;
  claims: { threshold: number };
  /** Delay after a change before diagnostics are recomputed; the first analysis never waits. */
  debounceMs: number;
  annotations: {
    /** Folder for sidecar files relative to the workspace folder; empty keeps each beside its article. */
    folder: string;
    /** Name recorded as the author of annotation changes; empty uses the operating-system user. */
    author: string;
  };
  /** How an annotation's status is shown in the text. */
  inlineStatus: 'inlayHints' | 'off';
  attributions: {
    /** People whose first mention needs no role or organisation ("Vladimir Putin"): the newsroom's style. */
    wellKnown: string[];
  };
}

export const defaultSettings: FactcheckSettings = {
  enable: true,
  languages: ['markdown', 'plaintext'],
  severity: defaultSeverities,
  claims: { threshold: 0.5 },
  debounceMs: 150,
  annotations: { folder: '', author: '' },
  inlineStatus: 'inlayHints',
  attributions: { wellKnown: [] },
};

/** At most this many well-known names are read, each at most 100 characters: a list for people, not a document. */
const wellKnownLimit = 2000;

const severityNames = new Set<SeverityName>(['error', 'warning', 'information', 'hint', 'off']);

function severity(value: unknown, fallback: SeverityName): SeverityName {
  return typeof value === 'string' && severityNames.has(value as SeverityName) ? (value as SeverityName) : fallback;
}

/** Validates a raw `factcheck` configuration object; anything missing or malformed takes its default. */
export function normalizeSettings(raw: unknown): FactcheckSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  const sev = (r.severity && typeof r.severity === 'object' ? r.severity : {}) as Record<string, unknown>;
  const threshold = Number(r.claims?.threshold);
  const debounce = Number(r.debounceMs);
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : defaultSettings.enable,
    languages: Array.isArray(r.languages) && r.languages.every((l: unknown) => typeof l === 'string') ? r.languages : defaultSettings.languages,
    severity: {
      figure: severity(sev.figure, defaultSeverities.figure),
      claim: severity(sev.claim, defaultSeverities.claim),
      unattributed: severity(sev.unattributed, defaultSeverities.unattributed),
      anonymous: severity(sev.anonymous, defaultSeverities.anonymous),
      incomplete: severity(sev.incomplete, defaultSeverities.incomplete),
    },
    claims: { threshold: Number.isFinite(threshold) && threshold >= 0 && threshold <= 1 ? threshold : defaultSettings.claims.threshold },
    debounceMs: Number.isFinite(debounce) && debounce >= 0 && debounce <= 5000 ? debounce : defaultSettings.debounceMs,
    annotations: {
      folder: typeof r.annotations?.folder === 'string' && !r.annotations.folder.includes('..') ? r.annotations.folder : defaultSettings.annotations.folder,
      author: typeof r.annotations?.author === 'string' ? r.annotations.author : defaultSettings.annotations.author,
    },
    inlineStatus: r.inlineStatus === 'off' ? 'off' : 'inlayHints',
    attributions: {
      wellKnown: Array.isArray(r.attributions?.wellKnown)
        ? r.attributions.wellKnown.filter((n: unknown): n is string => typeof n === 'string' && n.trim() !== '' && n.length <= 100).map((n: string) => n.trim()).slice(0, wellKnownLimit)
        : defaultSettings.attributions.wellKnown,
    },
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<FactcheckSettings>>();
  private supportsConfiguration = false;
  private globalSettings: FactcheckSettings = defaultSettings;

  constructor(private readonly connection: Connection) {}

  /** Called once with the client's capabilities. */
  setSupportsConfiguration(value: boolean): void {
    this.supportsConfiguration = value;
  }

  /** Clears the cache; `pushed` is the settings object of a client that pushes instead of being asked. */
  invalidate(pushed?: unknown): void {
    this.cache.clear();
    if (!this.supportsConfiguration && pushed && typeof pushed === 'object') {
      this.globalSettings = normalizeSettings((pushed as Record<string, unknown>).factcheck);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  get(uri: string): Promise<FactcheckSettings> {
    if (!this.supportsConfiguration) return Promise.resolve(this.globalSettings);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'factcheck' })
        .then(normalizeSettings, () => defaultSettings);
      this.cache.set(uri, settings);
    }
    return settings;
  }
}
