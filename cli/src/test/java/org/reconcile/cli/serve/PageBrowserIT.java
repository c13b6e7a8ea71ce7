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
import org.openqa.selenium.interactions.Actions;
import org.reconcile.TestAdvisor;
import org.reconcile.advice.Verdict;
import org.reconcile.cli.serve.Chromium.Size;
import org.reconcile.model.Stage;

/**
 * The page of {@code reconcile serve} in headless Chromium, at a desktop's and a phone's size,
 * driven from the keyboard alone: a person answers one question per step, makes mistakes, goes
 * back, changes answers, skips questions, and leaves the page in a hurry. axe-core checks every
 * step; the screenshots go to {@code docs/page-*.png}. Run with {@code mvn -Pbrowser test}.
 */
class PageBrowserIT {
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
    void aPersonAnswersOneQuestionAtATimeThenChecksAndChangesTheirAnswers(Size size) {
        try (Chromium browser = Chromium.open(size)) {
            PageSteps person = new PageSteps(browser).open(server.url());
            assertThat(browser.title()).matches("Question 1 of about \\d+");
            assertThat(browser.title()).doesNotContainIgnoringCase("breakup");
            browser.assertAccessible("the days");
            browser.screenshot("days");
            assertFocusRingsStandOut(browser, "the days");

            person.continueWithTheKeyboard();
            WebElement summary = browser.waiting().until(d -> browser.has("#error-summary") ? browser.byId("error-summary") : null);
            assertThat(browser.focused()).as("the error summary takes the focus").isEqualTo(summary);
            assertThat(browser.title()).startsWith("Error: Question 1 of about");
            assertInView(browser, summary);
            assertMessageAboveAndTiedTo(browser, "when-0-error", "answer-group");
            browser.assertAccessible("the days with an error");
            browser.screenshot("days-error");
            person.follow(summary.findElement(By.tagName("a")));
            assertThat(browser.focused().getAttribute("id")).as("the summary's link leads to the field").isEqualTo("when-0");

            person.daysAsADate(10);
            assertThat(browser.question()).isEqualTo("How far have things gone since the breakup?");
            assertThat(browser.title()).matches("Question 2 of about \\d+");
            browser.assertAccessible("the stage");
            browser.screenshot("stage");
            person.choose("stage-0");

            String first = browser.nextQuestion("How far have things gone since the breakup?");
            assertThat(browser.title()).matches("Question 3 of about \\d+");
            assertThat(browser.driver.findElements(By.cssSelector("#step input:checked"))).as("nothing is answered for the person").isEmpty();
            browser.assertAccessible("a yes or no question");
            browser.screenshot("question");
            assertThat(person.fact()).isEqualTo("abuse");
            person.choose("abuse-no");
            browser.nextQuestion(first);
            assertThat(browser.title()).matches("Question 4 of about \\d+");
            assertThat(person.fact()).isEqualTo("breakupReasons");
            browser.assertAccessible("a question of several answers");
            browser.screenshot("choices");
            person.answerUntilTheAdvice(Map.of("breakupReasons", "3", "resentment", "no"));

            assertThat(person.verdict()).isEqualTo(Verdict.WAIT.inPlainWords(Stage.NO_CONTACT));
            assertThat(browser.title()).isEqualTo("Your advice");
            assertThat(browser.byId("days-to-wait").getText()).startsWith("In 20 days");
            assertThat(person.yourAnswers()).containsEntry("Was the relationship abusive in any way?", "No")
                    .containsEntry("How far have things gone since the breakup?", "We haven't been in touch since the breakup")
                    .containsValue("I’d rather not say");
            browser.assertAccessible("the advice");
            browser.screenshot("advice");
            assertFocusRingsStandOut(browser, "the advice");

            List<WebElement> followUps = browser.driver.findElements(By.cssSelector("#follow-ups a"));
            assertThat(followUps).as("the follow-ups are offered after the questions").isNotEmpty();
            String fact = followUps.get(0).getAttribute("data-fact");
            person.follow(followUps.get(0));
            browser.question();
            assertThat(browser.title()).matches("Optional question 1 of about \\d+");
            person.choose(fact + "-" + (browser.has("#" + fact + "-yes") ? "yes" : "0"));
            person.verdict();
            assertThat(browser.driver.findElements(By.cssSelector("#follow-ups a[data-fact='" + fact + "']")))
                    .as("an answered follow-up is no longer offered").isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("#answers > div[data-step='fact:" + fact + "']"))).hasSize(1);

