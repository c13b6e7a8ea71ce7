package org.reconcile.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What a person does on the page, step by step, from the keyboard; each method waits for the step it leads to. */
final class PageSteps {
    private final Chromium browser;

    PageSteps(Chromium browser) {
        this.browser = browser;
    }

    /** Opens the page and waits for its first question, whose heading must have the focus. */
    PageSteps open(String url) {
        browser.get(url);
        assertThat(browser.question()).isEqualTo("When did you break up?");
        return this;
    }

    /** The fact the question on show asks about, read from its inputs' name. */
    String fact() {
        browser.question();
        return browser.driver.findElement(By.cssSelector("#step input")).getAttribute("name");
    }

    /** Chooses the input with this id (Space), then sends the form from it (Enter). */
    void choose(String inputId) {
        WebElement input = browser.byId(inputId);
        input.sendKeys(Keys.SPACE);
        assertThat(input.isSelected()).as(inputId + " chosen").isTrue();
        input.sendKeys(Keys.ENTER);
    }

    /** Checks the input with this id (Space), without sending the form. */
    void check(String inputId) {
        browser.byId(inputId).sendKeys(Keys.SPACE);
    }

    /** Tabs to the Continue button and presses Enter on it. */
    void continueWithTheKeyboard() {
        browser.tabTo(browser.byId("continue"));
        browser.press(Keys.ENTER);
    }

    /** Answers the days with the date {@code daysAgo} days before today. */
    void daysAsADate(int daysAgo) {
        LocalDate date = LocalDate.now().minusDays(daysAgo);
        check("when-date");
        browser.byId("date-day").sendKeys(String.valueOf(date.getDayOfMonth()));
        browser.byId("date-month").sendKeys(String.valueOf(date.getMonthValue()));
        WebElement year = browser.byId("date-year");
        year.sendKeys(String.valueOf(date.getYear()));
        year.sendKeys(Keys.ENTER);
    }

    /** Answers the days as a number. */
    void daysAsANumber(int days) {
        check("when-number");
        WebElement number = browser.byId("days-number");
        number.sendKeys(String.valueOf(days));
        number.sendKeys(Keys.ENTER);
    }

    /**
     * Answers the stage, then each question the page asks: with the input whose id is the fact
     * followed by the answer given (such as {@code abuse-no}, {@code breakupReasons-3}), or "I'd
     * rather not say" for a fact not in {@code answers}; returns once the advice shows.
     */
    void answerUntilTheAdvice(Map<String, String> answers) {
        for (int asked = 0; asked < 20; asked++) {
            browser.waiting().until(d -> browser.has("#verdict") || browser.focused().getAttribute("id").equals("question"));
            if (browser.has("#verdict")) {
                return;
            }
            String before = browser.question();
            String fact = fact();
            choose(fact + "-" + answers.getOrDefault(fact, "skip"));
            browser.waiting().until(d -> browser.has("#verdict") || !browser.byId("question").getText().equals(before)
                    && browser.focused().getAttribute("id").equals("question"));
        }
        throw new AssertionError("the page kept asking");
    }

    /** The verdict in words, once the advice shows with the focus on its heading or its safety note. */
    String verdict() {
        browser.waiting().until(d -> browser.has("#verdict") && List.of("advice-title", "safety").contains(browser.focused().getAttribute("id")));
        return browser.byId("verdict").getText();
    }

    /** The rows of "Your answers": each question with its answer. */
    Map<String, String> yourAnswers() {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        for (WebElement row : browser.driver.findElements(By.cssSelector("#answers > div"))) {
            rows.put(row.findElement(By.tagName("dt")).getText(), row.findElements(By.tagName("dd")).get(0).getText());
        }
        return rows;
    }

    /** Follows a link (Change, Answer now, Back) from the keyboard: Tab to it, then Enter. */
    void follow(WebElement link) {
        browser.tabTo(link);
        browser.press(Keys.ENTER);
    }

    /** The Change link of the row of "Your answers" for this step ("days", "stage", "fact:abuse"). */
    WebElement change(String step) {
        return browser.driver.findElement(By.cssSelector("#answers > div[data-step='" + step + "'] a.change"));
    }
}
