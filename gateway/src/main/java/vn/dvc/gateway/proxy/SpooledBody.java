package vn.dvc.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import java.security.MessageDigest;
import vn.dvc.access.identity.ContentDigest;

/**
 * An uploaded file's body written to a temporary file as it arrives, digested on the way, never held in memory: the
 * digest must be signed before the first byte goes to the service, and a file may be hundreds of megabytes. Past the
 * limit the write stops with {@link BoundedBody.TooLarge} and the file is deleted.
 */
final class SpooledBody {

    private SpooledBody() {
    }

    /** A spooled body: where, how long, and its {@code Content-Digest}. */
    record Spooled(String path, long size, String digest) {
    }

    static Future<Spooled> spool(Vertx vertx, HttpServerRequest request, long limit) {
        request.pause();
        return vertx.fileSystem().createTempFile("gateway-upload-", ".part").compose(path ->
                vertx.fileSystem().open(path, new OpenOptions().setWrite(true).setTruncateExisting(true))
                        .compose(file -> write(request, file, limit, path))
                        .onFailure(failed -> vertx.fileSystem().delete(path)));
    }

    private static Future<Spooled> write(HttpServerRequest request, AsyncFile file, long limit, String path) {
        Promise<Spooled> spooled = Promise.promise();
        MessageDigest digest = ContentDigest.newDigest();
        long[] size = {0};
        request.handler(chunk -> {
            if (spooled.future().isComplete()) {
                return;
            }
            size[0] += chunk.length();
            if (size[0] > limit) {
                spooled.tryFail(new BoundedBody.TooLarge(limit));
                file.close();
                request.connection().close();
                return;
            }
            digest.update(chunk.getBytes());
            file.write(chunk);
            if (file.writeQueueFull()) {
                request.pause();
                file.drainHandler(drained -> request.resume());
            }
        });
        request.exceptionHandler(failure -> {
            spooled.tryFail(failure);
            file.close();
        });
        request.endHandler(end -> file.close().onComplete(closed -> {
            if (closed.failed()) {
                spooled.tryFail(closed.cause());
            } else {
                spooled.tryComplete(new Spooled(path, size[0], ContentDigest.header(digest.digest())));
            }
        }));
        request.resume();
        return spooled.future();
    }
}
