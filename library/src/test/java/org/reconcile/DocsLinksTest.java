package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relative link of the README and the docs points to a file that exists, and to a heading it has. */
class DocsLinksTest {
    @TempDir
    Path dir;

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsNamesAFileAndHeadingThatExist() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ProjectFiles.of("README.md"), ProjectFiles.of("CHANGELOG.md"),
                ProjectFiles.of("BENCHMARKS.md")));
        try (Stream<Path> docs = Files.list(ProjectFiles.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThan(8);

        List<String> broken = new ArrayList<>();
        pages.forEach(page -> broken.addAll(MarkdownLinks.broken(page)));

        assertThat(broken).isEmpty();
    }

    @Test
    void everyPageOfTheDocsIsLinkedFromTheReadme() throws IOException {
        String readme = Files.readString(ProjectFiles.of("README.md"));
        List<String> pages;
        try (Stream<Path> docs = Files.list(ProjectFiles.of("docs"))) {
            pages = docs.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".md")).sorted().toList();
        }

        assertThat(pages).isNotEmpty().allSatisfy(page -> assertThat(readme).as("README.md links docs/%s", page)
                .contains("](docs/" + page + ")"));
    }

    @Test
    void aLinkToAMissingFileOrHeadingIsFoundWithItsLineWhileCodeAndTheWebAreLeftAlone() throws IOException {
        Files.writeString(dir.resolve("other.md"), "# Other\n\n## A result: `advise`\n\n## A result: `advise`\n");
        Path page = Files.writeString(dir.resolve("page.md"), String.join("\n",
                "# Page",
                "[fine](other.md#a-result-advise), [the second](other.md#a-result-advise-1), [here](#page), [web](https://example.org/x)",
                "[gone](missing.md)",
                "[no such heading](other.md#a-result)",
                "`[in code](missing.md)`",
                "```",
                "[in a block](missing.md)",
                "```",
                "[![a picture](missing.png)](other.md)",
                ""));

        List<String> broken = MarkdownLinks.broken(page);

        assertThat(broken).hasSize(3);
        assertThat(broken.get(0)).startsWith(page + ":3: the link missing.md must name a file or folder that exists");
        assertThat(broken.get(1)).startsWith(page + ":4: the link other.md#a-result must name a heading of")
                .contains("a-result-advise");
        assertThat(broken.get(2)).startsWith(page + ":9: the link missing.png must name a file");
    }
}
