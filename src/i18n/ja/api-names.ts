import type { ApiKind } from '../../core/diagnose/finding';
import { API_NAMES } from '../names';

/** The APIs a person can name in the diagnosis, as the added findings call them. */
export const apiNamesJa = { ...API_NAMES, custom: '自分の API' } satisfies Record<ApiKind, string>;
