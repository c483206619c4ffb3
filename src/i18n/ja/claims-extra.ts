import type { ExtraClaimName } from '../../core/claims/catalog-types';
import type { EnumCode } from '../../core/claims/well-known';
import type { HeaderName } from '../../core/claims/header-catalog';

/** catalog-extra.ts のクレームの説明。 */
export const claimTextsExtraJa = {
  xms_tnt_fct:
    'Agent ID: テナント (tid) の特性 (ファセット) を、空白区切りの奇数で表します。アプリで使わない値は無視し、順序を前提にしないでください。',
  xms_par_app_azp:
    'Agent ID: エージェント (azp/appid) の親アプリケーションです。監査のために記録しますが、認可には使いません。その親のすべてのエージェントを許可することになるためです。',
  authorization_details:
    'リッチ認可要求 (RFC 9396): 付与された詳細なアクセス許可を、"type" を持つオブジェクトの一覧で表します。API が理解できる項目で認可します。',
  htm: 'DPoP 証明: 証明が作られた要求の HTTP メソッドです (RFC 9449)。証明を運ぶ要求のメソッドと一致する必要があります。',
  htu: 'DPoP 証明: 証明が作られた要求の HTTP URL (クエリとフラグメントを除く) です (RFC 9449)。要求の URL と一致する必要があります。',
  ath: 'DPoP 証明: 一緒に送るアクセス トークンの SHA-256 ハッシュ (base64url) です (RFC 9449)。証明をそのトークンだけに結び付けます。',
  _sd: 'SD-JWT: 選択的に開示できるクレームのダイジェストです。クレーム自体は "~" の後の開示情報 (disclosure) で別に送られます。',
  _sd_alg: 'SD-JWT: _sd のダイジェストに使ったハッシュ アルゴリズムです (既定は sha-256)。',
  sd_hash: 'SD-JWT のキー バインド: 発行者が署名した JWT と、保持者が提示した開示情報のハッシュです。',
  sub_jwk:
    '自己発行 ID トークン (OIDC Core §7): トークンに署名した公開キーで、sub はその拇印です。自己発行プロバイダーでのみ意味があります。',
  verified_claims:
    'OpenID Identity Assurance: 証拠 (書類や確認手続き) に基づいて確認されたクレームと、その方法と日時です。示されたトラスト フレームワークの範囲でのみ使います。',
  device_key: 'Cognito: ユーザーがサインインに使った、記憶済みデバイスのキーです。',
  identities: 'Cognito: ユーザーにリンクされたフェデレーション ID プロバイダー (Google、SAML など) と、そこでのユーザー ID です。',
  clientHost: 'Keycloak: サービス アカウントのトークンを要求したクライアントのホストです。',
  clientAddress: 'Keycloak: サービス アカウントのトークンを要求したクライアントの IP アドレスです。',
  clientId: 'Keycloak: トークンが属するサービス アカウントのクライアント ID です。',
  ageGroup: 'B2C の年齢制限: ユーザーの年齢区分です (未成年、成人ではない、成人など)。',
  consentProvidedForMinor: 'B2C の年齢制限: 未成年者について保護者の同意があるかどうかです (Granted、Denied、NotRequired)。',
  legalAgeGroupClassification: 'B2C の年齢制限: 年齢と国から決まる法的な年齢区分です (MinorWithParentalConsent、Adult など)。',
} satisfies Record<ExtraClaimName, string>;

/** Agent ID enumerated values (xms_idrel relationships, facet values). */
export const enumTextsExtraJa = {
  'idrel-1': 'メンバー ユーザー',
  'idrel-3': '個人アカウント (MSA) のメンバー ユーザー',
  'idrel-5': 'ゲスト ユーザー',
  'idrel-7': 'サービス プリンシパル',
  'idrel-9': 'デバイス プリンシパル',
  'idrel-11': 'GDAP ユーザー (パートナーのきめ細かい委任管理者)',
  'idrel-13': 'サービス プリンシパルのないアプリケーション',
  'idrel-15': 'パススルー',
  'idrel-17': 'プロファイルを持つネイティブ ID ユーザー',
  'idrel-19': 'ネイティブ ID ユーザー',
  'idrel-21': 'ネイティブ ID の Teams 会議参加者',
  'idrel-23': 'パススルー認証された Teams 会議参加者',
  'idrel-25': 'ネイティブ ID のコンテンツ共有ユーザー',
  'idrel-27': '完全に同期されたマルチテナント組織のメンバー',
  'idrel-29': '弱いマルチテナント組織ユーザー',
  'idrel-31': 'DAP ユーザー (パートナーの委任管理者)',
  'idrel-33': 'フェデレーションされたマネージド ID',
  'facet-agent-identity': 'エージェント ID',
  'facet-agent-user': 'エージェントのユーザー アカウント',
} satisfies Partial<Record<EnumCode, string>>;

/** 後から追加したヘッダー パラメーター。 */
export const headerTextsExtraJa = {
  iss: 'ヘッダーにコピーされた iss クレームです (RFC 7519 §5.3)。暗号化されたトークンを復号する前に読めます。クレームと一致する必要があります。',
  sub: 'ヘッダーにコピーされた sub クレームです (RFC 7519 §5.3)。クレームと一致する必要があります。',
  aud: 'ヘッダーにコピーされた aud クレームです (RFC 7519 §5.3)。クレームと一致する必要があります。',
  url: 'ACME (RFC 8555): 署名された要求の送信先 URL です。',
  ppt: 'PASSporT (RFC 8225): 電話のトークンが使う拡張 ("shaken" など) です。',
  trust_chain:
    'OpenID Federation: 発行者からトラスト アンカーまでのエンティティ ステートメントの連鎖です。自分のトラスト アンカーで確認し、そのまま信用しないでください。',
} satisfies Partial<Record<HeaderName, string>>;
