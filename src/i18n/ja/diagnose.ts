import { API_NAMES } from '../names';
import { firstPartyResource } from '../../core/claims/well-known-ids';
import { formatDuration, formatRelative } from '../format';
import type { FindingTexts } from '../en/diagnose';
import type { ClaimsRequirementKind } from '../../core/diagnose/claims-request';
import type { ApiKind, ChallengeProblem } from '../../core/diagnose/finding';
import type { AppOnlySignal, IdTokenSignal } from '../../core/diagnose/token-facts';
import { diagnoseExtraTextsJa } from './diagnose-extra';

const apiNames = { ...API_NAMES, custom: '自分の API' } satisfies Record<ApiKind, string>;

const appOnlySignals = {
  'idtyp=app': 'idtyp が "app" です',
  'no-scp': 'scp クレームがありません',
  roles: 'roles にアプリケーションのアクセス許可が入っています',
  'oid=sub': 'oid と sub が同じで、主体がアプリ自身です',
  'sub=client': 'sub がクライアント ID と同じで、主体がアプリ自身です',
} satisfies Record<AppOnlySignal, string>;

const idTokenSignals = {
  nonce: 'サインイン要求の nonce を含んでいます',
  at_hash: 'at_hash を含んでいます',
  c_hash: 'c_hash を含んでいます',
  'no-client-id': 'クライアント アプリ (appid / azp) の記載がなく、scp もありません',
  'typed-id': '発行元が ID トークンとして示しています',
} satisfies Record<IdTokenSignal, string>;

export const claimsRequirementTextsJa = {
  'cae-revocation':
    '取り消しイベント (パスワード変更、ユーザーの無効化、サインアウトなど) より後に発行されたトークン (継続的アクセス評価: CAE)',
  'auth-context': '条件付きアクセスの認証コンテキストによるステップアップ',
  'client-capabilities': 'クライアント機能のクレーム (xms_cc)',
  'other-claim': 'その他のクレーム',
} satisfies Record<ClaimsRequirementKind, string>;

export const challengeProblemTextsJa = {
  empty: 'ヘッダーが空です',
  'expected-scheme': '認証スキーム (Bearer など) があるべき位置にありません',
  'unterminated-quote': '引用符で囲まれた値が閉じられていません',
  'unexpected-character': 'パラメーターの間に予期しない文字があります',
  'invalid-base64': 'claims の値が正しい base64 ではありません',
  'invalid-utf8': 'デコードした claims の値が UTF-8 のテキストではありません',
  'not-json': 'デコードした claims の値が JSON ではありません',
  'not-object': 'デコードした claims の値は JSON ですがオブジェクトではありません',
  'missing-claims': 'error="insufficient_claims" があるのに claims パラメーターがありません',
} satisfies Record<ChallengeProblem, string>;

