package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a process owner needs to open and change a model in Camunda Modeler, checked on every BPMN in processes/. */
class ModelsTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");

    static Stream<Path> bpmnFiles() throws IOException {
        return Files.list(PROCESSES).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyElementHasADiagramShape(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));

        List<String> undrawn = model.getModelElementsByType(FlowElement.class).stream()
                .filter(e -> e instanceof Activity || e instanceof Event || e instanceof SequenceFlow
                        || e instanceof org.camunda.bpm.model.bpmn.instance.Gateway)
                .map(BaseElement::getId).filter(id -> !drawn.contains(id)).toList();
        assertThat(undrawn).as("elements without a shape in " + file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void processKeyEqualsFileNameAndHistoryIsKept(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        String key = file.getFileName().toString().replace(".bpmn", "");
        Process process = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable).findFirst().orElseThrow();

        assertThat(process.getId()).isEqualTo(key);
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void idsReadAsNamesAndEveryTaskAndEventIsLabelled(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> problems = new ArrayList<>();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            String id = element.getId();
            if (!id.matches("[A-Z][A-Za-z]+_[A-Z][A-Za-z0-9]+")) {
                problems.add(id + ": id is not Type_Name");
            }
            if ((element instanceof Activity || element instanceof Event)
                    && (element.getName() == null || element.getName().isBlank())) {
                problems.add(id + ": no label");
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void formsReferencedByUserTasksExistInForms(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        ObjectMapper json = new ObjectMapper();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formRef = task.getCamundaFormRef();
            assertThat(formRef).as(task.getId() + " has a Camunda Form").isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).as(task.getId() + " binding").isEqualTo("latest");
            Path form = FORMS.resolve(formRef + ".form");
            assertThat(form).as("form of " + task.getId()).exists();
            assertThat(json.readTree(form.toFile()).get("id").asText()).isEqualTo(formRef);
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void callActivitiesPassTheComplaintOn_asTheBusinessKey(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            assertThat(call.getExtensionElements() == null ? List.<CamundaIn>of()
                    : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
                    .as(call.getId() + " passes the business key (the complaint number) to what it calls")
                    .anySatisfy(in -> assertThat(in.getCamundaBusinessKey()).isEqualTo("#{execution.processBusinessKey}"));
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void callActivitiesPassTheVariablesTheCalledProcessReadsByName_neverAllOfThem(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            List<CamundaIn> ins = call.getExtensionElements() == null ? List.of()
                    : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
            assertThat(ins).as(call.getId() + ": a copy of every variable of the case for each called instance "
                    + "(history rows and database bytes per case); name what the called process reads")
                    .noneSatisfy(in -> assertThat(in.getCamundaVariables()).isNotNull());
            assertThat(ins).as(call.getId() + " passes each variable under its own name")
                    .allSatisfy(in -> assertThat(in.getCamundaTarget()).isEqualTo(in.getCamundaSource()));
            assertThat(ins.stream().map(CamundaIn::getCamundaSource).filter(java.util.Objects::nonNull).toList())
                    .as(call.getId() + " passes the case summary every task form shows")
                    .contains("complaintNo", "customerName", "orderNo", "productName", "description", "priority");
        }
    }
}
