package org.reconcile.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.reconcile.advice.RulesException.Problem;

/**
 * One DRL file: the path shown in messages, and its text.
 *
 * @param path the file's path as shown in messages, such as {@code rules/cooling-off.drl}
 * @param text the DRL text
 */
record DrlFile(String path, String text) {
    static final String BUILT_IN = "org/reconcile/rules";

    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+(\"([^\"]*)\"|(\\S+))", Pattern.MULTILINE);

    /** A rule's header: its name, the 1-based line it starts on, and its offset in the text. */
    private record RuleHeader(String name, int line, int start) {
    }

    /** Every rule header of this file, in file order, repeated names included. */
    private List<RuleHeader> ruleHeaders() {
        List<RuleHeader> headers = new ArrayList<>();
        Matcher m = RULE_HEADER.matcher(text);
        int line = 1;
        int counted = 0;
        while (m.find()) {
            for (; counted < m.start(1); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            headers.add(new RuleHeader(m.group(2) != null ? m.group(2) : m.group(3), line, m.start()));
        }
        return headers;
    }

    /** The names of the rules in this file, each with the 1-based line it starts on, in file order. */
    Map<String, Integer> ruleLines() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (RuleHeader header : ruleHeaders()) {
            lines.putIfAbsent(header.name(), header.line());
        }
        return lines;
    }

    /** The name of every rule of {@code files}. */
    static Set<String> ruleNames(List<DrlFile> files) {
        Set<String> names = new HashSet<>();
        files.forEach(file -> names.addAll(file.ruleLines().keySet()));
        return names;
    }

    /**
     * One problem for every rule whose name was already used, in this file or an earlier one: Drools
     * would otherwise report it as a clash of generated classes, or replace the first rule silently.
     */
    static List<Problem> duplicateRuleNames(List<DrlFile> files) {
        Map<String, String> firstSeen = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (DrlFile file : files) {
            for (RuleHeader header : file.ruleHeaders()) {
                String first = firstSeen.putIfAbsent(header.name(), file.path + ":" + header.line());
                if (first != null) {
                    problems.add(new Problem(file.path, header.line(), "rule \"" + header.name()
                            + "\" must have a unique name, but " + first + " already has a rule of that name"));
                }
            }
        }
        return problems;
    }

    private static final Pattern BINDS_CASE = Pattern.compile("\\$s\\s*:");

    /**
     * One problem for every rule that does not bind the situation it is about as {@code $s}: many
     * cases share a session, so the engine tells a firing's case by that binding.
     */
    static List<Problem> rulesNotBindingTheirCase(List<DrlFile> files) {
        List<Problem> problems = new ArrayList<>();
        for (DrlFile file : files) {
            List<RuleHeader> headers = file.ruleHeaders();
            for (int i = 0; i < headers.size(); i++) {
                int end = i + 1 < headers.size() ? headers.get(i + 1).start() : file.text.length();
                if (!BINDS_CASE.matcher(file.text).region(headers.get(i).start(), end).find()) {
                    problems.add(new Problem(file.path, headers.get(i).line(), "rule \"" + headers.get(i).name()
                            + "\" must bind the situation it is about as $s, as in `$s : Situation(...)` or"
                            + " `TooSoon($s : situation)`: many cases share a session, so every derived fact carries"
                            + " its situation and every pattern on one names it (`situation == $s`)"));
                }
            }
        }
        return problems;
    }

    /** The {@code *.drl} files of {@code dir}, in name order. */
    static List<DrlFile> inDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("the rules directory must exist and be a directory, was " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> drls = files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
            if (drls.isEmpty()) {
                throw new IllegalArgumentException("the rules directory must hold at least one .drl file, found none in " + dir);
            }
            List<DrlFile> result = new ArrayList<>();
            for (Path drl : drls) {
                result.add(new DrlFile(drl.toString(), Files.readString(drl, StandardCharsets.UTF_8)));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The rules bundled in the jar (copied from the project's {@code rules/} folder at build time). */
    static List<DrlFile> builtIn() {
        URL url = DrlFile.class.getClassLoader().getResource(BUILT_IN);
        if (url == null) {
            throw new IllegalStateException("the built-in rules " + BUILT_IN + " are missing from the classpath");
        }
        return builtIn(url);
    }

    /** The built-in rules at {@code url}: a directory, or a folder in a jar ({@code jar:file:...!/org/reconcile/rules}). */
    static List<DrlFile> builtIn(URL url) {
        try {
            if (url.getProtocol().equals("jar")) {
                return inJar(((JarURLConnection) url.openConnection()).getJarFileURL());
            }
            return renamed(inDirectory(Path.of(url.toURI())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in rules: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the built-in rules at " + url, e);
        }
    }

    // Read with JarFile rather than a zip file system, which takes about 0.1 s to start: a tenth of
    // the command line's start-up.
    private static List<DrlFile> inJar(URL jarUrl) throws IOException, URISyntaxException {
        String folder = BUILT_IN + "/";
        try (JarFile jar = new JarFile(Path.of(jarUrl.toURI()).toFile())) {
            List<JarEntry> drls = jar.stream()
                    .filter(e -> e.getName().startsWith(folder) && e.getName().endsWith(".drl")
                            && e.getName().indexOf('/', folder.length()) < 0)
                    .sorted(Comparator.comparing(JarEntry::getName))
                    .toList();
            if (drls.isEmpty()) {
                throw new IllegalStateException("the built-in rules must be at least one .drl file in " + jarUrl + "!/" + BUILT_IN
                        + ", found none");
            }
            List<DrlFile> files = new ArrayList<>();
            for (JarEntry drl : drls) {
                try (InputStream in = jar.getInputStream(drl)) {
                    String name = drl.getName().substring(folder.length());
                    files.add(new DrlFile("rules/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return files;
        }
    }

    // Messages name built-in files as they are in the project, rules/NAME.drl.
    private static List<DrlFile> renamed(List<DrlFile> files) {
        return files.stream().map(f -> new DrlFile("rules/" + Path.of(f.path).getFileName(), f.text)).toList();
    }
}
