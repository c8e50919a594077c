package vn.dvc.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * A request's body read whole, its bytes counted as they arrive whatever the framing (a declared length, HTTP/1.1
 * chunks, HTTP/2 frames): past the limit the read fails at once with {@link TooLarge}, and the rest is never kept —
 * drained so that the caller can read the refusal, and the connection closed if it goes on past as much again.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    static Future<Buffer> read(HttpServerRequest request, long limit) {
        Promise<Buffer> whole = Promise.promise();
        Buffer body = Buffer.buffer();
        long[] discarded = {0};
        request.handler(chunk -> {
            if (whole.future().isComplete()) {
                discarded[0] += chunk.length();
                if (discarded[0] > limit) {
                    request.connection().close();
                }
                return;
            }
            if ((long) body.length() + chunk.length() > limit) {
                whole.tryFail(new TooLarge(limit));
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(whole::tryFail);
        request.endHandler(end -> whole.tryComplete(body));
        // Quarkus hands routes a paused request
        request.resume();
        return whole.future();
    }

    /** The body went past its limit. */
    static final class TooLarge extends RuntimeException {

        TooLarge(long limit) {
            super("The body is over " + limit + " bytes", null, false, false);
        }
    }
}
