import { useCallback, useMemo, useState } from 'react';
import { isSigningAlg, type SigningAlg } from '../../core/create/algorithms';
import { readCreateFragment } from '../../core/create/create-link';
import { formatPart, parsePart, type JsonObject } from '../../core/create/parse-part';
import { templateToken } from '../../core/create/templates';

function initial(): { header: JsonObject; payload: JsonObject } {
  // A Create link (#create=...) reopens its header and payload; otherwise a realistic start.
  return readCreateFragment(window.location.hash) ?? templateToken('entra-access-delegated', Math.floor(Date.now() / 1000));
}

function withMember(text: string, name: string, value: unknown): string {
  const parsed = parsePart(text, 'header');
  return parsed.ok ? formatPart({ ...parsed.value, [name]: value }) : text;
}

/** The header and payload editors' state; the header's `alg` follows the Algorithm select. */
export function useEditor() {
  const [start] = useState(initial);
  const [headerText, setHeaderText] = useState(() => formatPart(start.header));
  const [payloadText, setPayloadText] = useState(() => formatPart(start.payload));
  const [alg, setAlgState] = useState<SigningAlg>(() => (isSigningAlg(start.header['alg']) ? start.header['alg'] : 'RS256'));
  const header = useMemo(() => parsePart(headerText, 'header'), [headerText]);
  const payload = useMemo(() => parsePart(payloadText, 'payload'), [payloadText]);

  const onHeaderText = (text: string) => {
    setHeaderText(text);
    // Typing a supported alg into the header moves the select too, so the two never disagree silently.
    const parsed = parsePart(text, 'header');
    if (parsed.ok && isSigningAlg(parsed.value['alg'])) setAlgState(parsed.value['alg']);
  };
  const setAlg = (next: SigningAlg) => {
    setAlgState(next);
    setHeaderText((text) => withMember(text, 'alg', next));
  };
  const setKid = useCallback(
    (kid: string) =>
      setHeaderText((text) => {
        const parsed = parsePart(text, 'header');
        return parsed.ok && parsed.value['kid'] !== kid ? formatPart({ ...parsed.value, kid }) : text;
      }),
    [],
  );
  /** Loads a start point; with `keepAlg` (a key is already there) the chosen algorithm stays. */
  const load = (next: { header: JsonObject; payload: JsonObject }, keepAlg = false) => {
    const nextAlg = !keepAlg && isSigningAlg(next.header['alg']) ? next.header['alg'] : alg;
    setAlgState(nextAlg);
    setHeaderText(formatPart({ ...next.header, alg: nextAlg }));
    setPayloadText(formatPart(next.payload));
  };
  return { headerText, payloadText, onHeaderText, setPayloadText, header, payload, alg, setAlg, setKid, load };
}

export type Editor = ReturnType<typeof useEditor>;
