package org.complaintdesk.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The variables a task's form lets its user set: the keys of a Camunda Form's input fields (the form the task
 * shows, found as Tasklist finds it: {@code camunda:formRef} with its binding), or the fields of a generated
 * form ({@code camunda:formData}). A task with another kind of form, or none, declares nothing.
 *
 * <p>Mirrors what form-js 1.8 submits: every keyed field that is not {@code disabled}, its value stored under the
 * first segment of its path (a group's or dynamic list's {@code path}, then the field's {@code key}). Fields marked
 * {@code readonly} are submitted unchanged by Tasklist; they are declared, but only with the value they already have.
 */
final class DeclaredFormFields {

    /** What a form lets its user set. */
    record Fields(String form, Set<String> editable, Set<String> readOnly) {

        static Fields none(String form) {
            return new Fields(form, Set.of(), Set.of());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parsed forms by form definition id; a deployed form never changes. */
    private final Map<String, Fields> parsed = new ConcurrentHashMap<>();

    Fields of(CommandContext context, String taskId) {
        TaskFormData form = context.runWithoutAuthorization(() -> new GetTaskFormCmd(taskId).execute(context));
        if (form == null) {
            return Fields.none("(standalone task)");
        }
        CamundaFormRef ref = form.getCamundaFormRef();
        if (ref != null && ref.getKey() != null) {
            CamundaFormDefinition definition = context.runWithoutAuthorization(
                    new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
            if (definition == null) {
                return Fields.none(ref.getKey() + " (not deployed)");
            }
            return parsed.computeIfAbsent(definition.getId(), id -> parse(ref.getKey(), context.runWithoutAuthorization(
                    new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()))));
        }
        if (form.getFormFields() != null && !form.getFormFields().isEmpty()) {
            Set<String> ids = new TreeSet<>();
            for (FormField field : form.getFormFields()) {
                ids.add(field.getId());
            }
            return new Fields("generated form", ids, Set.of());
        }
        return Fields.none(form.getFormKey() == null ? "(no form)" : form.getFormKey());
    }

    static Fields parse(String formId, InputStream resource) {
        try (resource) {
            Set<String> editable = new TreeSet<>();
            Set<String> readOnly = new TreeSet<>();
            collect(JSON.readTree(resource).path("components"), "", editable, readOnly);
            readOnly.removeAll(editable);
            return new Fields(formId, Set.copyOf(editable), Set.copyOf(readOnly));
        } catch (IOException e) {
            throw new UncheckedIOException("form " + formId + " is not readable JSON", e);
        }
    }

    private static void collect(JsonNode components, String path, Set<String> editable, Set<String> readOnly) {
        for (JsonNode component : components) {
            if (component.path("disabled").asBoolean(false)) {
                continue; // form-js never submits a disabled field (nor what a disabled group holds)
            }
            String ownPath = component.path("path").asText("");
            String prefix = ownPath.isEmpty() ? path : path.isEmpty() ? ownPath : path + "." + ownPath;
            if (component.has("key") && !component.path("key").asText("").isBlank()) {
                String variable = (prefix.isEmpty() ? component.get("key").asText() : prefix).split("\\.")[0].strip();
                (component.path("readonly").asBoolean(false) ? readOnly : editable).add(variable);
            }
            if (component.has("components")) {
                collect(component.get("components"), prefix, editable, readOnly);
            }
        }
    }
}
