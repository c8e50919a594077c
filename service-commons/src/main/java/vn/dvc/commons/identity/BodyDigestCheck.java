package vn.dvc.commons.identity;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import vn.dvc.access.identity.Caller;
import vn.dvc.access.identity.ContentDigest;
import vn.dvc.problem.ProblemException;

/**
 * Holds a vouched request's body to the {@code Content-Digest} its identity was signed with, as the body is read:
 * the rest of the stream is read once the entity is, and a body that differs — or one that came without a digest — is
 * refused (400) before the resource method runs, so nothing of it is kept. A streamed upload is checked the same way,
 * against the digest its client declared. Server side only: the answers a service's REST clients read are not
 * requests.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class BodyDigestCheck implements ReaderInterceptor {

    private static final String EMPTY = ContentDigest.of(new byte[0]);

    private final Callers callers;

    public BodyDigestCheck(Callers callers) {
        this.callers = callers;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst(ContentDigest.HEADER);
        if (declared == null && callers.current() == Caller.UNVOUCHED) {
            return context.proceed();
        }
        MessageDigest digest = ContentDigest.newDigest();
        DigestedBody body = new DigestedBody(context.getInputStream(), digest);
        context.setInputStream(body);
        if (context.getType() == InputStream.class) {
            // a streamed upload: its resource reads it to the end, and the end is where the digest is compared
            return new CheckedAtEnd(body, digest, declared);
        }
        Object entity = context.proceed();
        body.drain();
        String actual = ContentDigest.header(digest.digest());
        if (declared == null ? !actual.equals(EMPTY) : !declared.equals(actual)) {
            throw ProblemException.badRequest(ContentDigest.HEADER, declared == null
                    ? "is required with a body" : "does not match the body");
        }
        return entity;
    }

    /** A streamed body whose digest is compared with the declared one when its reader reaches the end. */
    private static final class CheckedAtEnd extends FilterInputStream {

        private final MessageDigest digest;
        private final String declared;
        private boolean checked;

        CheckedAtEnd(InputStream body, MessageDigest digest, String declared) {
            super(body);
            this.digest = digest;
            this.declared = declared;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            return read < 0 ? atEnd(read) : read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            return read < 0 ? atEnd(read) : read;
        }

        private int atEnd(int end) {
            if (checked) {
                return end;
            }
            checked = true;
            if (declared == null || !declared.equals(ContentDigest.header(digest.digest()))) {
                throw ProblemException.badRequest(ContentDigest.HEADER, declared == null
                        ? "is required with a body" : "does not match the body");
            }
            return end;
        }
    }

    /** The body read through the digest; the reader may close it before its end, so closing reads the rest first. */
    private static final class DigestedBody extends DigestInputStream {

        private boolean drained;

        DigestedBody(InputStream body, MessageDigest digest) {
            super(body, digest);
        }

        void drain() throws IOException {
            if (!drained) {
                byte[] buffer = new byte[8192];
                while (read(buffer) >= 0) {
                    // the digest sees every byte read
                }
                drained = true;
            }
        }

        @Override
        public void close() throws IOException {
            drain();
            super.close();
        }
    }
}
