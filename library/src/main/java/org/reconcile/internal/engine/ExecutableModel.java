package org.reconcile.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The built-in rules compiled at build time to Drools' executable model: generated Java classes,
 * one {@link Model} per rule package, that make a rule base without parsing or compiling DRL.
 * kie-maven-plugin generates them (see the pom) and lists them in {@link #MODEL_LIST}.
 */
final class ExecutableModel {
    /** Where kie-maven-plugin lists the model classes: {@code META-INF/kie/GROUP/ARTIFACT/drools-model}. */
    static final String MODEL_LIST = "META-INF/kie/org.reconcile/reconcile/drools-model";

    private static final String HEADER = "Drools-Model-Version:";

    private ExecutableModel() {
    }

    /**
     * The rule base of the models listed in {@code modelList}, a classpath resource; empty if there
     * is no such resource.
     *
     * @throws IllegalStateException if the list is there but malformed, or names a class that cannot be loaded
     */
    static Optional<KieBase> load(String modelList) {
        ClassLoader loader = ExecutableModel.class.getClassLoader();
        List<String> classNames;
        try (InputStream in = loader.getResourceAsStream(modelList)) {
            if (in == null) {
                return Optional.empty();
            }
            classNames = classNames(modelList, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the executable model list " + modelList, e);
        }
        List<Model> models = new ArrayList<>(classNames.size());
        for (String className : classNames) {
            models.add(instantiate(loader, className, modelList));
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
    }

    private static List<String> classNames(String modelList, String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() < 2 || !lines.get(0).startsWith(HEADER)) {
            throw new IllegalStateException(modelList + " must start with " + HEADER + " and name at least one model class, was: " + text);
        }
        return lines.subList(1, lines.size());
    }

    private static Model instantiate(ClassLoader loader, String className, String modelList) {
        try {
            return (Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new IllegalStateException(modelList + " names " + className + ", which must be a loadable "
                    + Model.class.getName() + ": " + e, e);
        }
    }
}
