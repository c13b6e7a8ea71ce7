package org.reconcile.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.reconcile.TestAdvisor;
import org.reconcile.cli.serve.Chromium.Size;

/**
 * The page when things go wrong between it and the server: a slow answer (the test holds each
 * one in a proxy until it lets it through), keys pressed twice, and the server stopped mid-way
 * then started again. In headless Chromium at both sizes, from the keyboard.
 */
class PageUnderStrainIT {
    private static Server server;

    @BeforeAll
    static void start() {
        server = Server.start(TestAdvisor.get(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop(1);
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void enterPressedTwiceNeverAnswersAQuestionThePersonHasNotSeen(Size size) {
        try (Chromium browser = Chromium.open(size); HoldingProxy proxy = HoldingProxy.of(server.url())) {
            PageSteps person = new PageSteps(browser).open(proxy.url());
            WebElement when = browser.byId("when-1");
            when.sendKeys(Keys.SPACE);
            when.sendKeys(Keys.ENTER, Keys.ENTER);
            browser.nextQuestion("When did you break up?");
            browser.press(Keys.ENTER);
            assertThat(browser.question()).isEqualTo("How far have things gone since the breakup?");
            assertThat(browser.driver.findElements(By.cssSelector("#step input:checked"))).as("no stage chosen for the person").isEmpty();
            proxy.hold();
            WebElement stage = browser.byId("stage-0");
            stage.sendKeys(Keys.SPACE);
            stage.sendKeys(Keys.ENTER, Keys.ENTER);
            proxy.release();
            String third = browser.nextQuestion("How far have things gone since the breakup?");
            browser.press(Keys.ENTER);
            browser.press(Keys.ENTER);

            assertThat(browser.question()).as("still the question just shown").isEqualTo(third);
            assertThat(browser.title()).matches("Question 3 of about \\d+");
            assertThat(browser.driver.findElements(By.cssSelector("#step input:checked"))).as("nothing answered for the person").isEmpty();
            String fact = person.fact();
            assertThat(proxy.posted()).as("no answer to the question on show was sent").noneMatch(body -> body.contains("\"" + fact + "\""));

            WebElement no = browser.byId(fact + "-no");
            no.sendKeys(Keys.SPACE);
            no.sendKeys(Keys.ENTER, Keys.ENTER);
            proxy.release();
            String fourth = browser.nextQuestion(third);
            browser.press(Keys.ENTER);
            assertThat(browser.question()).isEqualTo(fourth);
            assertThat(browser.title()).matches("Question 4 of about \\d+");
            assertThat(browser.driver.findElements(By.cssSelector("#step input:checked"))).isEmpty();
            String next = person.fact();
            assertThat(proxy.posted()).noneMatch(body -> body.contains("\"" + next + "\""));
        }
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void aSlowServerShowsThePageIsWorkingAndASecondPressSendsNothingMore(Size size) {
        try (Chromium browser = Chromium.open(size); HoldingProxy proxy = HoldingProxy.of(server.url())) {
            PageSteps person = new PageSteps(browser).open(proxy.url());
            person.choose("when-2");
            browser.nextQuestion("When did you break up?");
            proxy.hold();
            int sent = proxy.posted().size();
            person.choose("stage-0");

            browser.waiting().until(d -> "true".equals(browser.byId("step").getAttribute("aria-busy")));
            assertThat(browser.byId("status").getAttribute("textContent")).as("said to screen readers").isEqualTo("Working...");
            assertThat(browser.byId("working").isDisplayed()).as("shown beside Continue").isTrue();
            assertThat(browser.byId("continue").isEnabled()).as("Continue is disabled while the request runs").isFalse();
            assertThat(browser.byId("stage-1").isEnabled()).isFalse();
            browser.script("document.getElementById('step').requestSubmit();");
            browser.screenshot("working");
            proxy.release();

            String third = browser.nextQuestion("How far have things gone since the breakup?");
            assertThat(browser.title()).as("numbered once, not twice").matches("Question 3 of about \\d+");
            assertThat(proxy.posted()).as("the stage was sent once").hasSize(sent + 1);
            assertThat(proxy.posted().get(sent)).contains("\"stage\":\"NO_CONTACT\"");
            assertThat(browser.byId("status").getAttribute("textContent")).isEmpty();
            assertThat(browser.has("#working")).isFalse();
            assertThat(third).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void theServerStoppedThenStartedAgainLosesNoAnswer(Size size) {
        Server own = Server.start(TestAdvisor.get(), "127.0.0.1", 0);
        int port = own.port();
        try (Chromium browser = Chromium.open(size)) {
            PageSteps person = new PageSteps(browser).open(own.url());
            person.daysAsANumber(45);
            browser.nextQuestion("When did you break up?");
            person.choose("stage-0");
            String third = browser.nextQuestion("How far have things gone since the breakup?");
            String fact = person.fact();

            own.stop(1);
            person.choose(fact + "-no");
            WebElement failure = browser.waiting().until(d -> browser.has("#failure-title") ? browser.byId("failure-title") : null);
            assertThat(browser.focused()).as("the failure takes the focus").isEqualTo(failure);
            assertThat(browser.byId("failure").getText()).contains("Your answers are kept").contains("Try again");
            assertThat(browser.title()).startsWith("Error: Question 3");
            assertThat(browser.byId("question").getText()).as("the question stays").isEqualTo(third);
            assertThat(browser.byId(fact + "-no").isSelected()).as("with its answer").isTrue();
            browser.assertAccessible("a failure");
            browser.screenshot("failure");

            own = Server.start(TestAdvisor.get(), "127.0.0.1", port);
            person.follow(browser.byId("try-again"));
            browser.nextQuestion(third);
            assertThat(browser.title()).matches("Question 4 of about \\d+");
            person.answerUntilTheAdvice(Map.of());
            person.verdict();
            assertThat(person.yourAnswers()).containsEntry("When did you break up?", "45 days ago")
                    .containsEntry("How far have things gone since the breakup?", "We haven't been in touch since the breakup")
                    .containsEntry(third, "No");
            assertThat(List.copyOf(person.yourAnswers().keySet())).hasSizeGreaterThan(3);
        } finally {
            own.stop(1);
        }
    }
}
