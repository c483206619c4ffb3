import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './query-client';
import { VerificationSection, type VerificationPresets } from '../features/verification/verification-section';
import type { Companions } from '../features/verification/companions';
import type { JwsToken } from '../core/token/types';

/** Entry of the lazily loaded verification chunk (jose, TanStack Query and their texts). */
export default function VerificationRoot(props: {
  token: JwsToken;
  companions: Companions;
  presets?: VerificationPresets;
  children?: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <VerificationSection {...props} />
    </QueryClientProvider>
  );
}
