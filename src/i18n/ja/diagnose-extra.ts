import type { FindingEvidence } from '../../core/diagnose/finding';
import { apiNamesJa } from './api-names';

// The shape of FindingText (en/diagnose.ts), restated so the two files do not import each other.
type FindingText<E> = { title: string; detail: (evidence: E) => string; action: (evidence: E) => string };
type ExtraId =
  | 'app-only-without-oid'
  | 'no-token-received'
  | 'personal-account-guest'
  | 'b2c-permission-not-granted'
  | 'b2c-no-resource-scope'
  | 'used-to-work';
const list = (items: readonly string[]) => (items.length === 0 ? '(なし)' : items.join('、'));

/** issue 11 で追加した診断結果の日本語テキスト。 */
export const diagnoseExtraTextsJa = {
  'app-only-without-oid': {
    title: 'このテナントにアプリのサービス プリンシパルがありません',
    detail: (e) =>
      `このアプリ専用トークンには oid クレームがありません。アプリ専用トークンの oid はクライアントのサービス プリンシパルのオブジェクト ID です。これがないということは、アプリ${e.appId === '' ? '' : ` (${e.appId})`} がテナントにエンタープライズ アプリケーションとして登録されておらず、Microsoft Graph は 401「identity of the calling application could not be established」を返します。`,
    action: () =>
      'トークンを発行するテナントにサービス プリンシパルを作成してください。管理者の同意を付与する (マルチテナント アプリならそのテナントの管理者の同意 URL を使う) か、New-MgServicePrincipal -AppId {クライアント ID} で作成し、新しいトークンを要求します。',
  },
  'no-token-received': {
    title: 'API は使えるトークンを受け取っていません',
    detail: (e) =>
      `API はエラー コードなしで「${e.challenge}」と応答しました。RFC 6750 §3.1 では、これは要求に認証情報がなかったことを意味します。トークンが API に届いていません。`,
    action: () =>
      'ヘッダーを「Authorization: Bearer {アクセス トークン}」(スキームと空白 1 つ) のとおりに送り、クライアントが実際に付けているか (ネットワーク タブ)、プロキシやゲートウェイ、リダイレクトで Authorization ヘッダーが落ちていないかを確認してください。',
  },
  'personal-account-guest': {
    title: '個人の Microsoft アカウントがゲストとしてサインインしています',
    detail: (e) =>
      `idp は ${e.idp} です。ユーザーは個人アカウントで認証し、テナント ${e.tid} のゲストになっています。職場・学校アカウント専用の ${e.api === 'unknown' ? 'API' : apiNamesJa[e.api]} や機能は、職場のテナントであってもこうしたユーザーを拒否することがあります。`,
    action: () =>
      'ユーザーを職場・学校アカウントで招待するか、その API が個人アカウントのゲストに対応しているか確認してください (対応していない Microsoft の API やライセンスもあります)。',
  },
  'b2c-permission-not-granted': {
    title: 'Azure AD B2C はこのアクセス許可をクライアントに付与していません',
    detail: (e) =>
      `${e.required} が scp にありません (付与済み: ${list(e.granted)})。B2C の scp には、クライアントに付与されたアクセス許可だけが入ります。多めに要求しても 1 つでも付与されていれば成功します。B2C はユーザーに同意を求めません。`,
    action: () =>
      'B2C テナントでクライアント アプリの API のアクセス許可を開き、API のスコープを追加して管理者の同意を付与してから、新しいトークンを取得してください。1 回の要求で指定するのは 1 つの API のスコープだけにします。',
  },
  'b2c-no-resource-scope': {
    title: 'B2C のトークンに API のアクセス許可がありません',
    detail: (e) =>
      `scp クレームがありません (aud: ${list(e.audience)})。要求で API のスコープが指定されておらず、openid / offline_access かクライアント自身の ID だけでした。`,
    action: () =>
      'openid や offline_access と並べて、API の完全なスコープ (例: https://{tenant}.onmicrosoft.com/{api}/read) を要求に追加してください。response_type=token ではこのようなリソースのスコープが少なくとも 1 つ必要で、1 回の要求で指定できる API は 1 つだけです。',
  },
  'used-to-work': {
    title: '以前は動いていた: コードを変えなくても変わるもの',
    detail: (e) =>
      `現在のトークン: バージョン ${e.tokenVersion === '' ? '(ver なし)' : e.tokenVersion}、kid ${e.kid === '' ? '(なし)' : e.kid}、発行者 ${e.issuer === '' ? '(なし)' : e.issuer}。動いていた頃のトークンと比べてください。署名キーはローテーションし、シークレットや証明書は期限切れになり、マニフェストの編集 (requestedAccessTokenVersion) でトークンのバージョンと発行者が変わります。`,
    action: () =>
      '検証側がメタデータからキーを取得するようにしてください (キーを固定しない。アプリ固有の署名キーでは ?appid={クライアント ID} 付きのメタデータを使う)。クライアント シークレットや証明書の期限 (AADSTS7000222) を確認し、バージョンが変わったなら requestedAccessTokenVersion を API が検証する発行者に合わせてください。',
  },
} satisfies { [K in ExtraId]: FindingText<FindingEvidence[K]> };
