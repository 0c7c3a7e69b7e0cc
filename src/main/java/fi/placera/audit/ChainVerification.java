package fi.placera.audit;

/**
 * The result of re-computing the access log's hash chain: intact, or the first position where a
 * sealed row no longer matches (changed or deleted). Unsealed rows are the newest few seconds.
 */
public record ChainVerification(boolean intact, long sealedRows, long unsealedRows, Long firstBrokenSeq) {
}