            person.follow(person.change("fact:abuse"));
            assertThat(browser.question()).isEqualTo("Was the relationship abusive in any way?");
            assertThat(browser.byId("abuse-no").isSelected()).as("the answer given shows").isTrue();
            person.choose("abuse-yes");
            assertThat(person.verdict()).isEqualTo(Verdict.DO_NOT_GO_BACK.inPlainWords(Stage.NO_CONTACT));
            WebElement safety = browser.byId("safety");
            assertThat(browser.focused()).as("the safety note is read first").isEqualTo(safety);
            assertThat(person.yourAnswers()).containsEntry("Was the relationship abusive in any way?", "Yes");
            browser.assertAccessible("the advice with the safety note");
            browser.screenshot("safety");
        }
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void backForwardAndChangeMoveBetweenTheSteps(Size size) {
        try (Chromium browser = Chromium.open(size)) {
            PageSteps person = new PageSteps(browser).open(server.url());
            assertThat(browser.has("#back")).as("no Back on the first step").isFalse();
            person.choose("when-1");
            browser.question();
            person.choose("stage-0");
            String third = browser.nextQuestion("How far have things gone since the breakup?");

            person.follow(browser.byId("back"));
            assertThat(browser.nextQuestion(third)).isEqualTo("How far have things gone since the breakup?");
            assertThat(browser.byId("stage-0").isSelected()).as("the stage given shows").isTrue();
            browser.driver.navigate().back();
            assertThat(browser.nextQuestion("How far have things gone since the breakup?")).isEqualTo("When did you break up?");
            assertThat(browser.byId("when-1").isSelected()).isTrue();
            browser.driver.navigate().forward();
            assertThat(browser.nextQuestion("When did you break up?")).isEqualTo("How far have things gone since the breakup?");
            browser.driver.navigate().forward();
            assertThat(browser.nextQuestion("How far have things gone since the breakup?")).isEqualTo(third);
            assertThat(browser.title()).matches("Question 3 of about \\d+");

            person.answerUntilTheAdvice(Map.of("abuse", "no", "breakupReasons", "3", "motives", "0", "resentment", "no",
                    "urgeToPleadOrRant", "no"));
            assertThat(person.verdict()).isEqualTo(Verdict.REACH_OUT.inPlainWords(Stage.NO_CONTACT));
            person.follow(person.change("stage"));
            assertThat(browser.question()).isEqualTo("How far have things gone since the breakup?");
            assertThat(browser.byId("stage-0").isSelected()).isTrue();
            person.choose("stage-4");
            assertThat(person.verdict()).as("back to the advice, worked out again, in the words for the stage")
                    .isEqualTo(Verdict.REBUILD.inPlainWords(Stage.BACK_TOGETHER));
            assertThat(person.yourAnswers()).containsEntry("How far have things gone since the breakup?", "We're back together")
                    .containsEntry("When did you break up?", "One to three months ago")
                    .as("the questions as asked back together").containsKey("Why did you get back together?")
                    .doesNotContainKey("Why do you want to get back together?");

            browser.driver.navigate().back();
            assertThat(browser.question()).isEqualTo("How far have things gone since the breakup?");
            browser.driver.navigate().forward();
            assertThat(person.verdict()).isEqualTo(Verdict.REBUILD.inPlainWords(Stage.BACK_TOGETHER));
        }
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void everyQuestionCanBeSkipped(Size size) {
        try (Chromium browser = Chromium.open(size)) {
            PageSteps person = new PageSteps(browser).open(server.url());
            person.choose("when-skip");
            browser.nextQuestion("When did you break up?");
            person.choose("stage-skip");
            browser.nextQuestion("How far have things gone since the breakup?");
            person.answerUntilTheAdvice(Map.of());

            person.verdict();
            assertThat(browser.byId("days-assumed").getText()).contains("You didn’t say when you broke up");
            assertThat(person.yourAnswers()).isNotEmpty().allSatisfy((question, answer) -> assertThat(answer).isEqualTo("I’d rather not say"));
            List<WebElement> left = browser.driver.findElements(By.cssSelector("#questions-left li"));
            assertThat(left).as("each question skipped is left to think about, with Answer now").isNotEmpty()
                    .allSatisfy(item -> assertThat(item.findElement(By.tagName("a")).getText()).startsWith("Answer now"));
            browser.assertAccessible("the advice with every question skipped");
            browser.screenshot("skipped");
        }
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void exitThisPageLeavesAtOnceByTheButtonOrByShiftThreeTimes(Size size) {
        try (Chromium browser = Chromium.open(size)) {
            PageSteps person = new PageSteps(browser).open(server.url());
            WebElement exit = browser.byId("exit");
            assertThat(exit.getAttribute("href")).as("a neutral site").isEqualTo("https://www.bbc.com/weather");
            // The test's own neutral page, as the machine that runs it may have no internet.
            String neutral = server.url() + "health";
            browser.script("document.getElementById('exit').href = arguments[0];", neutral);
            person.choose("when-0");
            browser.nextQuestion("When did you break up?");
            long entries = (Long) browser.script("return history.length;");

            browser.script("document.getElementById('exit').href = arguments[0];", neutral);
            for (int presses = 0; presses < 2 && !browser.focused().equals(browser.byId("exit")); presses++) {
                browser.tabBack();
            }
            assertThat(browser.focused()).as("from the question, the exit button is two Shift+Tabs away at most (past Back)")
                    .isEqualTo(browser.byId("exit"));
            browser.press(Keys.ENTER);
            browser.waiting().until(d -> d.getCurrentUrl().equals(neutral));
            assertThat((Long) browser.script("return history.length;")).as("the page was replaced, not added to").isEqualTo(entries);

            browser.driver.navigate().back();
            assertThat(browser.question()).as("back in the tool, nothing of the answers is left").isEqualTo("When did you break up?");
            assertThat(browser.driver.findElements(By.cssSelector("#step input:checked"))).isEmpty();
            person.choose("when-0");
            browser.nextQuestion("When did you break up?");
            browser.script("document.getElementById('exit').href = arguments[0];", neutral);
            long before = (Long) browser.script("return history.length;");
            Actions shift = new Actions(browser.driver);
            for (int press = 0; press < 3; press++) {
                shift.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
            }
            shift.perform();
            browser.waiting().until(d -> d.getCurrentUrl().equals(neutral));
            assertThat((Long) browser.script("return history.length;")).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void aWrongDateOrNumberIsExplainedAboveItsField(Size size) {
        try (Chromium browser = Chromium.open(size)) {
            PageSteps person = new PageSteps(browser).open(server.url());
            person.check("when-date");
            browser.byId("date-day").sendKeys("31");
            browser.byId("date-month").sendKeys("2");
            browser.byId("date-year").sendKeys("2020", Keys.ENTER);
            WebElement summary = browser.waiting().until(d -> browser.has("#error-summary") ? browser.byId("error-summary") : null);
            assertThat(summary.getText()).contains("The date must be a real date");
            assertThat(browser.focused()).isEqualTo(summary);
            assertInView(browser, summary);
            assertMessageAboveAndTiedTo(browser, "date-day-error", null);
            assertThat(browser.byId("date-day").getAttribute("aria-invalid")).isEqualTo("true");
            person.follow(summary.findElement(By.tagName("a")));
            assertThat(browser.focused().getAttribute("id")).isEqualTo("date-day");
            assertInView(browser, browser.byId("date-day"));
            browser.assertAccessible("a wrong date");

            person.check("when-number");
            WebElement number = browser.byId("days-number");
            number.sendKeys("forty", Keys.ENTER);
            browser.waiting().until(d -> browser.byId("error-summary").getText().contains("whole number of days"));
            assertThat(browser.driver.findElements(By.cssSelector(".error-message"))).as("one message, the old one gone").hasSize(1);
            assertMessageAboveAndTiedTo(browser, "days-number-error", "days-number");
            number.clear();
            number.sendKeys("45", Keys.ENTER);
            assertThat(browser.nextQuestion("When did you break up?")).isEqualTo("How far have things gone since the breakup?");
            assertThat(browser.title()).doesNotStartWith("Error");
        }
    }

    // The element is on screen, within the viewport, where a person sees it without scrolling.
    private static void assertInView(Chromium browser, WebElement element) {
        Boolean visible = (Boolean) browser.script("const e = arguments[0], r = e.getBoundingClientRect();"
                + " if (!(r.top >= 0 && r.top < window.innerHeight && r.left >= 0 && r.right <= window.innerWidth)) return false;"
                + " const seen = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + Math.min(r.height / 2, 10));"
                + " return seen !== null && (seen === e || e.contains(seen));", element);
        assertThat(visible).as(element.getAttribute("id") + " in view, not under the exit bar, at " + browser.size).isTrue();
    }

    // The message comes before its field in the page, and the field names it in aria-describedby.
    private static void assertMessageAboveAndTiedTo(Chromium browser, String messageId, String describedId) {
        WebElement message = browser.byId(messageId);
        assertThat(message.getText()).startsWith("Error:");
        if (describedId != null) {
            assertThat(browser.byId(describedId).getAttribute("aria-describedby")).contains(messageId);
        } else {
            assertThat(browser.driver.findElements(By.cssSelector("[aria-describedby~='" + messageId + "']"))).isNotEmpty();
        }
        String field = describedId != null ? describedId : messageId.replace("-error", "");
        Boolean before = (Boolean) browser.script("return !!(arguments[0].compareDocumentPosition(document.getElementById(arguments[1]).querySelector('input') "
                + "|| document.getElementById(arguments[1])) & Node.DOCUMENT_POSITION_FOLLOWING);", message, field);
        assertThat(before).as(messageId + " above its field").isTrue();
    }

    // Tabs through the whole page; each control's focus ring must contrast at least 3:1 with the
    // background it is drawn on (WCAG 2.2, 1.4.11).
    private static void assertFocusRingsStandOut(Chromium browser, String step) {
        WebElement first = null;
        int checked = 0;
        for (int presses = 0; presses < 80; presses++) {
            browser.press(Keys.TAB);
            WebElement focused = browser.focused();
            if (focused.getTagName().equals("body")) {
                continue;
            }
            if (focused.equals(first)) {
                break;
            }
            first = first == null ? focused : first;
            checked++;
            Object ring = browser.script(FOCUS_RING, focused);
            assertThat(((Number) ring).doubleValue()).as("the focus ring's contrast on " + focused.getTagName() + "#"
                    + focused.getAttribute("id") + " on " + step + " at " + browser.size).isGreaterThanOrEqualTo(3.0);
        }
        assertThat(checked).as("controls reached with Tab on " + step).isGreaterThanOrEqualTo(3);
    }

    private static final String FOCUS_RING = """
            const el = arguments[0], style = getComputedStyle(el);
            if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return 0;
            const rgb = c => c.match(/[\\d.]+/g).map(Number);
            const lum = c => { const v = rgb(c).slice(0, 3).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
                               return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
            let back = el.parentElement;
            while (back && (getComputedStyle(back).backgroundColor === 'rgba(0, 0, 0, 0)' || getComputedStyle(back).backgroundColor === 'transparent')) back = back.parentElement;
            const bg = back ? getComputedStyle(back).backgroundColor : 'rgb(255, 255, 255)';
            const a = lum(style.outlineColor), b = lum(bg);
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            """;
}
