package vn.dvc.gateway.proxy;

import java.util.UUID;
import java.util.regex.Pattern;

/** The correlation id: the caller's {@code X-Request-Id} when it is a plain token, else a new UUID. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    static String takeOrCreate(String offered) {
        return offered != null && PLAIN_TOKEN.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
