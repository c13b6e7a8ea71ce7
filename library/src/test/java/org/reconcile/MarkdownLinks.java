package org.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relative links of a Markdown page, checked: each must name a file or folder that exists and,
 * when it names a heading ({@code page.md#heading}, or {@code #heading} on the page itself), a
 * heading of that page, as GitHub makes its anchors. Links in code (fenced blocks, `spans`) are not
 * links; links to the web are not checked.
 */
final class MarkdownLinks {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    private MarkdownLinks() {
    }

    /** Every broken link of {@code page}, as {@code page:line: what is wrong}; empty when all hold. */
    static List<String> broken(Path page) {
        List<String> problems = new ArrayList<>();
        List<String> lines = lines(page);
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher m = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
            while (m.find()) {
                String problem = problem(page, m.group(1));
                if (problem != null) {
                    problems.add(page + ":" + (i + 1) + ": " + problem);
                }
            }
        }
        return problems;
    }

    private static String problem(Path page, String target) {
        if (target.matches("[a-zA-Z][a-zA-Z+.-]*:.*")) {
            return null; // https:, mailto: ...
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(linked)) {
            return "the link " + target + " must name a file or folder that exists, " + linked + " does not";
        }
        if (hash < 0 || !linked.toString().endsWith(".md")) {
            return null;
        }
        String anchor = target.substring(hash + 1);
        Set<String> anchors = anchors(linked);
        if (!anchors.contains(anchor)) {
            return "the link " + target + " must name a heading of " + linked + ", which has only " + anchors;
        }
        return null;
    }

    /** The anchors GitHub gives the headings of a page: lower case, punctuation dropped, spaces as '-'. */
    static Set<String> anchors(Path page) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : lines(page)) {
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
            }
            Matcher m = HEADING.matcher(line);
            if (fenced || !m.matches()) {
                continue;
            }
            String slug = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
            int times = seen.merge(slug, 1, Integer::sum);
            anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
        }
        return anchors;
    }

    private static List<String> lines(Path page) {
        try {
            return Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
