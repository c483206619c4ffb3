import type { GetTokenMessages } from '../en/get-token';

/** 「トークンを取得」ビューの日本語テキスト。 */
export const getTokenJa = {
  title: 'トークンを取得',
  intro:
    'このページから認可コードフロー (PKCE 付き) でサインインします。シングルページアプリケーションとして動作し、このページ自体がリダイレクト URI です。コードの引き換えはブラウザー内で行われ、トークンがこのページの外に出ることはありません。',
  offline:
    'このビューにはネットワークが必要です (サインインには ID プロバイダーとの通信が必要なため)。使うにはオフライン モードをオフにしてください。',
  form: {
    heading: '要求',
    issuer: '発行者 (Issuer)',
    issuerHint:
      '発行者 URL または探索 (discovery) URL。Microsoft Entra ではテナント ID、ドメイン、common、organizations、consumers も使えます。Azure AD B2C では「テナント/B2C_1_ユーザーフロー」の形式です。',
    clientId: 'クライアント ID',
    clientIdHint: 'このリダイレクト URI をパブリック クライアントとして許可しているアプリ登録のアプリケーション (クライアント) ID。',
    scopes: 'スコープ',
    scopesHint:
      'スペース区切り。Microsoft Graph なら https://graph.microsoft.com/User.Read、自分の API なら api://<アプリ ID URI>/<スコープ> または api://<アプリ ID URI>/.default。',
    redirectUri: 'リダイレクト URI',
    copyRedirect: 'コピー',
    copied: 'コピーしました',
    registerHeading: 'このリダイレクト URI を登録する',
    registerEntra:
      'Microsoft Entra の場合: アプリの登録 → 対象のアプリ → 認証 → プラットフォームを追加 → 「シングルページ アプリケーション」を選び、リダイレクト URI をそのまま貼り付けます。「Web」に登録するとコードはサーバーでしか引き換えられません (AADSTS9002326)。',
    registerOther:
      'その他のプロバイダー: クライアント シークレットを持たず PKCE を使えるパブリック クライアントの許可済みリダイレクト URI として登録し、必要なら CORS でこのオリジンを許可してください。',
    noSecret:
      'クライアント シークレットの入力欄は意図的にありません。ページはシークレットを守れないためです。機密クライアント (Web アプリ、デーモン) はサーバー側でシークレットや証明書を使ってコードを引き換えます。そうしたフローはサーバーで実行してください。',
    optional: '省略可能なパラメーター',
    responseMode: '応答モード',
    responseModes: { '': 'プロバイダーの既定 (query)', query: 'query', fragment: 'fragment' },
    prompt: 'prompt',
    prompts: { '': '(指定なし)', login: 'login', consent: 'consent', select_account: 'select_account', none: 'none', create: 'create' },
    loginHint: 'login_hint',
    domainHint: 'domain_hint',
    claims: 'クレーム要求 (JSON)',
    claimsHint: 'OpenID Connect のクレーム要求。たとえば条件付きアクセスの認証コンテキストへのステップアップに使います。',
    authContext: '認証コンテキスト ID',
    addAuthContext: 'この認証コンテキストを要求する',
    authContextInvalid: '認証コンテキスト ID は c1 から c99 です。',
    extra: '追加パラメーター',
    extraHint: '1 行に 1 つ、名前=値 の形式で。例: resource=https://api.example.com、max_age=0。',
    remember: 'このデバイスに記憶する',
    rememberHint:
      '発行者、クライアント ID、スコープ、省略可能なパラメーターをこのブラウザーに保存します (トークンや login_hint は保存しません)。',
    share: 'この要求へのリンクをコピー',
    shareHint: '上の設定を含む #flow= リンクです。トークン、コード、シークレットは含みません。',
    signIn: 'サインイン',
  },
  request: {
    heading: '認可要求',
    endpoint: '認可エンドポイント',
    parameter: 'パラメーター',
    value: '値',
    meaning: '意味',
    loading: (url: string) => `${url} からプロバイダーのメタデータを読み込んでいます…`,
    s256Missing: 'プロバイダーは PKCE の方式に S256 を挙げていません。サインインが拒否される可能性があります。',
    explain: {
      client_id: 'サインインするアプリ登録。',
      response_type: 'code: 認可コードフロー。受け取ったコードを後でトークンに引き換えます (RFC 6749 4.1)。',
      redirect_uri: 'プロバイダーが応答を返す先、つまりこのページ。登録内容と完全に一致する必要があります。',
      scope: 'トークンに許可する内容。openid で ID トークン、offline_access でリフレッシュ トークンが得られます。',
      state:
        'このページで作った乱数。応答に同じ値が戻ってくる必要があるので、このページが要求していないコードは拒否されます (RFC 6749 10.12)。',
      nonce: 'このページで作った乱数。ID トークンに含まれている必要があるので、古い ID トークンの再利用を防げます (OIDC Core 3.1.2.1)。',
      code_challenge: 'このタブだけが持つ検証子 (verifier) の SHA-256。コードを引き換えられるのはこのタブだけになります (PKCE、RFC 7636)。',
      code_challenge_method: 'S256: チャレンジは SHA-256 ハッシュであり、検証子そのものは送りません。',
      response_mode: '応答の返し方。リダイレクト URI のクエリかフラグメントか。',
      prompt: '操作を強制します: login、consent、select_account、none (対話なし。対話が必要なら失敗)、create。',
      login_hint: 'サインイン画面のユーザー名をあらかじめ入力します。',
      domain_hint: 'ホーム領域の検出を省略します (Microsoft: フェデレーション先の ID プロバイダーへ直接送ります)。',
      claims: '特定のクレームの要求 (OIDC Core 5.5)。たとえば条件付きアクセスのステップアップ用の認証コンテキスト (acrs)。',
      extra: '追加したパラメーター。入力どおりに送ります。',
    },
  },
  errors: {
    storageUnavailable:
      'サインインを開始しませんでした。このブラウザーが往復の間の state、nonce、PKCE 検証子の保存を拒否したため (セッション ストレージがブロックされているか満杯です)、戻ってきた応答を確認できません。このページにサイト データの保存を許可するか、それを禁止するモードを終了してから、もう一度お試しください。',
    settings: {
      client_id_missing: 'クライアント ID を入力してください。',
      scope_missing: 'スコープを 1 つ以上入力してください。',
      redirect_uri_invalid: 'リダイレクト URI は、フラグメントを含まない絶対 http(s) URL である必要があります。',
      claims_not_json: 'クレーム要求が正しい JSON ではありません。',
      claims_not_object: 'クレーム要求は JSON オブジェクトである必要があります (例: {"id_token":{…}})。',
      extra_malformed: '追加パラメーター: 各行は 名前=値 の形式にしてください',
      extra_reserved: '追加パラメーター: このページが自分で設定するため上書きできません',
      extra_secret: '追加パラメーター: このページから資格情報を送ることはありません',
    },
    issuer: {
      empty: '発行者を入力してください。',
      not_understood:
        'このページが解釈できる発行者ではありません。https の URL、テナント ID かドメイン、common/organizations/consumers、または テナント/B2C_1_フロー を使ってください。',
      not_fetchable: 'この発行者 URL は使えません',
    },
    urlReasons: {
      not_a_url: 'URL ではありません',
      wrong_scheme: 'https の URL だけを使います',
      http_not_loopback: 'http が使えるのは localhost と 127.0.0.1 だけです',
      credentials_in_url: 'ユーザー名かパスワードが含まれています',
    },
    metadata: {
      not_an_object: 'メタデータが JSON オブジェクトではありません。',
      endpoint_missing: 'メタデータに次の項目がありません:',
      endpoint_not_usable: 'メタデータに使えないエンドポイントが書かれています',
    },
    metadataFetch: {
      http_status: 'プロバイダーが次の HTTP ステータスで応答しました:',
      not_json: 'プロバイダーの応答が JSON ではありません。',
      network: 'メタデータを読み込めませんでした (ネットワーク障害か、プロバイダーがこのページからの読み取りを許可していません: CORS)。',
      timeout: 'プロバイダーが時間内に応答しませんでした。',
      offline_mode: 'オフライン モードがオンのため、何も要求していません。',
    },
  },
  back: {
    heading: 'サインインの結果',
    refused: {
      no_pending_request:
        'このタブでは、この応答に対応するサインインを開始していません。そのためコードは拒否し、引き換えていません。サインインを開始したのであれば、それは別のタブかブラウザーで、PKCE の検証子はそちらに残っています。ここでもう一度サインインを開始してください。',
      state_missing: '応答に state がないため、このページが開始したサインインと照合できません。コードは拒否し、引き換えていません。',
      state_mismatch:
        '応答の state が、このページが開始したサインインと一致しません。この要求に対する応答ではありません (偽造されたリンクの可能性があります)。コードは拒否し、引き換えていません。',
      issuer_mismatch:
        '応答に書かれた発行者が、サインイン先の発行者と異なります (RFC 9207、混同攻撃の防止)。コードは拒否し、引き換えていません。',
      issuer_missing:
        'プロバイダーは応答に必ず自分の発行者を含めると宣言していますが (RFC 9207)、この応答には含まれていません。コードは拒否し、引き換えていません。',
      request_expired: 'このサインインは 1 時間以上前に開始されたものです。コードは拒否し、引き換えていません。もう一度開始してください。',
      no_code: '応答にコードもエラーも含まれていません。',
    },
    errorRedirect: (error: string) => `プロバイダーはエラーでサインインを終了しました: ${error}`,
    accessDenied: 'access_denied: サインインが取り消されたか、同意が拒否されました。',
    redeeming: 'トークン エンドポイントでコードを引き換えています…',
    tokenError: (error: string, status: number) => `トークン エンドポイントが要求を拒否しました: ${error} (HTTP ${status})。`,
    unexpected: (status: number) => `トークン エンドポイントは HTTP ${status} で、トークンでも OAuth エラーでもない内容を返しました。`,
    transport: {
      cors_entra_platform:
        'トークン エンドポイントの応答をブラウザーが読めませんでした。Microsoft Entra では、ほとんどの場合リダイレクト URI が「Web」プラットフォームに登録されていることが原因です。「シングルページ アプリケーション」に移してください (AADSTS9002326)。もう 1 つの可能性はネットワーク障害です。',
      cors_or_network:
        'トークン エンドポイントの応答をブラウザーが読めませんでした。プロバイダーがこのページのオリジンを許可していない (CORS) か、ネットワーク障害です。ブラウザーはどちらかを教えてくれません。',
      timeout:
        'トークン エンドポイントが 30 秒以内に応答しませんでした。このブラウザーから到達できないか、応答が止まっています。何も引き換えていません。',
      offline_mode: 'オフライン モードがオンのため、コードを引き換えていません。',
    },
    addressCleaned: 'コードをアドレス バーから削除しました。',
    tokens: 'トークン応答',
    refreshHeading: '更新',
    refreshScopes: '更新時のスコープ (省略可)',
    refresh: 'トークンを更新',
    refreshing: 'リフレッシュ トークンを引き換えています…',
    refreshed: 'トークンを更新しました。',
    notStored: 'トークンはこのページのメモリにだけあります。再読み込みするかページを閉じると消えます。',
  },
} satisfies GetTokenMessages;
