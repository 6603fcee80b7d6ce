/**
 * A request class: the key under which a response's shape is recorded. Responses whose shape
 * depends on the request (a projection parameter, a tenant setting) are recorded per class, so a
 * field every answer of one class carries is required there even when another class omits it.
 */
import type { Exchange } from '../transport/exchange.ts';

/** Returns the class key of an exchange (short, stable, no request values). */
export type RequestClassOf = (exchange: Exchange) => string;

/** The one class of an API whose response shapes do not depend on the request. */
export const DEFAULT_REQUEST_CLASS = 'any';

export const oneRequestClass: RequestClassOf = () => DEFAULT_REQUEST_CLASS;
