package vn.dvc.gateway.dashboard;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import vn.dvc.gateway.proxy.ProblemAnswers;

/**
 * The dashboard, served by the gateway on the API's own origin: {@code /} is the page (never cached, so a new release
 * shows at once), {@code /assets/<name>.<hash>.<ext>} its scripts and styles under names that carry a hash of their
 * content (cached for a year: a changed file is a new name). Everything comes from this jar — uPlot from its webjar —
 * so the page works on a provincial network without the internet. Gzipped once, at start, for browsers that accept it.
 */
@ApplicationScoped
public class DashboardAssets {

    static final String PAGE = "dashboard/index.html";
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Map<String, Asset> byName = new LinkedHashMap<>();
    private final Asset page;

    public DashboardAssets() {
        Properties vendored = properties("dashboard/vendored.properties");
        String uplot = "META-INF/resources/webjars/uplot/" + vendored.getProperty("uplot.version") + "/dist/";
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("uPlot.min.css", uplot + "uPlot.min.css");
        sources.put("uPlot.iife.min.js", uplot + "uPlot.iife.min.js");
        for (String own : List.of("dashboard.css", "format.js", "api.js", "charts.js", "xlsx.js", "paper.js", "pages.js", "app.js")) {
            sources.put(own, "dashboard/" + own);
        }
        String html = new String(read(PAGE), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Asset asset = Asset.of(source.getKey(), read(source.getValue()));
            byName.put(asset.hashedName(), asset);
            html = html.replace("{{" + source.getKey() + "}}", "/assets/" + asset.hashedName());
        }
        if (html.contains("{{")) {
            throw new IllegalStateException(PAGE + " names an asset that is not served: " + html.substring(html.indexOf("{{")));
        }
        page = Asset.of("index.html", html.getBytes(StandardCharsets.UTF_8));
    }

    void register(@Observes Router router) {
        router.get("/").handler(routing -> send(routing, page, "no-cache"));
        router.get("/assets/:name").handler(routing -> {
            Asset asset = byName.get(routing.pathParam("name"));
            if (asset == null) {
                ProblemAnswers.send(routing, 404, "Not found", "No asset " + routing.pathParam("name"));
                return;
            }
            send(routing, asset, "public, max-age=31536000, immutable");
        });
    }

    /** Every asset the page loads, by its hashed name: what a browser downloads at most. */
    public Map<String, Asset> assets() {
        return Map.copyOf(byName);
    }

    private static void send(RoutingContext routing, Asset asset, String caching) {
        String accepted = routing.request().getHeader("Accept-Encoding");
        boolean gzip = accepted != null && accepted.contains("gzip");
        var response = routing.response().putHeader("Content-Type", asset.contentType()).putHeader("Cache-Control", caching)
                .putHeader("Content-Security-Policy", POLICY).putHeader("Vary", "Accept-Encoding");
        if (gzip) {
            response.putHeader("Content-Encoding", "gzip");
        }
        response.end(Buffer.buffer(gzip ? asset.gzipped() : asset.bytes()));
    }

    private static byte[] read(String resource) {
        try (InputStream in = DashboardAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The dashboard asset " + resource + " is missing from the gateway's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = new java.io.ByteArrayInputStream(read(resource))) {
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file: its name with a content hash, its bytes, gzipped, and its type. */
    public record Asset(String hashedName, byte[] bytes, byte[] gzipped, String contentType) {

        static Asset of(String name, byte[] bytes) {
            int dot = name.lastIndexOf('.');
            String extension = name.substring(dot + 1);
            String hashed = name.substring(0, dot) + "." + ContentHash.of(bytes) + "." + extension;
            return new Asset(hashed, bytes, gzip(bytes), switch (extension) {
                case "js" -> "text/javascript; charset=utf-8";
                case "css" -> "text/css; charset=utf-8";
                default -> "text/html; charset=utf-8";
            });
        }

        private static byte[] gzip(byte[] bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream zipped = new GZIPOutputStream(out)) {
                zipped.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
