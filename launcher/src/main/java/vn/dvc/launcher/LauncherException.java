package vn.dvc.launcher;

/** A failure the user can act on: its message says what went wrong and where the log is. Never a stack trace. */
public class LauncherException extends RuntimeException {

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
