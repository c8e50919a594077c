package vn.dvc.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** A host and port, as the launcher checks and waits for them. */
public record Endpoint(String host, int port) {

    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    /** Parses {@code host:port}. */
    public static Endpoint parse(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new LauncherException("'" + hostAndPort + "' is not host:port");
        }
        try {
            return new Endpoint(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new LauncherException("'" + hostAndPort + "' is not host:port");
        }
    }

    public static Endpoint local(int port) {
        return new Endpoint("127.0.0.1", port);
    }

    /** True when something accepts connections there. */
    public boolean isListening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
