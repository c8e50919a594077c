package vn.dvc.problem.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id, as the gateway and every service read it: the caller's {@code X-Request-Id} when it is a plain
 * token, else a new UUID. The gateway always sends one on; each service logs it as {@code requestId} and echoes it.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    public static String takeOrCreate(String offered) {
        return offered != null && PLAIN_TOKEN.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
