/// <reference types="node" />
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** A token's SHA-256 in hex: what the collector keeps of the admin token. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Whether `token` is the admin token. Both sides are hashed first, so that the comparison takes
 * the same time whatever the token's length and however much of it is right.
 */
export function isAdmin(token: string | undefined, adminTokenSha256: string | undefined): boolean {
  if (!token || !adminTokenSha256) return false;
  return timingSafeEqual(Buffer.from(hashToken(token), 'hex'), Buffer.from(adminTokenSha256, 'hex'));
}

/**
 * A response's deletion token: an HMAC of its id with the database's secret, so that nothing per
 * response is stored and a retried POST can give the respondent the same token again.
 */
export const deletionToken = (secret: string, id: string): string =>
  createHmac('sha256', secret).update(`response:${id.toLowerCase()}`).digest('base64url');

export function isDeletionToken(secret: string, id: string, token: string | undefined): boolean {
  if (!token) return false;
  const expected = createHash('sha256').update(deletionToken(secret, id)).digest();
  return timingSafeEqual(createHash('sha256').update(token).digest(), expected);
}
