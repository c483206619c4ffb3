import { useId, useState } from 'react';
import type { FlowSettings } from '../../core/flow/flow-settings';
import type { IssuerInputResult } from '../../core/flow/issuer-input';
import { authorizationUrl, type RequestParam, type SettingsError } from '../../core/flow/authorization-request';
import { flowFragment } from '../../core/flow/share-flow';
import type { GetTokenMessages } from '../../i18n/en/get-token';
import { CopyButton } from '../../components/ui/copy-button';
import type { MetadataState } from './use-flow-metadata';
import type { RequestSecrets } from './request-secrets';
import { savePending, type SaveProblem } from './flow-storage';
import { problemLines } from './problem-lines';

type Props = {
  m: GetTokenMessages;
  settings: FlowSettings;
  redirectUri: string;
  issuer: IssuerInputResult;
  metadata: MetadataState;
  errors: readonly SettingsError[];
  secrets: RequestSecrets | null;
  params: readonly RequestParam[];
  offline: boolean;
  remember: boolean;
  onRemember: (on: boolean) => void;
};

/** What still blocks the sign-in, the "Sign in" button itself, "Remember on this device" and the share link. */
export function SignInActions({
  m,
  settings,
  redirectUri,
  issuer,
  metadata,
  errors,
  secrets,
  params,
  offline,
  remember,
  onRemember,
}: Props) {
  const id = useId();
  const [saveProblem, setSaveProblem] = useState<SaveProblem | null>(null);
  const lines = problemLines(m, issuer, metadata, errors);
  const ready = !offline && metadata.status === 'ready' && errors.length === 0 && secrets !== null && lines.length === 0;

  const signIn = () => {
    if (!ready || metadata.status !== 'ready' || secrets === null) return;
    const md = metadata.metadata;
    const saved = savePending({
      state: secrets.state,
      nonce: secrets.nonce,
      verifier: secrets.verifier,
      discoveryUrl: metadata.url,
      issuer: md.issuer,
      issParameter: md.issParameter,
      tokenEndpoint: md.tokenEndpoint,
      redirectUri,
      createdAt: Math.floor(Date.now() / 1000),
      settings,
    });
    if (!saved.ok) return setSaveProblem(saved.problem);
    setSaveProblem(null);
    window.location.assign(authorizationUrl(md, params));
  };

  return (
    <div className="grid gap-2">
      {lines.length > 0 ? (
        <ul id={`${id}-blocking`} className="list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
          {lines.map((line) => (
            <li key={line} className="wrap-anywhere">
              {line}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={!ready}
          aria-describedby={lines.length > 0 ? `${id}-blocking` : undefined}
          onClick={signIn}
          className="rounded bg-blue-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
        >
          {m.form.signIn}
        </button>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={remember} onChange={(e) => onRemember(e.target.checked)} aria-describedby={`${id}-remember`} />
          {m.form.remember}
        </label>
        <CopyButton text={`${redirectUri}${flowFragment(settings)}`} label={m.form.share} copiedLabel={m.form.copied} />
      </div>
      {saveProblem === 'storage_unavailable' ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {m.errors.storageUnavailable}
        </p>
      ) : null}
      <p id={`${id}-remember`} className="text-xs text-slate-600 dark:text-slate-400">
        {m.form.rememberHint} {m.form.shareHint}
      </p>
    </div>
  );
}
