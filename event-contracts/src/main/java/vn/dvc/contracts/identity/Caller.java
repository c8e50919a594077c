package vn.dvc.contracts.identity;

/**
 * Who a request is from, as the gateway vouched for it (a signed {@code X-DVC-Identity}): an API key's id, its role
 * ({@code portal}, {@code ministry}, {@code ops}, {@code unit}; {@code service} for a peer service) and, for a unit
 * key, its unit. {@link #UNVOUCHED} when no identity came and none is required (tests, development).
 */
public record Caller(String keyId, String role, String unitCode) {

    public static final Caller UNVOUCHED = new Caller(null, null, null);

    /** A unit key: it may act only inside {@link #unitCode()}'s subtree. */
    public boolean unitScoped() {
        return "unit".equals(role);
    }
}
