import type { Messages } from '../en/messages';

/** 日本語の UI メッセージ。英語版と同じ形でなければコンパイルエラーになる。 */
export const messagesJa = {
  app: {
    title: 'Token Explorer',
    tagline: 'JWT をデコードし、署名を検証し、中身を説明します。処理はすべてこのページ内で行われ、トークンはどこにも送信されません。',
    language: '言語',
    theme: 'テーマ',
    themeSystem: 'システム',
    themeLight: 'ライト',
    themeDark: 'ダーク',
    offlineMode: 'オフライン モード',
    on: 'オン',
    off: 'オフ',
  },
  input: {
    // The English term stays in the accessible name: it is part of the product's stable interface.
    label: 'トークン (Token)',
    hint: 'JWT、Bearer ヘッダー、トークン エンドポイントの JSON 応答、リダイレクト URL のいずれかを貼り付けてください。',
    placeholder: 'eyJhbGciOi… / Authorization: Bearer … / {"access_token": …} / https://app/callback#id_token=…',
    example: '例を試す',
    clear: 'クリア',
    copyLink: 'リンクをコピー',
    linkCopied: 'リンクをコピーしました',
    notes: {
      authorization_header_stripped: '"Authorization:" ヘッダー名を取り除きました。',
      bearer_stripped: '"Bearer" プレフィックスを取り除きました。',
      quotes_stripped: '前後の引用符を取り除きました。',
      whitespace_removed: 'トークン途中の改行を取り除きました。',
      extracted_from_text: '貼り付けたテキストの中からトークンを見つけてデコードしました。',
    },
  },
  parts: {
    header: 'ヘッダー',
    payload: 'ペイロード',
    signature: '署名',
    encrypted_key: '暗号化キー',
    iv: '初期化ベクトル',
    ciphertext: '暗号文',
    tag: '認証タグ',
  },
  issues: {
    segment_count: (found: number) => `セグメントが ${found} 個あります。JWS は 3 個 (JWE は 5 個) です`,
    empty_segment: (part: string) => `${part}: 空です`,
    base64url_char: (part: string, position: number, char: string) =>
      `${part}: base64url として不正です (${position} 文字目${char === '+' || char === '/' ? `、"${char}" は base64url ではなく標準 base64 の文字です` : `、"${char}"`})`,
    base64url_padding: (part: string) => `${part}: "=" パディングがあります (compact JWS では使いません)`,
    base64url_length: (part: string) => `${part}: base64url として不正です (ありえない長さ)`,
    utf8_invalid: (part: string) => `${part}: UTF-8 として不正です`,
    json_invalid: (part: string, detail: string) => `${part}: JSON として不正です (${detail})`,
    not_json_object: (part: string, actual: string) => `${part}: JSON オブジェクトではありません (JSON の ${actual} です)`,
    duplicate_member: (part: string, name: string, path: string) =>
      `${part}: メンバー "${name}" が ${path} に複数回現れます。どの値が採用されるかはパーサーによって異なります`,
    alg_missing: 'ヘッダー: "alg" パラメーターがありません',
    alg_not_string: 'ヘッダー: "alg" が文字列ではありません',
    alg_none_with_signature: 'ヘッダーは alg none を宣言していますが、署名が付いています',
    signature_missing: (alg: string) => `署名: ヘッダーは alg ${alg} を宣言していますが、署名が空です (署名なしで共有されたもの?)`,
    enc_missing: 'ヘッダー: セグメントは 5 個ですが "enc" がないため、正しい JWE ではありません',
    payload_not_json: 'ペイロード: JSON ではないためテキストとして表示しています (JWS は任意の内容に署名できます)',
    payload_binary: 'ペイロード: UTF-8 テキストではないバイナリ データです。16 進数で表示しています',
  },
  unrecognized: {
    json_invalid: (detail: string) => `トークンではありません: JSON のように始まりますが、JSON として不正です (${detail})。`,
    json_not_object: (actual: string) =>
      `トークンではありません: 入力は JSON の ${actual} で、トークンでも JSON オブジェクトでもありません。`,
    json_unknown: (members: string) => `トークンではありません: トークンを含まない JSON オブジェクトです (メンバー: ${members})。`,
    url_without_token: 'この URL のクエリにもフラグメントにも、トークン・コード・エラーは含まれていません。',
    not_a_token: 'トークンではありません: JWT や OAuth トークンには現れない文字が含まれています。',
    too_large: (size: string) => `入力が大きすぎるためデコードできません (${size} 文字)。`,
  },
  recognized: {
    jwks: (count: number, kids: string) =>
      `これはトークンではなく、${count} 個の鍵を含む JSON Web Key Set です${kids ? ` (kid: ${kids})` : ''}。トークンの検証に使うには「検証キー」に貼り付けてください。`,
    jwk: (kty: string, kid: string) =>
      `これはトークンではなく、単一の JSON Web Key です (kty ${kty}${kid ? `、kid ${kid}` : ''})。トークンの検証に使うには「検証キー」に貼り付けてください。`,
    discovery: (issuer: string) =>
      `これはトークンではなく、${issuer ? `${issuer} の ` : ''}OpenID プロバイダーのディスカバリー ドキュメントです。`,
  },
  verdict: {
    label: '検証',
    words: {
      verified: '署名を検証しました (Signature verified)',
      invalid: '署名が無効です (Invalid signature)',
      keyNotFound: 'キーが見つかりません (Key not found)',
      notVerified: '未検証 (Not verified)',
      unsigned: '署名なしトークン (Unsigned token)',
      encrypted: '暗号化トークン (Encrypted token)',
    },
    notVerifiedDetail:
      'トークンはデコードしましたが、署名はまだ確認していません。確認するまでは、デコードしたクレームを信頼しないでください。',
    unsignedDetail: 'alg が "none" です。誰でも作れるトークンなので、どの API も受け入れるべきではありません。',
    encryptedDetail: 'これは JWE です。内容は受信者向けに暗号化されており、受信者の秘密鍵なしには読むことも検証することもできません。',
    unavailable: '検証機能を読み込めませんでした (初回アクセスでオフラインになっていませんか?)。',
    retry: '再試行',
  },
  decoded: {
    encoded: 'エンコード済み',
    header: 'ヘッダー',
    payload: 'ペイロード',
    signature: '署名',
    copy: 'コピー',
    copied: 'コピーしました',
    copyPart: (part: string) => `${part}をコピー`,
    bytes: (n: number) => `${n} バイト`,
    tooDeep: 'ネストが深すぎて表示できません。(これほど深い JSON 自体が警告のサインです。)',
    renderFailed: 'トークンのこの部分は表示できませんでした。ページのほかの部分は引き続き使えます。',
    emptySignature: '署名はありません。',
    payloadText: 'ペイロード (テキスト)',
    segmentLegend: '色はヘッダー・ペイロード・署名を表します。各部分は下のパネルにも名前付きで表示されます。',
    jwe: {
      title: '暗号化トークン (JWE)',
      header: '保護ヘッダー',
      nested: 'cty が "JWT" です。暗号化された中身自体が JWT です (ネストされたトークン)。',
      parts: '暗号化された部分',
      unreadable: 'ペイロードは受信者の秘密鍵がなければ読めません。Token Explorer が秘密鍵を求めることはありません。',
      none: '空',
    },
  },
  opaque: {
    title: '不透明トークン',
    detail: (length: number) => `${length} 文字。これは JWT ではなく、発行したサービスだけが読み取れます。`,
    kinds: {
      msa_access_token:
        'Microsoft 個人アカウント (MSA) のアクセス トークンのようです。JWT ではなく暗号化されたチケットで、Microsoft のサービスだけが読み取れます。',
      msa_refresh_token: 'Microsoft 個人アカウントのリフレッシュ トークン (またはコード) のようです。設計上、中身は読めません。',
      entra_refresh_token: 'Microsoft Entra ID のリフレッシュ トークンのようです。暗号化されており、Entra ID だけが読み取れます。',
      entra_authorization_code:
        'Microsoft Entra ID の認可コードのようです。一度だけトークン エンドポイントで引き換えるもので、デコードするものではありません。',
      google_access_token:
        'Google OAuth のアクセス トークン (ya29.) のようです。中身は読めないため、Google の tokeninfo エンドポイントで確認してください。',
      google_refresh_token: 'Google のリフレッシュ トークン (1//) のようです。中身は読めません。',
      github_token: 'GitHub のトークンのようです。中身は読めません。秘密情報として扱い、共有してしまった場合は失効させてください。',
      saml: 'JWT ではなく、base64 でエンコードされた SAML アサーションまたは応答のようです。',
      unknown: '既知のトークンの形ではありません。参照トークン (発行者でイントロスペクションが必要) か、トークン以外のものかもしれません。',
    },
  },
  bundle: {
    tokens: 'この入力に含まれるトークン',
    params: 'その他のパラメーター',
    name: '名前',
    value: '値',
    roles: {
      token: 'トークン',
      id_token: 'ID トークン',
      access_token: 'アクセス トークン',
      refresh_token: 'リフレッシュ トークン',
      code: '認可コード',
      dpop_proof: 'DPoP 証明',
      pop_token: 'PoP 署名付き要求',
    },
    sources: {
      token_response: 'トークン エンドポイントの応答',
      error_response: 'エラー応答',
      redirect_url: 'リダイレクト URL',
      params: '応答パラメーター',
      dpop_request: 'DPoP 要求',
      pop_request: 'PoP 要求 (署名付き HTTP 要求)',
    },
    error: 'ID プロバイダーからのエラー',
    errorCode: 'エラー',
    errorDescription: '説明',
    errorUri: '詳細情報',
    noTokens: 'この入力にはトークンがありません。',
  },
  share: {
    label: 'リンクの内容',
    unsigned: '署名なし (共有しても安全)',
    redacted: '署名なし、個人情報のクレームを伏せ字',
    full: 'トークン全体 (使用可能な資格情報)',
    confirmTitle: 'まだ有効なトークンを共有しますか?',
    confirmText: (minutes: number) =>
      `このトークンはあと約 ${minutes} 分有効です。それまでは、リンクを知っている人なら誰でもこのトークンの主体として API を呼び出せます。受け取る人が再送する必要がない限り、署名なしで共有してください。`,
    cancel: 'キャンセル',
    copyAnyway: 'トークン全体のリンクをコピー',
    sharedWithoutSignature: 'このトークンは署名なしで共有されたものです。クレームはすべて読めますが、ここでは真正性を確認できません。',
    clearOffer: 'トークンがこのページのアドレス (つまりブラウザーの履歴) に含まれています。',
    clearAction: 'アドレス バーから削除する',
    keyMaterial: 'この入力には秘密鍵または共有鍵が含まれているため、リンクには決して入れません。',
    redactionImpossible:
      'ペイロードが素直な JSON オブジェクトではないため、個人情報のクレームを伏せ字にできません。伏せ字にしたリンクは作成しません。',
    omitted: (names: string) => `リンクから除外したもの (そのまま使える資格情報、または安全と確認できないメンバー): ${names}`,
    nothingSafe:
      'この入力には、使用可能な資格情報を含めずにリンクへ入れられるものがありません。入力どおりに共有するには「トークン全体」を選んでください (事前に確認します)。',
    wholeTitle: '使用可能な資格情報をリンクに入れますか?',
    whole: {
      jwe: '暗号化されたトークン (JWE) は、署名や中身を除いて共有することができません。リンクにはトークン全体が入り、リンクを知っている人なら誰でもそれを提示できます。',
      opaque: '不透明なトークンは縮約できません。リンクにはトークン全体が入り、リンクを知っている人なら誰でも使用できます。',
      nested_token:
        'このトークンは別の署名付きトークンを含んでいます (PoP 署名付き要求にはアクセス トークン全体が入っています)。自身の署名を除いても無害にはならないため、リンクにはトークン全体が入ります。',
      malformed: 'このトークンは縮約できません。リンクには入力どおりに入り、まだ使用できる可能性があります。',
      unrecognized: 'この入力は縮約できるトークンではありません。リンクには入力どおりに入り、含まれている秘密情報もそのまま入ります。',
      public_keys: '公開鍵のみです。',
      discovery: '公開されているディスカバリー ドキュメントです。',
      bundle:
        'リンクには入力全体が入り、含まれているすべてのトークン、リフレッシュ トークン、認可コードも入ります。リンクを知っている人なら誰でもそれらを使用できます。',
    },
  },
  views: {
    label: 'ビュー',
    inspect: '調べる',
    'get-token': 'トークンを取得',
    create: '作成',
    compare: '比較',
    loading: '読み込み中…',
    failed: 'このビューを読み込めませんでした。接続を確認して (またはオフライン モードをオフにして) もう一度お試しください。',
    retry: '再試行',
    comingSoon: 'このビューは準備中です。',
  },
  footer: {
    privacy:
      'プライバシー重視の設計: デコードも検証もこのページ内で実行されます。トークンがサーバーに送信されたり、保存されたり、アドレス バーのクエリに入れられたりすることはありません。',
  },
} satisfies Messages;
