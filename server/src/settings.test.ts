import { describe, expect, it } from 'vitest';
import { defaultSettings, normalizeSettings } from './settings.js';

describe('normalizeSettings', () => {
  it('takes the defaults for anything missing or malformed', () => {
    expect(normalizeSettings(undefined)).toEqual(defaultSettings);
    expect(normalizeSettings({ severity: { figure: 'loud' }, claims: { threshold: 2 }, debounceMs: -1, attributions: { wellKnown: 'Putin' } })).toEqual(defaultSettings);
  });

  it('reads the well-known people, trimmed, leaving out what is no name', () => {
    const read = normalizeSettings({ attributions: { wellKnown: [' Vladimir Putin ', '', 42, 'x'.repeat(101), 'Taylor Swift'] } });
    expect(read.attributions.wellKnown).toEqual(['Vladimir Putin', 'Taylor Swift']);
  });
});
