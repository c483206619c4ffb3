import type { ExchangeMessages } from '../en/exchange';

export const exchangeJa = {
  heading: '呼び出し',
  sources: {
    http: 'HTTP のやり取り',
    'curl-verbose': 'curl -v の出力',
    'curl-command': 'curl コマンド',
    powershell: 'PowerShell コマンド',
    fetch: 'fetch のコード',
    'www-authenticate': 'WWW-Authenticate ヘッダー',
    'api-error': 'API のエラーメッセージ',
    'har-entry': 'HAR のエントリ',
  },
  request: 'リクエスト',
  status: 'ステータス',
  api: 'API',
  apiNames: { graph: 'Microsoft Graph', arm: 'Azure Resource Manager', custom: '独自の API' },
  apiHint: '下の診断はこの API を前提に始まります。違う場合は診断の欄で変更してください。',
  scheme: 'Authorization のスキーム',
  dpop: 'リクエストには DPoP 証明が付いていました（RFC 9449）。',
  variable: (name: string) =>
    `このコードではトークンは変数 ${name} で、値ではありません。デコードするにはトークンそのものを貼り付けてください。`,
  noToken: 'このリクエストにはトークンが付いていません。',
  basic: 'Basic 認証情報（パスワード）が送られていました。表示しません。',
  omitted: (names: string) => `除外しました（表示も共有もしません）: ${names}`,
  challenge: 'WWW-Authenticate',
  challengeError: 'error',
  challengeDescription: 'error_description',
  challengeOther: 'その他のパラメーター',
  challengeClaims: '要求されたクレーム（デコード済み）',
  challengeUnreadable: 'この WWW-Authenticate の値は読み取れませんでした。',
  bearerErrors: {
    invalid_token: 'invalid_token: API がトークン自体を拒否しました（期限切れ、audience や issuer の違い、署名の不正）。RFC 6750 §3.1。',
    insufficient_scope: 'insufficient_scope: トークンは有効ですが、この呼び出しに必要なアクセス許可がありません。RFC 6750 §3.1。',
    invalid_request: 'invalid_request: リクエストの形式が不正です（トークンを二重に送った、送る場所が違うなど）。RFC 6750 §3.1。',
    insufficient_claims:
      'insufficient_claims: クレームチャレンジ（条件付きアクセスまたは継続的アクセス評価）です。下のクレームを指定して新しいトークンを取得してください。',
    use_dpop_nonce: 'use_dpop_nonce: サーバーが送った nonce を含む DPoP 証明を求めています（RFC 9449 §9）。',
    invalid_dpop_proof: 'invalid_dpop_proof: DPoP 証明が拒否されました（RFC 9449 §7.1）。',
  },
  bareChallenge:
    'error のないチャレンジです。API は使えるトークンを受け取っていません（ヘッダーがない、スキームが違う、プロキシが削除したなど）。RFC 6750 §3.1。',
  body: 'レスポンス本文',
  errorsHeading: 'API のエラーメッセージ',
  sourceNames: {
    identitymodel: 'Microsoft.IdentityModel',
    graph: 'Microsoft Graph',
    jsonwebtoken: 'Node jsonwebtoken',
    jose: 'jose',
    spring: 'Spring Security',
    pyjwt: 'PyJWT',
  },
  piiHidden:
    'メッセージの値が伏せられています（PII is hidden）。下のトークンと比べるか、開発環境に限り IdentityModelEventSource.ShowPII = true にしてください。',
  inToken: 'このトークンでは',
  checks: {
    audMatch: (aud: string) =>
      `aud は ${aud} で、API が受け付ける audience に含まれています。API の設定とトークンの発行者を確認してください。`,
    audMismatch: (aud: string, expected: string) => `aud は ${aud} ですが、API は ${expected} を期待しています。`,
    aud: (aud: string) => `aud は ${aud || '（なし）'} です。`,
    iss: (iss: string) => `iss は ${iss || '（なし）'} です。`,
    issMismatch: (iss: string, expected: string) => `iss は ${iss} ですが、API は ${expected} を期待しています。`,
    expPast: (when: string) => `exp によるとトークンは${when}に期限切れになりました。`,
    expFuture: (when: string) => `exp は${when}です。このページの時計では期限切れではありません。サーバーの時計を確認してください。`,
    expAbsent: 'トークンに exp クレームがありません。',
    nbfFuture: (when: string) => `nbf は${when}です。このページの時計でもまだ有効ではありません。`,
    nbfPast: 'このページの時計では nbf を過ぎています。サーバーの時計が遅れている可能性があります。',
    kidMismatch: (kid: string, reported: string) => `ヘッダーの kid は ${kid} ですが、メッセージは ${reported} を示しています。`,
    kid: (kid: string) => `ヘッダーの kid は ${kid || '（なし）'} です。発行者の JWKS にこの kid があるか確認してください。`,
    alg: (alg: string) => `ヘッダーの alg は ${alg || '（なし）'} です。`,
    claimPresent: (claim: string) => `トークンには ${claim} があります。`,
    claimAbsent: (claim: string) => `トークンに ${claim} クレームがありません。`,
    signature: (present: boolean) => (present ? 'トークンには署名があります。' : 'トークンに署名がありません。'),
    scopes: (scp: string, roles: string) => `scp: ${scp || '（なし）'}、roles: ${roles || '（なし）'}。`,
  },
  kinds: {
    audience: {
      title: 'audience が受け付けられません',
      check:
        'aud と API が受け付ける audience（アプリ ID URI またはクライアント ID）を比べてください。別のリソースではなく、その API のスコープでトークンを要求します。',
    },
    'audience-missing': {
      title: 'audience がありません',
      check:
        'API が確認できる aud がありません。API 向けのアクセストークンを要求してください（ID トークンや aud のないトークンは使えません）。',
    },
    issuer: {
      title: '発行者が受け付けられません',
      check:
        'iss と API が信頼する発行者を比べてください。v1.0 のトークンは sts.windows.net、v2.0 は login.microsoftonline.com/…/v2.0 から発行され、テナントごとに異なります。',
    },
    'validation-not-configured': {
      title: 'API の設定がありません',
      check: 'API に有効な audience または issuer が設定されていません。トークンに問題はなく、API の検証設定を直す必要があります。',
    },
    expired: {
      title: 'トークンの期限切れ',
      check:
        'exp と現在時刻を、API が許す時計のずれも含めて比べてください。古いトークンを使い回さず、新しいトークンを取得（リフレッシュ）します。',
    },
    'not-yet-valid': {
      title: 'トークンがまだ有効ではありません',
      check: 'API から見て nbf が未来です。どちらかの時計、たいていはサーバーの時計がずれています。',
    },
    'lifetime-invalid': {
      title: '有効期間を読み取れません',
      check: 'exp がない、または nbf が exp より後です。有効期間のクレームを確認してください。',
    },
    'lifetime-custom': {
      title: '独自の有効期間チェックで失敗',
      check: 'API 独自の LifetimeValidator が false を返しました。そのコードを確認し、次に exp と nbf を見てください。',
    },
    'key-not-found': {
      title: '署名鍵が見つかりません',
      check:
        'API はトークンの kid を持つ鍵を持っていません。別の発行者やテナントのトークン、鍵のローテーション後に古い鍵キャッシュを使っている、または別のリソース向けのトークン（Graph 用トークンは独自 API では検証できません）が考えられます。',
    },
    'keys-not-configured': {
      title: 'API に鍵がありません',
      check: 'API が署名鍵を読み込めませんでした（メタデータのアドレス、ネットワーク、設定）。トークン自体は正しい可能性があります。',
    },
    'signature-invalid': {
      title: '署名が不正です',
      check:
        '鍵は一致しましたが署名を検証できませんでした。トークンが改変された、Graph 用トークン（nonce 変換付きで署名）である、または API が誤った鍵を使っています。上で検証してください。',
    },
    'signature-missing': {
      title: '署名がありません',
      check: 'トークンに署名がありません（alg none または空の署名）。API は拒否します。署名なしで共有したリンクのトークンもこの状態です。',
    },
    'algorithm-not-allowed': {
      title: '許可されていないアルゴリズム',
      check: 'ヘッダーの alg は API が受け付けるものではありません。API が許可するアルゴリズムと比べてください。',
    },
    malformed: {
      title: '正しい形式の JWT ではありません',
      check:
        'API はコンパクト形式の JWT を受け取っていません。引用符、二重の「Bearer 」、途中で切れたトークン、不透明なトークンを確認してください。',
    },
    'token-missing': {
      title: 'トークンがありません',
      check:
        '検証処理にトークンが届いていません。Authorization ヘッダーが送られているか、綴りは正しいか、プロキシに削除されていないかを確認してください。',
    },
    'claim-missing': {
      title: '必須のクレームがありません',
      check: 'API が必要とするクレームがトークンにありません。メッセージにあるクレーム名を確認してください。',
    },
    'graph-invalid-token': {
      title: 'Graph がトークンを拒否しました',
      check:
        'Graph はトークンを検証できませんでした。aud が https://graph.microsoft.com（または 00000003-0000-0000-c000-000000000000）か、exp、発行者のテナントを確認してください。',
    },
    'graph-opaque-token': {
      title: 'Graph がトークンを解析できません',
      check:
        'Graph はここで解析できないトークンを受け取りました。個人アカウント（MSA）のトークンを職場・学校向けのエンドポイントに送った場合や、別のリソース向けのトークンであることがよくあります。',
    },
    'graph-denied': {
      title: 'アクセス許可が不足しています',
      check:
        'トークンは有効ですが、この呼び出しに必要なアクセス許可がありません。scp（委任）または roles（アプリケーション）を Graph API リファレンスに記載の許可と比べ、同意を付与してください。',
    },
    'graph-no-permissions': {
      title: 'トークンにアクセス許可がありません',
      check:
        'トークンに scp も roles もありません。Graph のスコープ（委任）を要求するか、アプリケーションの許可を付与して /.default（クライアント資格情報）を使ってください。',
    },
    'graph-app-not-found': {
      title: '呼び出し元アプリがこのテナントにありません',
      check:
        'アプリのサービスプリンシパルがテナントにありません（未同意または削除済み）。管理者が同意を付与してから、新しいトークンを要求してください。',
    },
    'unknown-idx': {
      title: 'Microsoft.IdentityModel のエラー',
      check: 'この IDX コードはオフラインの一覧にありません。https://aka.ms/IdentityModel で調べ、メッセージとトークンを比べてください。',
    },
  },
  har: {
    heading: 'HAR ファイル',
    open: 'HAR ファイルを開く',
    drop: 'または .har ファイルをここにドロップしてください。ページ内で読み込み、アップロードはしません。',
    reading: 'HAR ファイルを読み込んでいます…',
    requests: 'トークン付き・拒否されたリクエスト',
    summary: (listed: number, total: number, folded: number) =>
      `${total} 件中 ${listed} 件を表示。トークンも 401/403 も返されたトークンもない ${folded} 件は省略しました。`,
    creator: (name: string) => `${name} でエクスポートされました。`,
    sanitized:
      'この HAR には Authorization ヘッダーを持つリクエストがありません。最近の Chrome と Edge はエクスポート時に削除します。トークンを残すには「Export HAR (with sensitive data)」を使ってください。',
    columns: { method: 'メソッド', url: 'URL', status: 'ステータス', token: 'トークン' },
    reasons: { token: 'トークン送信', denied: '拒否', 'token-response': 'トークン発行' },
    audience: (aud: string) => `aud ${aud}`,
    select: (method: string, url: string) => `${method} ${url} を表示`,
    hidden: 'Cookie、リクエスト本文、その他のヘッダーは表示しません。',
    errors: {
      json_invalid: (d: string) => `この HAR ファイルは正しい JSON ではありません: ${d}`,
      not_har: () => 'この JSON は HAR ファイルではありません（log.entries がありません）。',
      worker: (d: string) => `HAR ファイルを読み込めませんでした: ${d}`,
    },
    selected: (method: string, url: string) => `選択中: ${method} ${url}`,
  },
} satisfies ExchangeMessages;