const list = (items: readonly string[]) => (items.length === 0 ? '(なし)' : items.join('、'));
const utc = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/** 診断結果ごとの日本語テキスト。 */
export const diagnoseTextsJa = {
  'token-expired': {
    title: 'トークンの有効期限が切れています',
    detail: (e) =>
      `exp は ${utc(e.exp)} で、${formatRelative('ja', e.now, e.exp)}に期限切れになりました (許容する時刻のずれ: ${formatDuration('ja', e.skewSeconds)})。期限切れのトークンに対して API は 401 を返します。`,
    action: () =>
      '新しいトークンを取得してください。MSAL を使う場合は、トークンを自分で保持せず、要求のたびに acquireTokenSilent を呼び出します。必要に応じて自動で更新されます。',
  },
  'token-not-yet-valid': {
    title: 'トークンはまだ有効になっていません',
    detail: (e) =>
      `nbf は ${utc(e.nbf)} で、${formatDuration('ja', e.skewSeconds)}のずれを許容しても ${formatRelative('ja', e.now, e.nbf)}です。発行元と検証するマシンの時計が合っていません。`,
    action: () => 'トークンを検証するマシンの時計を NTP で同期してください。数分のずれでも検証は失敗します。',
  },
  'audience-mismatch': {
    title: 'トークンは別の API 向けに発行されています',
    detail: (e) =>
      `aud は ${list(e.audience)}${e.audienceResource === 'unknown' ? '' : ` (${firstPartyResource(e.audienceResource).name})`} ですが、呼び出し先は ${apiNames[e.api]} で、期待される値は ${list(e.expected)} です。API は aud が自分自身でないトークンを拒否します。`,
    action: (e) =>
      `呼び出す API 向けにトークンを要求してください。scope にはその API を指定します (${e.api === 'graph' ? '例: https://graph.microsoft.com/.default や User.Read' : e.api === 'arm' ? 'https://management.azure.com/.default' : e.api === 'sharepoint' ? 'https://{テナント}.sharepoint.com/.default' : e.api === 'exchange' ? 'https://outlook.office365.com/.default' : '例: api://{API の ID}/access_as_user'})。1 つのアクセス トークンが使えるのは 1 つの API だけです。`,
  },
  'graph-token-for-custom-api': {
    title: 'Microsoft Graph 用のトークンを自分の API で使っています',
    detail: (e) =>
      `${e.signals.map((s) => (s === 'aud' ? 'aud が Microsoft Graph を指しています' : 'ヘッダーに Graph 専用の nonce があります')).join('。また、')}。Graph 用のトークンは Graph だけが使うもので、標準のライブラリでは署名を検証できません。受け入れると、別サービス向けのトークンで API を操作される危険があります。`,
    action: () =>
      'API のアプリ登録で「API の公開」からスコープを定義し、クライアントにそのスコープ (api://{API の ID}/{スコープ}) でトークンを要求させてください。API 側では aud が自分であることを確認します。',
  },
  'token-version-mismatch': {
    title: 'トークンのバージョンが API の想定と異なります',
    detail: (e) =>
      `トークンは v${e.tokenVersion} (iss: ${e.issuer || 'なし'}) ですが、API は v${e.expectedVersion} のトークンを想定しており、その発行者は ${e.expectedIssuer} の形式です。`,
    action: () =>
      'アクセス トークンのバージョンは、クライアントが使ったエンドポイントではなく API のアプリ登録で決まります。API のマニフェストの requestedAccessTokenVersion (旧名 accessTokenAcceptedVersion) を設定する (v2 なら 2、v1 なら null か 1) か、実際に届くバージョンの発行者とメタデータで検証するよう構成してください。',
  },
  'app-only-token-for-delegated': {
    title: '委任されたアクセス許可が必要な場面でアプリ専用トークンを使っています',
    detail: (e) =>
      `このトークンにはサインインしたユーザーがいません: ${e.signals.map((s) => appOnlySignals[s]).join('。')}${e.roles.length > 0 ? ` (${list(e.roles)})` : ''}。こうしたトークンはクライアント資格情報フローで発行され、委任されたアクセス許可を含みません。`,
    action: () =>
      '認可コード フロー (中間層なら On-Behalf-Of) でユーザーをサインインさせ、scp を含むトークンを取得してください。あるいはアプリケーションのアクセス許可に切り替え、管理者の同意を付与します。',
  },
  'delegated-token-for-application': {
    title: 'アプリケーションのアクセス許可が必要な場面でユーザーのトークンを使っています',
    detail: (e) =>
      `トークンに scp (${list(e.scopes)}) があるため、サインインしたユーザー向けに発行されたものです。アプリケーションのアクセス許可は、クライアント資格情報フローのトークンの roles にだけ入ります。`,
    action: () =>
      '管理者がアプリケーションのアクセス許可に同意したうえで、scope を {API}/.default にしてクライアント資格情報フローを使ってください。または委任版のアクセス許可を要求して同意を得ます。',
  },
  'permission-missing': {
    title: '必要なアクセス許可がトークンに含まれていません',
    detail: (e) =>
      `${e.required} が ${e.claim} にありません (トークンにあるもの: ${list(e.granted)})。API は${e.claim === 'scp' ? '委任アクセスでは scp' : 'アプリ専用アクセスでは roles'} でアクセス許可を確認します。`,
    action: (e) =>
      e.claim === 'scp'
        ? 'クライアントの「API のアクセス許可」に委任されたアクセス許可を追加し、要求する scope に含め、ユーザーか管理者の同意を得てください。そのあと新しいトークンを取得します。'
        : 'クライアントの「API のアクセス許可」にアプリケーションのアクセス許可を追加し、管理者の同意を付与してください。roles は発行時に決まるため、そのあと新しいトークンを取得します。',
  },
  'no-permissions-in-token': {
    title: 'アプリ専用トークンにアクセス許可が入っていません',
    detail: (e) =>
      `roles クレームがありません。アプリに ${e.api === 'unknown' ? 'この API' : apiNames[e.api]} のアプリケーションのアクセス許可がないか、管理者の同意がまだ付与されていません。`,
    action: () =>
      'アプリ登録にアプリケーションのアクセス許可を追加して管理者の同意を付与し、scope を {API}/.default にして新しいトークンを取得してください。',
  },
  'personal-account-token': {
    title: '個人の Microsoft アカウントのトークンです',
    detail: (e) =>
      `テナントはコンシューマー テナント${e.tid === '' ? '' : ` (${e.tid})`} で、Outlook.com や Xbox などの個人アカウントでサインインしています。${e.api === 'graph' ? 'Microsoft Graph の多くの API は職場または学校アカウント専用で、401 を返します。' : e.api === 'arm' ? 'Azure Resource Manager は職場または学校アカウントしか受け付けません。' : '職場または学校アカウント専用の API はこのトークンを拒否します。'}`,
    action: () =>
      '職場または学校アカウントでサインインしてください (/organizations の authority を使うと個人アカウントを除外できます)。または API の登録と検証で個人アカウントを許可します。',
  },
  'privileged-operation-app-only': {
    title: 'パスワードのリセットは、アプリ専用トークンではなくサインインした管理者で行う操作です',
    detail: (e) =>
      `${e.trigger === 'password-reset' ? 'パスワードのリセット操作です' : `${e.trigger} はパスワードまたは認証方法の操作を示しています`}。Microsoft Graph のトラブルシューティング ガイドでは、これらの呼び出しにはサインインした管理者による委任フローが必要とされています。認証方法の resetPassword API にはアプリケーションのアクセス許可がなく、Directory.AccessAsUser.All も委任されたアクセス許可としてしか存在しません。アプリ専用でユーザーの passwordProfile を更新できるのは、アプリのサービス プリンシパル自体にユーザー管理者などの管理者ロールがある場合だけです。`,
    action: () =>
      'パスワードをリセットできるロールを持つ管理者としてサインインし、委任されたトークン (認可コード フロー) でリセットしてください。アプリ専用のままにする必要がある場合は、User.ReadWrite.All で passwordProfile を更新し、サービス プリンシパルに適切なディレクトリ ロールを割り当てます。',
  },
  'privileged-operation-no-admin-role': {
    title: 'サインインしたユーザーに、この操作を許可する管理者ロールがありません',
    detail: (e) =>
      `wids には ${list(e.wids)} があります。パスワードのリセットや認証方法の管理ができるロール (${list(e.eligibleRoles)}) はどれも含まれていません。`,
    action: () =>
      'これらのロールのいずれかを持つユーザーでサインインし (PIM の対象ロールなら先にアクティブ化)、新しいトークンを取得してください。wids は発行時点のロールを表します。',
  },
  'privileged-operation-role-unknown': {
    title: 'ユーザーが管理者ロールを持っているか判断できません',
    detail: (e) =>
      `トークンに wids クレームがないため、ユーザーのディレクトリ ロールが分かりません。この操作には ${list(e.eligibleRoles)} などのロールを持つ管理者のサインインが必要です。`,
    action: () =>
      'Entra ID でユーザーのロールの割り当てを確認してください。groupMembershipClaims を DirectoryRole または All にすると、wids がトークンに入ります。',
  },
  'id-token-as-access-token': {
    title: 'アクセス トークンの代わりに ID トークンを送っています',
    detail: (e) =>
      `これは ID トークンのようです: ${e.signals.map((s) => idTokenSignals[s]).join('。')}。ID トークンはクライアント アプリにサインインしたユーザーを伝えるもので、aud (${list(e.audience)}) は API ではなくクライアント自身です。`,
    action: () =>
      'トークン応答の access_token を送ってください。API のスコープを指定して要求し、MSAL なら acquireTokenSilent に scopes を渡して idToken ではなく result.accessToken を使います。',
  },
  'groups-overage': {
    title: 'groups クレームが省略されています (グループ超過)',
    detail: (e) =>
      e.source === 'claim-names'
        ? `ユーザーの所属グループがトークンに収まらないため、groups の代わりに _claim_names / _claim_sources の参照先${e.endpoint === '' ? '' : ` (${e.endpoint})`} が入っています。groups に基づくチェックは、メンバーであっても失敗します。`
        : 'groups の代わりに hasgroups=true が入っています。暗黙的フローではグループの一覧でリダイレクト URL が長くなりすぎるためです。groups に基づくチェックは、メンバーであっても失敗します。',
    action: () =>
      'グループのメンバーシップは旧エンドポイントではなく Microsoft Graph (/me/transitiveMemberOf や getMemberObjects など) から取得してください。グループに割り当てたアプリ ロールを使うか、アプリに割り当てたグループだけを出力する方法もあります。',
  },
  'claims-challenge': {
    title: 'API がクレーム チャレンジを返しました (条件付きアクセスまたは CAE)',
    detail: (e) =>
      `リソースが求めているもの: ${e.requirements.map((r) => claimsRequirementTextsJa[r]).join('、')}${e.authContext.length > 0 ? `。要求された認証コンテキスト: ${list(e.authContext)}${e.missingAuthContext.length > 0 ? ` (このトークンの acrs には ${list(e.missingAuthContext)} がありません)` : ''}` : ''}。要求されたクレーム: ${e.claimsJson}`,
    action: (e) =>
      `同じトークンで再試行しないでください。対話型で新しいトークンを取得し、/authorize に claims=${e.claimsParameter} を渡します (MSAL なら acquireTokenPopup / acquireTokenRedirect の claims オプション)。`,
  },
  'claims-challenge-unreadable': {
    title: 'WWW-Authenticate ヘッダーを読み取れませんでした',
    detail: (e) => `${challengeProblemTextsJa[e.problem]}。そのため内容を解釈できません。`,
    action: () =>
      'API が返したヘッダーの値を、ブラウザーのネットワーク タブなどからそのまま全部貼り付けてください。claims の値の途中に改行を入れないようにします。',
  },
  'insufficient-scope-reported': {
    title: 'API はトークンのアクセス許可が足りないと応答しています',
    detail: (e) =>
      `応答に error="insufficient_scope" があります${e.scope === '' ? '' : `。必要なスコープ: ${e.scope}`}${e.description === '' ? '' : ` (${e.description})`}。`,
    action: () =>
      '必要なアクセス許可を含むトークンを要求し、同意済みであることを確認してください。新しいトークンの scp または roles に含まれているかを確かめます。',
  },
  'invalid-token-reported': {
    title: 'API はトークンを無効として拒否しました',
    detail: (e) =>
      `応答に error="invalid_token" があります${e.description === '' ? '' : `: ${e.description}`}。よくある原因は、期限切れ、オーディエンスや発行者の誤り、署名検証の失敗です。`,
    action: () =>
      'ほかの診断結果と検証結果 (署名、発行者、オーディエンス、有効期間) を確認し、正しい API 向けに新しいトークンを取得してください。',
  },
  ...diagnoseExtraTextsJa,
} satisfies FindingTexts;
