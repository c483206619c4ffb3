import type { LintEvidence, LintId } from '../../core/lint/lint-types';
import type { LintMessages, LintText } from '../en/lint';

const v = (e: LintEvidence, k: string): string => String(e[k] ?? '');
const hours = (e: LintEvidence, k: string): string => (Number(e[k] ?? 0) / 3600).toFixed(1);
const NORMS: Record<string, string> = {
  entra: 'Microsoft Entra ID のトークン (最大 1 日)',
  'entra-cae': 'Microsoft Entra ID の CAE アクセス トークン (最大 28 時間)',
  b2c: 'Azure AD B2C のトークン (最大 1 日)',
  cognito: 'Amazon Cognito のトークン (最大 1 日)',
  generic: '一般的なベアラー トークン (長くても 1 日程度)',
};

const findings = {
  alg_none: {
    title: '署名のないトークン (alg: none)',
    detail: (e) => `ヘッダーが "${v(e, 'alg')}" を指定しています。クレームは何にも守られておらず、誰でも同じトークンを作れます。`,
    fix: () => 'alg none は決して受け入れないでください。アルゴリズムはトークンではなくアプリケーション側で固定したリストで検証します。',
  },
  weak_hmac_secret: {
    title: 'よく知られたシークレットで署名されています',
    detail: (e) =>
      `${v(e, 'alg')} の署名がサンプル用シークレット "${v(e, 'secret')}" と一致しました (このページ内でオフラインで確認)。誰でもトークンを偽造できます。`,
    fix: () =>
      'すぐにシークレットを 32 バイト以上のランダム値に替えてシークレット ストアで管理し、古いシークレットで署名されたトークンはすべて偽造とみなしてください。',
  },
  hmac_where_asymmetric_expected: {
    title: '公開鍵署名のはずが HMAC アルゴリズム',
    detail: (e) =>
      v(e, 'because') === 'key'
        ? `トークンは ${v(e, 'alg')} ですが、検証鍵は ${v(e, 'expected')} 用です。公開鍵を HMAC のシークレットとして使わせる、典型的な鍵混同攻撃の形です。`
        : v(e, 'because') === 'issuer'
          ? `トークンは ${v(e, 'alg')} ですが、この発行者は公開鍵 (RS256) で署名します。本物のトークンが HMAC を使うことはありません。`
          : `トークンは ${v(e, 'alg')} ですが、公開鍵による署名が想定されています。`,
    fix: () => '発行者ごとに受け入れるアルゴリズムを固定し (例: RS256 のみ)、鍵の種類をトークンに選ばせないでください。',
  },
  header_key_url: {
    title: 'ヘッダーが鍵の取得先を指定しています',
    detail: (e) =>
      `"${v(e, 'param')}" が ${v(e, 'value')} を指しています。これに従う検証側は、送り手が自分のトークンを検証する鍵を選べてしまいます。`,
    fix: () => 'jku と x5u は無視し、鍵は発行者の構成済みディスカバリー ドキュメントか JWKS からのみ取得してください。',
  },
  header_embedded_key: {
    title: 'ヘッダーに鍵そのものが入っています',
    detail: (e) =>
      `"${v(e, 'param')}" には、トークンの作成者が選んだ鍵情報が入っています。これを信頼すると、どんな署名でも通ってしまいます。`,
    fix: () => '埋め込まれた鍵や証明書は無視するか、すでに信頼している鍵 (発行者の JWKS など) と一致する場合だけ受け入れてください。',
  },
  kid_path_traversal: {
    title: 'キー ID がパス トラバーサルのようです',
    detail: (e) =>
      `kid "${v(e, 'kid')}" に ${v(e, 'pattern')} が含まれています。kid で鍵ファイルを読む検証側は、攻撃者が選んだファイルを読み込むおそれがあります。`,
    fix: () => 'kid は固定の鍵リストの中だけで照合し、ファイル パスの組み立てには使わないでください。',
  },
  kid_sql_injection: {
    title: 'キー ID が SQL インジェクションのようです',
    detail: (e) =>
      `kid "${v(e, 'kid')}" に ${v(e, 'pattern')} が含まれています。kid から SQL を組み立てる検証側は、攻撃者の知っている鍵を返させられるおそれがあります。`,
    fix: () => 'kid の照合にはパラメーター化クエリかメモリ上の鍵マップを使ってください。',
  },
  kid_command_injection: {
    title: 'キー ID がコマンド インジェクションのようです',
    detail: (e) =>
      `kid "${v(e, 'kid')}" に ${v(e, 'pattern')} が含まれています。kid をシェルに渡す検証側は、攻撃者のコマンドを実行してしまいます。`,
    fix: () => 'ヘッダーの値をシェルに渡さず、kid は固定の鍵セットの中で照合してください。',
  },
  crit_present: {
    title: 'クリティカルなヘッダー拡張 (crit)',
    detail: (e) =>
      `crit の内容: ${v(e, 'names')}。検証側はこれらをすべて理解できない限りトークンを拒否しなければなりませんが、確認しないライブラリも多くあります。`,
    fix: () => 'ライブラリが未知の crit を拒否することを確かめるか、一般的な検証側向けのトークンでは crit を使わないでください。',
  },
  b64_false: {
    title: 'エンコードされていないペイロード (b64: false)',
    detail: () =>
      '署名の対象が base64url 形式ではなく生のペイロードです。b64 を無視する検証側は別の署名入力を計算し、ペイロードを読み違えるおそれがあります。',
    fix: () =>
      'ID トークンやアクセス トークンで b64: false は使わないでください。必要な場合は crit に b64 を入れ、RFC 7797 対応のライブラリを使います。',
  },
  exp_missing: {
    title: '有効期限 (exp) がありません',
    detail: () => 'exp がないとトークンは失効しません。漏えいすると、検証側が別の何かを確認しない限りいつまでも使えてしまいます。',
    fix: () => '短い exp を付けて発行し、検証時には exp を必須にしてください。',
  },
  lifetime_excessive: {
    title: '有効期間が通常よりはるかに長い',
    detail: (e) =>
      `このトークンの有効期間は ${hours(e, 'lifetimeSeconds')} 時間 (exp - iat) で、${NORMS[v(e, 'norm')] ?? v(e, 'norm')} として想定される最大 ${hours(e, 'maxSeconds')} 時間を超えています。`,
    fix: () => '有効期間を短くし、更新にはリフレッシュ トークンを使ってください。長く使えるベアラー トークンは盗む価値があります。',
  },
  duplicate_member: {
    title: 'JSON のメンバー名が重複しています',
    detail: (e) =>
      `${v(e, 'part')} に "${v(e, 'name')}" が複数あります。どの値を採るかはパーサーによって違うため、同じ署名済みトークンから 2 つのシステムが別のクレームを読み取れてしまいます。`,
    fix: () => 'メンバー名が重複したトークンは拒否し、それを生成する発行者を修正してください。',
  },
  typ_contradicts_use: {
    title: 'typ とトークンの中身が矛盾しています',
    detail: (e) =>
      `typ は "${v(e, 'typ')}" ですが、クレームに別の種類のトークンのものである "${v(e, 'claim')}" が含まれています。あるトークンが別の種類向けのチェックを通ってしまうおそれがあります。`,
    fix: () => 'typ を明示的に確認し、ID トークン、アクセス トークン、その他の JWT で互いに排他的な検証ルールを使ってください。',
  },
} satisfies Record<LintId, LintText>;

/** Japanese texts of the security lint (loaded on demand). */
export const lintJa: LintMessages = {
  heading: 'セキュリティ',
  intro: 'ヘッダーとクレームから判断した、トークン自体の弱点です (RFC 8725)。ここでの確認内容はどこにも送信されません。',
  clean: '弱点は見つかりませんでした',
  checking: '確認しています…',
  unreadable: 'ヘッダーを読み取れないため、確認できませんでした。',
  fixLabel: '対処:',
  severity: { critical: '致命的', high: '高', medium: '中', low: '低', info: '情報' },
  findings,
};
