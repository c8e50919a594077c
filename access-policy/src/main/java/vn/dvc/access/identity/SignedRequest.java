package vn.dvc.access.identity;

/**
 * What an identity is good for: one request — the service it is meant for ({@code audience}: dossier, kpi,
 * reporting, payment), its method, its path and query exactly as sent, and the RFC 9530 {@code Content-Digest} of its
 * body (empty when it has none). A signature over these opens nothing else.
 */
public record SignedRequest(String audience, String method, String pathAndQuery, String contentDigest) {

    public SignedRequest {
        contentDigest = contentDigest == null ? "" : contentDigest;
    }

    /** The path and query as they stand in a request line ({@code path} raw, {@code query} raw or null). */
    public static String pathAndQuery(String path, String query) {
        return query == null ? path : path + "?" + query;
    }
}
