package org.reconcile.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word wrapping: paragraphs, list items and quotes at a width. */
class TextTest {
    @Test
    void aLineOfExactlyTheWidthFitsAndOneMoreCharacterWraps() {
        assertThat(new Text(10).paragraph("aaaa bbbbb").toString()).isEqualTo("aaaa bbbbb\n");
        assertThat(new Text(10).paragraph("aaaa bbbbbb").toString()).isEqualTo("aaaa\nbbbbbb\n");
    }

    @Test
    void aWordLongerThanALineStaysWholeOnItsOwnLine() {
        assertThat(new Text(10).paragraph("a abcdefghijklmno b").toString()).isEqualTo("a\nabcdefghijklmno\nb\n");
        assertThat(new Text(10).paragraph("abcdefghijklmno").toString()).isEqualTo("abcdefghijklmno\n");
    }

    @Test
    void spacesAndLineBreaksInTheWordsBecomeSingleSpaces() {
        assertThat(new Text(80).paragraph("  one \n two   three ").toString()).isEqualTo("one two three\n");
    }

    @Test
    void anItemHangsUnderItsDashAndAQuoteIsIndentedOnEveryLine() {
        Text text = new Text(14).item("one two three four").quote("five six seven").blank();

        assertThat(text.toString()).isEqualTo("""
                  - one two
                    three four
                      five six
                      seven

                """);
    }
}
