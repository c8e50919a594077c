package vn.dvc.gateway.security;

/** The %test profile's keys (gateway.security.keys holds their hashes); the unit key belongs to GW-UNIT. */
public final class TestKeys {

    public static final String PORTAL = "dvc_00000000000a_portal-test-secret-xxxxxxxxxxxxxxxxxxxxxxxx";
    public static final String MINISTRY = "dvc_00000000000b_ministry-test-secret-xxxxxxxxxxxxxxxxxxxxxx";
    public static final String OPS = "dvc_00000000000c_ops-test-secret-xxxxxxxxxxxxxxxxxxxxxxxxxxx";
    public static final String UNIT = "dvc_00000000000d_unit-test-secret-xxxxxxxxxxxxxxxxxxxxxxxxxx";
    public static final String UNIT_CODE = "GW-UNIT";

    private TestKeys() {
    }
}
