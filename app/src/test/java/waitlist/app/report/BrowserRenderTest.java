package waitlist.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import waitlist.app.CliRun;

/**
 * Every kind of report opened in a real browser (Debian's headless Chromium), as a reader would: each page is drawn to a
 * PNG that must not be blank and must show chart colours, the browser must report no script error, and in the page as the
 * browser parsed it every chart must hold data and no script or image a scenario's text smuggled in may exist. The runs
 * are small (a few seconds each). Where Chromium is not installed the tests are skipped and say so; {@code .ci/run}
 * installs it, so CI always runs them.
 */
class BrowserRenderTest {

    private static final String[] SERIES_COLOURS = {"rgb(230,159,0)", "rgb(86,180,233)", "rgb(0,158,115)", "rgb(0,114,178)",
            "rgb(213,94,0)", "rgb(204,121,167)", "rgb(0,0,0)"};

    @TempDir
    static Path dir;

    private static Path chromium;

    @BeforeAll
    static void findChromium() {
        chromium = onPath("chromium").or(() -> onPath("chromium-browser")).orElse(null);
        if (chromium == null) {
            System.err.println("SKIPPED BrowserRenderTest: no 'chromium' on the PATH, so the HTML reports were not checked in a browser; "
                    + "install it with 'apt-get install chromium' (.ci/run does this on CI)");
        }
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed: reports not checked in a browser (apt-get install chromium)");
    }

    @Test
    void simulationReport() throws Exception {
        check("simulate", html("simulate", "--replications", "10", "--seed", "2", "--format", "html"), 10);
    }

    @Test
    void simulationReportOfAStageNetwork() throws Exception {
        check("network", html("simulate", "connect-reablement", "--replications", "5", "--set", "/horizon/weeks=52", "--format", "html"), 3);
    }

    @Test
    void comparisonReport() throws Exception {
        check("compare", html("compare", "reconnect-baseline", "reconnect-ai-assessment", "--replications", "10", "--format", "html"), 2);
    }

    @Test
    void sweepReport() throws Exception {
        check("sweep", html("sweep", "--set", "/demand/growthPerYear=0,0.2", "--set", "/horizon/weeks=26", "--replications", "10",
                "--format", "html"), 2);
    }

    @Test
    void staffingReport() throws Exception {
        check("staff", html("staff", "--set", "/horizon/weeks=13", "--confidence", "0.6", "--search-replications", "20", "--format", "html"), 2);
    }

    @Test
    void planReport() throws Exception {
        Path snapshot = dir.resolve("s40.json");
        CliRun s = CliRun.run("snapshot", "--referrals", "40", "--seed", "3", "-o", snapshot.toString());
        assertThat(s.exit()).as(s.err()).isZero();
        Path out = dir.resolve("plan-out");
        CliRun p = CliRun.run("plan", snapshot.toString(), "--seed", "1", "--steps", "300", "-o", out.toString());
        assertThat(p.exit()).as(p.err()).isZero();
        check("plan", Files.readString(out.resolve("plan.html")), 2);
        assertThat(Files.readString(out.resolve("breaches.csv"))).startsWith("referral,alliance,alliance name,priority,referred,"
                + "days waited at start,booked on,projected breach days,breach days under first-come first-served,reason\n");
    }

    @Test
    void hostileNamesStayText() throws Exception {
        String page = html("simulate", "--replications", "5", "--set", "/name=\"<script>alert(1)</script>\"",
                "--set", "/alliances/0/name=\"<img src=x onerror=alert(2)>\"", "--format", "html");
        String dom = check("hostile", page, 10);
        assertThat(dom).doesNotContain("<script", "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
    }

    private static String html(String... args) {
        CliRun r = CliRun.run(args);
        assertThat(r.err()).as("stderr of " + String.join(" ", args)).doesNotContain("Exception");
        assertThat(r.out()).as(String.join(" ", args)).startsWith("<!DOCTYPE html>");
        return r.out();
    }

    /** Opens the page in Chromium twice (a screenshot, then the parsed page) and checks both; returns the parsed page. */
    private static String check(String name, String html, int leastCharts) throws IOException, InterruptedException {
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path png = dir.resolve(name + ".png");
        Run shot = browser("--screenshot=" + png, "--window-size=1200,3000", page.toUri().toString());
        assertThat(png).as("Chromium wrote no screenshot: " + shot.err()).exists();
        assertThat(shot.err()).as("script errors while loading " + name).doesNotContain("Uncaught", ":CONSOLE(");
        BufferedImage image = ImageIO.read(png.toFile());
        long inked = 0;
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    inked++;
                }
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80) {
                    coloured++;
                }
            }
        }
        long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
        assertThat(inked).as(name + ": a blank page").isGreaterThan(sampled / 100);
        assertThat(coloured).as(name + ": no chart colours on the first screens").isGreaterThan(200);

        String dom = browser("--dump-dom", page.toUri().toString()).out();
        assertThat(dom).as(name + ": the parsed page").contains("</footer>").doesNotContain("<script");
        List<String> figures = figures(dom);
        assertThat(figures).as(name + ": charts").hasSizeGreaterThanOrEqualTo(leastCharts);
        assertThat(figures.size()).as("every chart in the file survives parsing").isEqualTo(count(html, "<figure class=\"chart\""));
        for (String figure : figures) {
            Matcher points = Pattern.compile("data-points=\"(\\d+)\"").matcher(figure);
            assertThat(points.find()).isTrue();
            assertThat(Integer.parseInt(points.group(1))).as(name + ": a chart without data").isPositive();
            assertThat(figure).as(name + ": a chart whose series draw nothing").containsAnyOf(SERIES_COLOURS);
            assertThat(figure).contains("<title>");
        }
        return dom;
    }

    private static List<String> figures(String dom) {
        List<String> out = new ArrayList<>();
        for (int i = dom.indexOf("<figure class=\"chart\""); i >= 0; i = dom.indexOf("<figure class=\"chart\"", i + 1)) {
            out.add(dom.substring(i, dom.indexOf("</figure>", i)));
        }
        return out;
    }

    private record Run(String out, String err) {
    }

    private static Run browser(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s: " + command);
        }
        return new Run(Files.readString(out), Files.readString(err));
    }

    private static Optional<Path> onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
