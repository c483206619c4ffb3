import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type FlowSettings } from '../../core/flow/flow-settings';
import { settingsFromFragment } from '../../core/flow/share-flow';
import { rememberSettings, rememberedSettings } from './flow-storage';

/**
 * The form's settings, first from the sign-in that just came back, else a `#flow=` link, else what
 * this device remembers (only if the person asked), else defaults. While "Remember on this device"
 * is ticked, changes are remembered; unticking forgets them at once. A `#flow=` link opened while
 * the view is already showing (pasted into the address bar) replaces the settings too.
 */
export function useFlowSettings(returned: FlowSettings | null) {
  const [settings, setSettings] = useState<FlowSettings>(
    () => returned ?? settingsFromFragment(window.location.hash) ?? rememberedSettings() ?? DEFAULT_SETTINGS,
  );
  const [remember, setRemember] = useState(() => rememberedSettings() !== null);
  useEffect(() => {
    const onHash = () => {
      const linked = settingsFromFragment(window.location.hash);
      if (linked !== null) setSettings(linked);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    rememberSettings(remember ? settings : null);
  }, [remember, settings]);
  return { settings, setSettings, remember, setRemember };
}
