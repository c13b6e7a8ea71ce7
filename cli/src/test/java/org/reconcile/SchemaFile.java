package org.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** A JSON Schema of the project's {@code schema/} folder, ready to validate (draft 2020-12). */
public final class SchemaFile {
    // The validator reads no file on its own: the schema is handed to it under a name of its own.
    private static final String BASE = "https://reconcile.invalid/schema/";

    private SchemaFile() {
    }

    /** The schema {@code schema/NAME}, such as {@code case.schema.json}. */
    public static Schema load(String name) {
        return load(name, "");
    }

    /** The part of {@code schema/NAME} at {@code fragment}, such as {@code #/$defs/refusal}. */
    public static Schema load(String name, String fragment) {
        // Every file of schema/ under that name, so that one schema's "$ref": "case.schema.json" finds its neighbour.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(iri -> iri.startsWith(BASE) ? read(iri.substring(BASE.length())) : null));
        return registry.getSchema(SchemaLocation.of(BASE + name + fragment));
    }

    private static String read(String name) {
        Path file = ProjectFiles.of("schema", name);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
