package vn.dvc.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashboard's page and assets as the gateway serves them. */
@QuarkusTest
class DashboardAssetsTest {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");

    @Test
    void thePageIsVietnameseNeverCachedAndLoadsOnlyHashedAssetsOfItsOwn() {
        Response page = given().get("/");
        page.then().statusCode(200).contentType("text/html").header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("<html lang=\"vi\">")).body(containsString("Đăng nhập"));
        String html = page.asString();
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("{{");
        List<String> assets = new ArrayList<>();
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        assertThat(assets).hasSize(10).allMatch(path -> path.matches("/assets/[A-Za-z.]+\\.[0-9a-f]{12}\\.(js|css)"));
        long bytes = 0;
        for (String asset : assets) {
            Response answer = given().get(asset);
            answer.then().statusCode(200).header("Cache-Control", "public, max-age=31536000, immutable");
            bytes += answer.asByteArray().length;
        }
        assertThat(bytes).as("every asset of the page, uncompressed").isLessThan(1_000_000);
    }

    @Test
    void anAssetIsGzippedForBrowsersThatAcceptIt() {
        String script = given().get("/").asString().replaceAll("(?s).*src=\"(/assets/app\\.[0-9a-f]{12}\\.js)\".*", "$1");
        given().header("Accept-Encoding", "gzip").get(script).then().statusCode(200).header("Content-Encoding", "gzip")
                .contentType("text/javascript").body(containsString("DVC"));
    }

    @Test
    void anUnknownOrStaleAssetIsAProblem() {
        given().get("/assets/app.000000000000.js").then().statusCode(404).contentType("application/problem+json");
    }
}
