package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The element templates in {@code .camunda/element-templates} are the catalogue a process owner picks desk steps
 * from in Camunda Modeler: each names a step the desk has, each step has one, and the models use them.
 * (lint/run.sh checks them against the element-template schema.)
 */
@DeskTest
class ElementTemplatesTest {

    private static final Path TEMPLATES = Path.of(".camunda/element-templates");
    private static final Pattern BEAN = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    /** template id → the bean its step runs */
    private static final Map<String, String> templates = new HashMap<>();
    private static final List<String> problems = new ArrayList<>();

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void readTemplates() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode template : json.readTree(file.toFile())) {
                    String id = template.path("id").asText();
                    List<String> beans = new ArrayList<>();
                    for (JsonNode property : template.path("properties")) {
                        JsonNode binding = property.path("binding");
                        if ("property".equals(binding.path("type").asText())
                                && "camunda:delegateExpression".equals(binding.path("name").asText())) {
                            Matcher bean = BEAN.matcher(property.path("value").asText());
                            if (!"Hidden".equals(property.path("type").asText()) || !bean.matches()) {
                                problems.add(id + ": the step must be a hidden ${bean} expression, not typed by hand");
                            } else {
                                beans.add(bean.group(1));
                            }
                        }
                    }
                    if (beans.size() != 1) {
                        problems.add(id + ": names " + beans.size() + " steps instead of one");
                    } else if (templates.put(id, beans.get(0)) != null) {
                        problems.add(id + ": two templates with this id");
                    }
                }
            }
        }
    }

    @Test
    void everyTemplateNamesOneStepOfTheDesk() {
        assertThat(problems).isEmpty();
        assertThat(templates).isNotEmpty();
        List<String> unknown = templates.entrySet().stream()
                .filter(t -> !context.containsBean(t.getValue()) || !context.isTypeMatch(t.getValue(), JavaDelegate.class))
                .map(t -> t.getKey() + " → " + t.getValue()).toList();
        assertThat(unknown).as("templates whose step the desk does not have").isEmpty();
    }

    @Test
    void everyStepOfTheDeskHasATemplate() {
        Set<String> steps = new TreeSet<>();
        for (Map.Entry<String, JavaDelegate> bean : context.getBeansOfType(JavaDelegate.class).entrySet()) {
            if (bean.getValue().getClass().getName().startsWith("org.complaintdesk.")) {
                steps.add(bean.getKey());
            }
        }
        assertThat(steps).isNotEmpty();
        steps.removeAll(templates.values());
        assertThat(steps).as("steps a process owner cannot pick in Modeler").isEmpty();
    }

    @Test
    void everyServiceTaskOfTheModelsUsesTheTemplateOfItsStep() throws IOException {
        Map<String, String> templateOfBean = new HashMap<>();
        templates.forEach((id, bean) -> templateOfBean.put(bean, id));
        List<String> untemplated = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                for (ServiceTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ServiceTask.class)) {
                    Matcher bean = BEAN.matcher(String.valueOf(task.getCamundaDelegateExpression()));
                    String expected = bean.matches() ? templateOfBean.get(bean.group(1)) : null;
                    String applied = task.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate");
                    if (expected == null || !expected.equals(applied)) {
                        untemplated.add(file.getFileName() + " " + task.getId() + ": " + applied + ", expected " + expected);
                    }
                }
            }
        }
        assertThat(untemplated).as("service tasks Modeler would not show as a desk step").isEmpty();
    }
}
