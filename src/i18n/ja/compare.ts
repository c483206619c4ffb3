import type { CompareMessages } from '../en/compare';

export const compareJa = {
  title: '比較',
  intro: '動くトークンと動かないトークンを貼り付けてください（「トークン」欄が受け付けるものなら何でも可）。何もページの外へ送られません。',
  tokenA: 'トークン A',
  tokenB: 'トークン B',
  differences: '相違点',
  columns: { name: 'クレーム / ヘッダー', a: 'トークン A', b: 'トークン B', meaning: 'API にとっての意味' },
  part: { header: 'ヘッダー', payload: 'クレーム' },
  change: { added: 'B のみ', removed: 'A のみ', changed: '変更' },
  absent: '（なし）',
  onlyA: (items: string) => `A のみ: ${items}`,
  onlyB: (items: string) => `B のみ: ${items}`,
  none: '相違点はありません。両方のトークンのヘッダーとクレームは同じです。',
  same: (n: number) => `同一のクレーム・ヘッダーパラメーター ${n} 件`,
  noToken: (side: string) =>
    `欄 ${side} には、このページで読めるトークンがありません。JWT、JWE、トークン応答、またはトークンを含む要求を貼り付けてください。`,
  waiting: '両方の欄にトークンを貼り付けると相違点が表示されます。',
  unreadable: (side: string) =>
    `トークン ${side} には読める JSON クレームがありません（不透明・暗号化・破損）。クレームごとの比較はできません。`,
  shareLabel: 'リンクの内容',
  share: { unsigned: '署名なしのトークン', redacted: '個人情報を伏せたトークン', full: 'トークン全体' },
  confirmWhole:
    '暗号化・不透明・破損したトークンは縮小できないため、リンクにそのまま入り、期限が切れるまで資格情報として使えます。それでもコピーしますか？',
  confirmFull: 'リンクには両方のトークンがそのまま入り、期限が切れるまで資格情報として使えます。それでもコピーしますか？',
  copyLink: 'リンクをコピー',
  copied: 'リンクをコピーしました',
  topics: {
    audience:
      'API は aud に自分が書かれたトークンだけを受け付けます。audience が違うのは、別のリソース（別のスコープ）向けに要求されたトークンだからです。',
    issuer: 'iss は発行したテナントとエンドポイントのバージョンを示します。API は信頼する発行者と照合します。',
    version:
      'v1.0 と v2.0 のアクセストークンは issuer の形式とクレームが異なります。どちらを受け取るかは API のアプリ登録（requestedAccessTokenVersion）で決まります。',
    tenant:
      '別のテナントが発行したトークンです。シングルテナントの API は拒否し、マルチテナントの API は tid を自分で確認する必要があります。',
    scopes: '委任されたアクセス許可です。API はユーザーとしての呼び出しを scp で認可します。',
    roles: 'アプリロールです。API は roles（アプリケーションの許可、またはユーザーに割り当てたロール）で認可します。',
    client: '呼び出し元アプリ（azp / appid）が違います。既知のクライアントだけを許す API はもう一方を拒否します。',
    lifetime: '発行時刻や有効期間が違います。exp を過ぎた（または nbf より前の）トークンは拒否されます。',
    algorithm: '別のアルゴリズムで署名されています。特定のアルゴリズムだけを許す API はもう一方を拒否します。',
    key: '別の鍵（kid）で署名されています。API は発行者の JWKS でこの鍵を見つける必要があり、古い鍵キャッシュではここで失敗します。',
    authentication:
      'ユーザーのサインイン方法（MFA、認証コンテキスト）が違います。条件付きアクセスで保護された API はさらに要求することがあります。',
    subject: '別のユーザーまたはサービスプリンシパルです。',
    'token-type': '種類の違うトークンです（アプリのみかユーザーか、ID トークンかアクセストークンか）。',
    groups: 'グループやディレクトリロールの所属が違います。それに基づく認可の結果も変わります。',
    other: '通常、API がトークンを受け付けるかどうかには影響しません。',
  },
} satisfies CompareMessages;
