// Types of oidc-provider-server.mjs, for the TypeScript specs.
export declare const CLIENT_ID: string;
export declare const API: string;
export declare const API_SCOPE: string;

export interface OidcProviderController {
  /** `http://127.0.0.1:<port>`, also the issuer identifier. */
  readonly issuer: string;
  readonly origin: string;
  readonly discoveryUrl: string;
  readonly jwksUrl: string;
  /** The Origin header of every token request, in order. */
  readonly tokenRequests: readonly { origin: string | null }[];
  /** Every successful token response as the provider sent it. */
  readonly tokenResponses: readonly Record<string, unknown>[];
  setTokenCors(on: boolean): void;
  failNextTokenRequest(status: number, body: unknown): void;
  close(): Promise<void>;
}

export declare function startOidcProvider(options: { port: number; redirectUri: string }): Promise<OidcProviderController>;
