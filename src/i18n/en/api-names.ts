import type { ApiKind } from '../../core/diagnose/finding';
import { API_NAMES } from '../names';

/** The APIs a person can name in the diagnosis, as the added findings call them. */
export const apiNamesEn = { ...API_NAMES, custom: 'your API' } satisfies Record<ApiKind, string>;
