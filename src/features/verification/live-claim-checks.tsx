import { memo, useMemo } from 'react';
import type { VerifyMessages } from '../../i18n/en/verify';
import type { ClaimContext } from '../../core/verify/check-claims';
import type { PopCompanion } from '../../core/pop/pop-checks';
import type { JwsToken } from '../../core/token/types';
import { Panel } from '../../components/ui/panel';
import { useNow } from '../../lib/use-now';
import { useClaimChecks } from './use-verification';
import { usePopChecks } from './use-pop-checks';
import { ClaimChecks } from './claim-checks';

type Claims = Readonly<Record<string, unknown>>;

type Props = {
  v: VerifyMessages;
  token: JwsToken;
  header: Claims;
  payload: Claims;
  /** Every expectation but the time, which this component reads from the page's one clock. */
  context: Omit<ClaimContext, 'now'>;
  pop: PopCompanion | undefined;
};

/**
 * The claim checks and proof-of-possession rows, live: the only part of the verification that
 * follows the ticking clock, so a tick re-renders this table and not the verdict, keys and forms.
 */
export const LiveClaimChecks = memo(function LiveClaimChecks({ v, token, header, payload, context, pop }: Props) {
  const now = useNow();
  const claimChecks = useClaimChecks(header, payload, context, now);
  const popChecks = usePopChecks(token, header, payload, pop, now, context.skewSeconds);
  // One array per change of its parts, so the table re-renders only when a check does.
  const checks = useMemo(() => (claimChecks === null ? null : [...claimChecks, ...popChecks]), [claimChecks, popChecks]);
  if (checks === null) return null;
  return (
    <Panel title={v.checks.heading}>
      <ClaimChecks checks={checks} v={v} />
    </Panel>
  );
});
