package vn.dvc.launcher;

import java.nio.file.Path;

/** The java executable of the JVM running the launcher, used for every process it starts. */
final class JavaRuntime {

    private JavaRuntime() {
    }

    static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
