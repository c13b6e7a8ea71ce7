package org.reconcile.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium at a desktop's or a phone's size, driven as a person at the keyboard would,
 * with what the page tests check on every step: where the focus is, the tab's title, axe-core's
 * accessibility rules, and a screenshot of the whole page. Needs Debian's {@code chromium} and
 * {@code chromedriver} (or the CHROMIUM and CHROMEDRIVER variables).
 */
final class Chromium implements AutoCloseable {
    /** The two sizes every page test runs at. */
    enum Size {
        DESKTOP(1280, 900), PHONE(390, 844);

        final int width;
        final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }

        String suffix() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axe;

    final ChromeDriver driver;
    final Size size;

    private Chromium(ChromeDriver driver, Size size) {
        this.driver = driver;
        this.size = size;
    }

    static Chromium open(Size size) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("CHROMIUM", "/usr/bin/chromium"));
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--hide-scrollbars",
                "--window-size=" + size.width + "," + size.height);
        if (size == Size.PHONE) {
            options.setExperimentalOption("mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", size.width, "height", size.height, "pixelRatio", 2.0, "mobile", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile()).usingAnyFreePort().build();
        return new Chromium(new ChromeDriver(service, options), size);
    }

    private static String executable(String variable, String fallback) {
        String given = System.getenv(variable);
        return given != null && !given.isBlank() ? given : fallback;
    }

    @Override
    public void close() {
        driver.quit();
    }

    void get(String url) {
        driver.get(url);
    }

    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    String title() {
        return driver.getTitle();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Presses keys on whatever has the focus, as a person would. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Shift+Tab: the focus goes one control back. */
    void tabBack() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    /** Tabs forward until {@code element} has the focus; fails if it never gets it. */
    void tabTo(WebElement element) {
        for (int presses = 0; presses < 60; presses++) {
            if (focused().equals(element)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + element.getTagName() + "#" + element.getAttribute("id"));
    }

    /** Waits until the step whose heading has the id {@code headingId} shows and its heading has the focus. */
    WebElement waitForStep(String headingId) {
        return waiting().until(d -> {
            List<WebElement> found = d.findElements(By.id(headingId));
            return !found.isEmpty() && found.get(0).equals(d.switchTo().activeElement()) ? found.get(0) : null;
        });
    }

    /** The question on show, once its heading has the focus. */
    String question() {
        return waitForStep("question").getText();
    }

    /** Waits until the question on show is no longer {@code before}, and returns the one that is. */
    String nextQuestion(String before) {
        return waiting().until(d -> {
            List<WebElement> found = d.findElements(By.id("question"));
            if (found.isEmpty() || !found.get(0).equals(d.switchTo().activeElement())) {
                return null;
            }
            String text = found.get(0).getText();
            return text.equals(before) ? null : text;
        });
    }

    /** Runs axe-core on the page as it is and fails on any violation, naming each one and where. */
    void assertAccessible(String step) {
        script(axeSource());
        Object found = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations)), e => done('error: ' + e));");
        String text = String.valueOf(found);
        assertThat(text).as("axe-core ran on " + step).doesNotStartWith("error:");
        List<String> violations = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(text)) {
                List<String> where = new ArrayList<>();
                violation.path("nodes").forEach(node -> where.add(node.path("target").toString()));
                violations.add(violation.path("id").asText() + " (" + violation.path("help").asText() + ") at " + where);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(violations).as("axe-core's violations on " + step + " at " + size).isEmpty();
    }

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = Chromium.class.getResourceAsStream("axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    /** Saves the whole page, below the fold too, as docs/page-{name}-{size}.png. */
    void screenshot(String name) {
        script("window.scrollTo(0, 0);");
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double height = Math.max(((Number) content.get("height")).doubleValue(), size.height);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.width, "height", height, "scale", 1)));
        try {
            Files.write(Path.of("docs", "page-" + name + "-" + size.suffix() + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
