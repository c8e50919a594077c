package vn.dvc.gateway.security;

/** A request to the gateway's own endpoints that names a field wrongly: a 400 problem naming it. */
public class KeyRequestException extends RuntimeException {

    private final String field;

    public KeyRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
