package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * The facts table of {@code docs/contract.md} and the JSON Schema {@code schema/case.schema.json}
 * are the catalog of facts ({@link Fact}) written out. After adding a fact to the catalog, run
 * {@code mvn -q test -Dtest=CatalogDocsTest -Dreconcile.regenerate=true} to write both anew.
 */
class CatalogDocsTest {
    private static final Path CONTRACT_PAGE = ProjectFiles.of("docs", "contract.md");
    private static final Path SCHEMA = ProjectFiles.of("schema", "case.schema.json");
    private static final String START = "<!-- facts table: written from the catalog of facts -->\n";
    private static final String END = "<!-- end of the facts table -->\n";
    private static final boolean REGENERATE = Boolean.getBoolean("reconcile.regenerate");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theContractsFactsTableIsTheCatalog() throws IOException {
        String doc = Files.readString(CONTRACT_PAGE, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("the facts table's opening marker in " + CONTRACT_PAGE).isNotNegative();
        assertThat(end).as("the facts table's closing marker in " + CONTRACT_PAGE).isGreaterThan(start);
        String expected = factsTable();
        if (REGENERATE) {
            doc = doc.substring(0, start + START.length()) + expected + doc.substring(end);
            Files.writeString(CONTRACT_PAGE, doc, StandardCharsets.UTF_8);
        }
        assertThat(doc.substring(start + START.length(), doc.indexOf(END))).as(CONTRACT_PAGE
                + " (regenerate with -Dreconcile.regenerate=true)").isEqualTo(expected);
    }

    @Test
    void theSchemaIsTheCatalog() throws IOException {
        JsonNode expected = schema();
        if (REGENERATE) {
            Files.writeString(SCHEMA, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertThat(JSON.readTree(SCHEMA.toFile())).as(SCHEMA + " (regenerate with -Dreconcile.regenerate=true)")
                .isEqualTo(expected);
    }

    private static String factsTable() {
        StringBuilder table = new StringBuilder("| field | type | meaning | not stated (absent or null) | question for a person |\n")
                .append("|---|---|---|---|---|\n");
        table.append("| `id` | string | your identifier for the case, echoed back | the result has only its `index` | |\n");
        for (Fact fact : Fact.values()) {
            table.append("| `").append(fact.jsonName()).append("` | ").append(type(fact)).append(" | ")
                    .append(fact.meaning()).append(" | ").append(absent(fact)).append(" | ")
                    .append(fact.isQuestion() ? fact.ask() : "").append(" |\n");
        }
        return table.toString();
    }

    private static String type(Fact fact) {
        return switch (fact.type()) {
            case INTEGER -> "integer, 0 to " + Situation.MAX_DAYS;
            case CHOICE -> "one of " + codes(fact.choices());
            case CHOICES -> "array of " + codes(fact.choices());
            case BOOLEAN -> "boolean";
        };
    }

    private static String codes(List<Choice> choices) {
        return choices.stream().map(c -> "`" + c.name() + "`").collect(Collectors.joining(", "));
    }

    private static String absent(Fact fact) {
        return switch (fact.type()) {
            case INTEGER -> "**required**: the case is invalid";
            case CHOICE -> "not stated, read as `" + fact.choices().get(0).name() + "`";
            case CHOICES -> "not stated; `[]` states none of these";
            case BOOLEAN -> fact == Fact.ABUSE ? "not stated (read as no, and asked about)" : "not stated";
        };
    }

    private static JsonNode schema() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode schema = nodes.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "A reconcile case");
        schema.put("description", "The facts of one case (docs/contract.md). Any other field is an error: a typo such as"
                + " \"abusive\" must never be ignored.");
        schema.put("type", "object");
        schema.putArray("required").add(Fact.DAYS_SINCE_BREAKUP.jsonName());
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        ObjectNode id = properties.putObject("id");
        id.putArray("type").add("string").add("null");
        id.put("maxLength", 65536);
        id.put("description", "The caller's identifier, echoed back in the result. Null or absent: the result carries only its index.");
        for (Fact fact : Fact.values()) {
            ObjectNode property = properties.putObject(fact.jsonName());
            String meaning = Character.toUpperCase(fact.meaning().charAt(0)) + fact.meaning().substring(1) + ".";
            switch (fact.type()) {
                case INTEGER -> {
                    property.put("type", "integer");
                    property.put("minimum", 0);
                    property.put("maximum", Situation.MAX_DAYS);
                    property.put("description", meaning);
                }
                case CHOICE -> {
                    ArrayNode values = property.putArray("enum");
                    fact.choices().forEach(c -> values.add(c.name()));
                    values.addNull();
                    property.put("description", meaning + " Null or absent: not stated, read as " + fact.choices().get(0).name() + ".");
                }
                case CHOICES -> {
                    property.putArray("type").add("array").add("null");
                    ArrayNode values = property.putObject("items").putArray("enum");
                    fact.choices().forEach(c -> values.add(c.name()));
                    property.put("description", meaning + " Null or absent: not stated. An empty array states that none of these apply.");
                }
                case BOOLEAN -> {
                    property.putArray("type").add("boolean").add("null");
                    property.put("description", meaning + " Null or absent: not stated"
                            + (fact == Fact.ABUSE ? ", read as no." : "."));
                }
            }
        }
        return schema;
    }
}
