package vn.dvc.access.identity;

/**
 * Who a request is from, as the gateway vouched for it (a signed {@code X-DVC-Identity}): an API key's id, its role
 * ({@code portal}, {@code ministry}, {@code ops}, {@code unit}; {@code service} for a peer service) and the subtree it
 * is held to: a unit key's unit, a province's portal or ops key's province (a root unit), or — for a peer service
 * acting for such a key — that key's. None: a national key. {@link #UNVOUCHED} when no identity came and none is
 * required (tests, development).
 */
public record Caller(String keyId, String role, String unitCode) {

    public static final Caller UNVOUCHED = new Caller(null, null, null);

    /** Held to a subtree: it may read and write only inside {@link #unitCode()}'s subtree. */
    public boolean unitScoped() {
        return unitCode != null;
    }
}
