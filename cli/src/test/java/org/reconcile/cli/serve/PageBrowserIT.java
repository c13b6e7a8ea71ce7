package org.reconcile.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reconcile.TestAdvisor;
import org.reconcile.model.Fact;

/**
 * The page of {@code reconcile serve} in headless Chromium, driven from the keyboard: a person
 * answers the questions one by one and reads the advice. Needs {@code chromium} and
 * {@code chromedriver} (Debian's packages); run with {@code mvn -Pbrowser test}. Saves
 * screenshots to {@code docs/page.png} and {@code docs/page-phone.png}.
 */
class PageBrowserIT {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static Server server;

    @BeforeAll
    static void start() {
        server = Server.start(TestAdvisor.get(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop(1);
    }

    @Test
    void abuseGivesDoNotGoBackWithTheSafetyNoteFirst() {
        WebDriver browser = phone();
        try {
            answer(browser, "120", Map.of(Fact.ABUSE, "yes"), "docs/page-phone-question.png");

            assertThat(verdict(browser)).isEqualTo("Don't go back.");
            List<WebElement> order = browser.findElements(By.cssSelector("#safety, #verdict"));
            assertThat(order.get(0).getAttribute("id")).as("the safety note comes first").isEqualTo("safety");
            assertThat(order.get(0).getText()).contains("Your safety comes first");
            assertThat(browser.switchTo().activeElement()).as("the safety note has the focus").isEqualTo(order.get(0));
            screenshot(browser, "docs/page-phone.png");
        } finally {
            browser.quit();
        }
    }

    @Test
    void tenDaysAfterTheBreakupWaitsTwentyDaysMore() {
        WebDriver browser = desktop();
        try {
            answer(browser, "10", Map.of(Fact.ABUSE, "no"));

            assertThat(verdict(browser)).isEqualTo("Wait for now.");
            assertThat(browser.findElement(By.id("days-to-wait")).getText()).startsWith("In 20 days");
            assertThat(browser.findElements(By.cssSelector("ul.advice blockquote"))).isNotEmpty();
            assertThat(browser.findElement(By.id("questions-left")).getText()).contains(Fact.MOTIVES.ask());
            screenshot(browser, "docs/page.png");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aMonthAndAHalfWithoutContactAndTheRightReasonsReachesOut() {
        WebDriver browser = desktop();
        try {
            answer(browser, "45", Map.of(Fact.ABUSE, "no", Fact.BREAKUP_REASONS, "OTHER", Fact.MOTIVES, "BELIEVE_IN_POTENTIAL",
                    Fact.RESENTMENT, "no", Fact.URGE_TO_PLEAD_OR_RANT, "no"));

            assertThat(verdict(browser)).isEqualTo("Reach out.");
            assertThat(browser.findElements(By.id("questions-left"))).isEmpty();
            assertThat(browser.findElements(By.id("safety"))).isEmpty();
        } finally {
            browser.quit();
        }
    }

    // Types the days, keeps "no contact" as the stage, then answers each question the page asks
    // (skipping those not in answers) until the advice shows, all from the keyboard.
    private static void answer(WebDriver browser, String days, Map<Fact, String> answers) {
        answer(browser, days, answers, null);
    }

    private static void answer(WebDriver browser, String days, Map<Fact, String> answers, String firstQuestionShot) {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        browser.get(server.url());
        WebElement daysInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("days")));
        assertThat(browser.switchTo().activeElement()).as("the first question has the focus").isEqualTo(daysInput);
        daysInput.sendKeys(days, Keys.ENTER);
        WebElement firstStage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=stage][value=NO_CONTACT]")));
        firstStage.sendKeys(Keys.SPACE);
        firstStage.sendKeys(Keys.ENTER);
        for (int asked = 0; asked < Fact.values().length; asked++) {
            wait.until(d -> !d.findElements(By.id("verdict")).isEmpty()
                    || !d.findElements(By.cssSelector("h2#q, legend")).isEmpty() && d.findElements(By.cssSelector("input[name=stage]")).isEmpty());
            if (!browser.findElements(By.id("verdict")).isEmpty()) {
                return;
            }
            String question = browser.findElement(By.cssSelector("h2#q, legend")).getText();
            Fact fact = List.of(Fact.values()).stream().filter(f -> f.ask().equals(question)).findFirst()
                    .orElseThrow(() -> new AssertionError("a question not in the catalog: " + question));
            if (asked == 0 && firstQuestionShot != null) {
                screenshot(browser, firstQuestionShot);
            }
            String answer = answers.getOrDefault(fact, "skip");
            WebElement shown = browser.findElement(By.cssSelector("h2#q, legend"));
            if (fact.type() == Fact.Type.BOOLEAN || answer.equals("skip")) {
                browser.findElement(By.cssSelector("[data-answer=" + answer + "]")).sendKeys(Keys.ENTER);
            } else {
                WebElement box = browser.findElement(By.cssSelector("input[name=" + fact.jsonName() + "][value=" + answer + "]"));
                box.sendKeys(Keys.SPACE);
                box.sendKeys(Keys.ENTER);
            }
            wait.until(ExpectedConditions.stalenessOf(shown));
        }
        throw new AssertionError("the page kept asking after every fact was asked");
    }

    private static String verdict(WebDriver browser) {
        WebElement verdict = new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        return verdict.getText();
    }

    private static WebDriver desktop() {
        ChromeOptions options = options();
        options.addArguments("--window-size=1000,1000");
        return new ChromeDriver(service(), options);
    }

    private static WebDriver phone() {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
        return new ChromeDriver(service(), options);
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("CHROMIUM", "/usr/bin/chromium"));
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--hide-scrollbars");
        return options;
    }

    // Debian's chromedriver, named outright so that Selenium never tries to download one.
    private static ChromeDriverService service() {
        return new ChromeDriverService.Builder().usingDriverExecutable(Path.of(executable("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
    }

    private static String executable(String variable, String fallback) {
        String given = System.getenv(variable);
        return given != null && !given.isBlank() ? given : fallback;
    }

    // The window is made as tall as the page first, so that the screenshot holds all of it.
    private static void screenshot(WebDriver browser, String file) {
        Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(size.getWidth(), ((Number) height).intValue() + 150));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(shot, Path.of(file), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
