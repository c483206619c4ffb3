import { useEffect, useMemo, useState } from 'react';
import { useCatalog } from '../../i18n/i18n';
import { getTokenEn } from '../../i18n/en/get-token';
import { Panel } from '../../components/ui/panel';
import { useOfflineMode } from '../../lib/offline-mode';
import { redirectUriFor } from '../../core/flow/flow-settings';
import { resolveIssuerInput } from '../../core/flow/issuer-input';
import { authorizationParams, checkSettings } from '../../core/flow/authorization-request';
import { FlowForm } from './flow-form';
import { OptionalParams } from './optional-params';
import { RequestPreview } from './request-preview';
import { SignInResult } from './sign-in-result';
import { RefreshControls } from './refresh-controls';
import { SignInActions } from './sign-in-actions';
import { handleSignInReturn, refreshTokens, type Outcome } from './sign-in-return';
import { freshRequestSecrets, type RequestSecrets } from './request-secrets';
import { useFlowMetadata } from './use-flow-metadata';
import { useFlowSettings } from './use-flow-settings';
import { catalogLoaders } from '../../i18n/catalogs';

const LOADERS = catalogLoaders('get-token');

const refreshTokenOf = (o: Outcome | null) => (o?.kind === 'answer' && o.answer.kind === 'tokens' ? o.answer.refreshToken : null);

/**
 * "Get a token": runs the authorization code flow with PKCE from this page (its own redirect URI),
 * shows the request before it is sent, and on return checks `state`, redeems the code and shows the
 * token response with the explorer's own views. Tokens stay in memory; nothing secret is stored.
 */
export default function GetTokenView() {
  const m = useCatalog(LOADERS) ?? getTokenEn;
  const offline = useOfflineMode();
  const [returned] = useState(handleSignInReturn);
  const { settings, setSettings, remember, setRemember } = useFlowSettings(returned?.settings ?? null);
  const [outcome, setOutcome] = useState<Outcome | null>(returned?.first ?? null);
  const [refreshToken, setRefreshToken] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [secrets, setSecrets] = useState<RequestSecrets | null>(null);
  const redirectUri = useMemo(() => redirectUriFor(window.location.href), []);

  useEffect(() => {
    let live = true;
    void freshRequestSecrets().then((s) => live && setSecrets(s));
    void returned?.done.then((o) => {
      if (!live) return;
      setOutcome(o);
      setRefreshToken(refreshTokenOf(o));
    });
    return () => {
      live = false;
    };
  }, [returned]);

  const issuer = resolveIssuerInput(settings.issuer);
  const metadata = useFlowMetadata(issuer.ok ? issuer.value.discoveryUrl : null);
  const errors = checkSettings(settings, redirectUri);
  const params = secrets && errors.length === 0 ? authorizationParams(settings, redirectUri, secrets) : [];

  const onRefresh = (scope: string) => {
    if (outcome === null || !('pending' in outcome) || refreshToken === null) return;
    setRefreshing(true);
    void refreshTokens(outcome.pending, refreshToken, scope).then((o) => {
      setRefreshing(false);
      setOutcome(o);
      setRefreshToken(refreshTokenOf(o) ?? refreshToken);
    });
  };

  return (
    <section aria-labelledby="get-token-title" className="grid gap-4">
      <div>
        <h2 id="get-token-title" className="text-xl font-semibold">
          {m.title}
        </h2>
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{m.intro}</p>
      </div>
      {offline ? (
        <p
          role="status"
          className="rounded border-l-4 border-amber-500 bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          {m.offline}
        </p>
      ) : null}
      {outcome ? (
        <Panel title={m.back.heading}>
          <div className="grid gap-3">
            <SignInResult m={m} outcome={outcome} />
            {refreshToken !== null && 'pending' in outcome ? (
              <RefreshControls m={m} busy={refreshing} disabled={offline} onRefresh={onRefresh} />
            ) : null}
          </div>
        </Panel>
      ) : null}
      <Panel title={m.form.heading}>
        <div className="grid gap-3">
          <FlowForm m={m} settings={settings} onChange={setSettings} redirectUri={redirectUri} />
          <OptionalParams m={m} settings={settings} onChange={setSettings} />
        </div>
      </Panel>
      <Panel title={m.request.heading}>
        <div className="grid gap-3">
          <RequestPreview
            m={m}
            endpoint={metadata.status === 'ready' ? metadata.metadata.authorizationEndpoint : null}
            s256Missing={metadata.status === 'ready' && !metadata.metadata.s256Supported}
            params={params}
          />
          <SignInActions
            m={m}
            settings={settings}
            redirectUri={redirectUri}
            issuer={issuer}
            metadata={metadata}
            errors={errors}
            secrets={secrets}
            params={params}
            offline={offline}
            remember={remember}
            onRemember={setRemember}
          />
        </div>
      </Panel>
    </section>
  );
}
