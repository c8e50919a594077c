package vn.dvc.reporting.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import vn.dvc.problem.ProblemException;
import vn.dvc.reporting.config.BulletinConfig;

/**
 * A Word document as PDF, by LibreOffice on the host ({@code soffice --headless --convert-to pdf}; Debian's
 * {@code libreoffice-writer-nogui}): the configured converter, or {@code soffice} on the PATH; without one, PDF is
 * not offered. Each conversion runs with a profile of its own, so two at once never share one.
 */
@ApplicationScoped
public class PdfConverter {

    private static final Logger LOG = Logger.getLogger(PdfConverter.class);
    private static final long TIMEOUT_SECONDS = 120;

    private final Optional<Path> soffice;

    public PdfConverter(BulletinConfig config) {
        this.soffice = config.document().pdfConverter().map(Path::of).or(PdfConverter::onPath).filter(Files::isExecutable);
    }

    public boolean available() {
        return soffice.isPresent();
    }

    public byte[] pdfOf(byte[] docx, String name) {
        Path converter = soffice.orElseThrow(() -> ProblemException.unprocessable("format",
                "pdf needs LibreOffice on the host (reporting.bulletin.document.pdf-converter); docx is always served"));
        Path work = null;
        try {
            work = Files.createTempDirectory("bulletin-pdf");
            Path input = Files.write(work.resolve(name + ".docx"), docx);
            Process process = new ProcessBuilder(converter.toString(), "-env:UserInstallation=" + work.resolve("profile").toUri(),
                    "--headless", "--convert-to", "pdf", "--outdir", work.toString(), input.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw ProblemException.unavailable("The PDF converter did not finish in " + TIMEOUT_SECONDS + " s; retry later");
            }
            Path pdf = work.resolve(name + ".pdf");
            if (process.exitValue() != 0 || !Files.exists(pdf)) {
                LOG.warnf("soffice ended %d without a PDF: %s", process.exitValue(), Files.readString(work.resolve("soffice.log")));
                throw ProblemException.unavailable("The PDF converter failed; the docx format is still served");
            }
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Interrupted while converting to PDF; retry later");
        } finally {
            removeAll(work);
        }
    }

    private static Optional<Path> onPath() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(directory -> !directory.isBlank()).map(directory -> Path.of(directory, "soffice"))
                .filter(Files::isExecutable).findFirst();
    }

    private static void removeAll(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warnf("could not remove %s: %s", folder, e.getMessage());
        }
    }
}
