// A self-signed P-256 certificate and its key, made once with OpenSSL 3.0 for the tests:
//   openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
//     -subj "/C=JP/O=Token Explorer Tests/CN=test-signer.example"
// The expected facts below are what 'openssl x509 -noout -subject -dates -fingerprint' printed.

export const TEST_CERT_PEM = `-----BEGIN CERTIFICATE-----
MIIB6DCCAY+gAwIBAgIUdH1PFqdb8zR3QeHrX+UF/ZSAH8wwCgYIKoZIzj0EAwIw
SjELMAkGA1UEBhMCSlAxHTAbBgNVBAoMFFRva2VuIEV4cGxvcmVyIFRlc3RzMRww
GgYDVQQDDBN0ZXN0LXNpZ25lci5leGFtcGxlMB4XDTI2MTEyMjAyMzQyN1oXDTM2
MTExOTAyMzQyN1owSjELMAkGA1UEBhMCSlAxHTAbBgNVBAoMFFRva2VuIEV4cGxv
cmVyIFRlc3RzMRwwGgYDVQQDDBN0ZXN0LXNpZ25lci5leGFtcGxlMFkwEwYHKoZI
zj0CAQYIKoZIzj0DAQcDQgAEydzcrbdZqr+XARRKf2UNa9mDfUnoyAuza+S4nKsM
R8mtpbKM89gjZH9iQjb37TvnbDnS26XtlO8DZeklgu9tIqNTMFEwHQYDVR0OBBYE
FHw5/ZC8JBSohX4QLRtbew0ykCk/MB8GA1UdIwQYMBaAFHw5/ZC8JBSohX4QLRtb
ew0ykCk/MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgE/V2xV3x
kngTTmq0g+KxWRWFtc3C0ouVI58dIyDR818CIFFMoDfloqhRWi1GIBo0+vP62HvT
lwO8REzl7IFQLGbt
-----END CERTIFICATE-----`;

export const TEST_CERT_KEY_PKCS8_PEM = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg08HNYfjgDj7qbx/P
uaQiHQsfI2InWMqXGirJVabud4qhRANCAATJ3Nytt1mqv5cBFEp/ZQ1r2YN9SejI
C7Nr5LicqwxHya2lsozz2CNkf2JCNvftO+dsOdLbpe2U7wNl6SWC720i
-----END PRIVATE KEY-----`;

export const TEST_CERT_FACTS = {
  subject: 'C=JP, O=Token Explorer Tests, CN=test-signer.example',
  notBefore: Date.UTC(2026, 10, 22, 2, 34, 27) / 1000,
  notAfter: Date.UTC(2036, 10, 19, 2, 34, 27) / 1000,
  sha1Hex: '421A8A7A9AC27F3C19A04B0EE9A2EEF9911FC0C2',
  sha256Hex: '2EA8DF1B954BE2CF5F1881E9ABE61E038283034173FA9815AF65BAE82ECD360B',
} as const;
