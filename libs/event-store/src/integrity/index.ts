export { chainedHashes, GENESIS_HASH, hashEventContent, storedEventHash } from './event-hash';
export type { HashedContent } from './event-hash';
export { verifyStreamChain } from './verify-stream-chain';
export type { BrokenLink, BrokenLinkReason, ChainVerification } from './verify-stream-chain';
